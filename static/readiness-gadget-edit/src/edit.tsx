/**
 * The readiness gadget's edit view: a project, a version (unreleased ones first by release date,
 * or "the next unreleased version", which follows the project as releases ship), and a refresh
 * interval. Saved with the gadget through `view.submit(config)`; Jira hands it back to the view as
 * `context.extension.gadgetConfiguration` (and reads `refresh`, in minutes, for auto-refresh).
 */
import { useEffect, useState, type FormEvent } from 'react';
import Button from '@atlaskit/button/new';
import Select from '@atlaskit/select';
import Textfield from '@atlaskit/textfield';
import SectionMessage from '@atlaskit/section-message';
import { token } from '@atlaskit/tokens';
import { view } from '../../shared/bridge';
import { ApiError, toApiError } from '../../shared/api';
import { LoadingState } from '../../shared/components/loading-state';
import { ErrorState } from '../../shared/components/error-state';
import type { ProjectVersions, ReadinessGadgetConfig, VersionSummary } from '../../../src/contract';
import { getProjectVersions } from '../../shared/readiness-api';

const NEXT = '__next__';

interface Option {
  label: string;
  value: string;
}

const REFRESH: Option[] = [
  { label: 'Don’t refresh automatically', value: '0' },
  { label: 'Every 15 minutes', value: '15' },
  { label: 'Every 30 minutes', value: '30' },
  { label: 'Every hour', value: '60' },
  { label: 'Every 4 hours', value: '240' },
];

function versionLabel(v: VersionSummary): string {
  const bits = [v.releaseDate ? `release ${v.releaseDate}` : 'no release date'];
  if (v.archived) bits.push('archived');
  else if (v.released) bits.push('released');
  return `${v.name} — ${bits.join(', ')}`;
}

function groupsOf(pv: ProjectVersions): Array<{ label: string; options: Option[] }> {
  const next = pv.versions.find((v) => v.id === pv.nextUnreleasedId);
  const group = (label: string, list: VersionSummary[]) => ({ label, options: list.map((v) => ({ label: versionLabel(v), value: v.id })) });
  return [
    { label: 'Follow releases', options: [{ label: `The next unreleased version${next ? ` (now ${next.name})` : ' (none right now)'}`, value: NEXT }] },
    group('Unreleased', pv.versions.filter((v) => !v.released && !v.archived)),
    group('Released', pv.versions.filter((v) => v.released && !v.archived)),
    group('Archived', pv.versions.filter((v) => v.archived)),
  ].filter((g) => g.options.length > 0);
}

interface EditContext {
  extension?: { gadgetConfiguration?: Partial<ReadinessGadgetConfig> };
}

export function ReadinessGadgetEdit() {
  const [loaded, setLoaded] = useState(false);
  const [projectKey, setProjectKey] = useState('');
  const [versions, setVersions] = useState<ProjectVersions | null>(null);
  const [versionsError, setVersionsError] = useState<ApiError | null>(null);
  const [loadingVersions, setLoadingVersions] = useState(false);
  const [choice, setChoice] = useState<string | null>(null);
  const [savedName, setSavedName] = useState<string | undefined>(undefined);
  const [refresh, setRefresh] = useState('0');
  const [problem, setProblem] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);

  const loadVersions = async (key: string) => {
    const k = key.trim().toUpperCase();
    if (!k) return;
    setLoadingVersions(true);
    setVersionsError(null);
    try {
      setVersions(await getProjectVersions({ projectKey: k }));
      setProjectKey(k);
    } catch (err) {
      setVersions(null);
      setVersionsError(toApiError(err));
    } finally {
      setLoadingVersions(false);
    }
  };

  useEffect(() => {
    (async () => {
      const ctx = (await view.getContext()) as EditContext;
      const c = ctx.extension?.gadgetConfiguration ?? {};
      if (typeof c.refresh === 'number' && c.refresh > 0) setRefresh(String(c.refresh));
      if (typeof c.projectKey === 'string' && c.projectKey) {
        setProjectKey(c.projectKey);
        setChoice(c.mode === 'next' ? NEXT : (c.versionId ?? null));
        setSavedName(c.versionName);
        await loadVersions(c.projectKey);
      }
    })()
      .catch(() => undefined)
      .finally(() => setLoaded(true));
  }, []);

  if (!loaded) return <LoadingState label="Loading settings…" />;

  const groups = versions ? groupsOf(versions) : [];
  const all = groups.flatMap((g) => g.options);
  const selected = all.find((o) => o.value === choice) ?? null;
  const missing = choice !== null && choice !== NEXT && versions !== null && !selected;

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setProblem(null);
    if (!versions) return setProblem('Enter a project key and show its versions first.');
    if (!choice || missing) return setProblem('Choose a version, or the next unreleased version.');
    const v = versions.versions.find((x) => x.id === choice);
    const config: ReadinessGadgetConfig =
      choice === NEXT
        ? { projectKey: versions.project.key, mode: 'next' }
        : { projectKey: versions.project.key, mode: 'version', versionId: choice, ...(v ? { versionName: v.name } : {}) };
    const minutes = Number(refresh);
    setSaving(true);
    try {
      await view.submit(minutes > 0 ? { ...config, refresh: minutes } : config);
    } catch {
      setProblem('Jira did not save the gadget. Try again.');
    } finally {
      setSaving(false);
    }
  };

  const label = { display: 'block', marginBottom: token('space.050'), font: token('font.body.small'), fontWeight: token('font.weight.semibold'), color: token('color.text.subtle') } as const;
  return (
    <form onSubmit={(e) => void submit(e)} style={{ display: 'grid', gap: token('space.200'), padding: token('space.100'), color: token('color.text'), font: token('font.body'), backgroundColor: token('elevation.surface'), minHeight: '100vh', alignContent: 'start', boxSizing: 'border-box' }}>
      <div>
        <label htmlFor="project" style={label}>
          Project key
        </label>
        <div style={{ display: 'flex', gap: token('space.100') }}>
          <div style={{ flex: 1 }}>
            <Textfield
              id="project"
              testId="project"
              value={projectKey}
              placeholder="e.g. PO"
              onChange={(e) => setProjectKey((e.target as HTMLInputElement).value)}
              onKeyDown={(e) => {
                if (e.key === 'Enter') {
                  e.preventDefault();
                  void loadVersions(projectKey);
                }
              }}
              onBlur={() => {
                if (projectKey.trim() && projectKey.trim().toUpperCase() !== versions?.project.key) void loadVersions(projectKey);
              }}
            />
          </div>
          <Button onClick={() => void loadVersions(projectKey)} isLoading={loadingVersions} testId="show-versions">
            Show versions
          </Button>
        </div>
        {versions && (
          <p data-testid="project-name" style={{ margin: `${token('space.050')} 0 0`, font: token('font.body.small'), color: token('color.text.subtle') }}>
            {versions.project.name} · {versions.versions.length} versions
          </p>
        )}
      </div>
      {versionsError && <ErrorState code={versionsError.code} message={versionsError.message} />}

      {versions && (
        <div>
          <label htmlFor="version" style={label}>
            Version
          </label>
          <Select<Option>
            inputId="version"
            testId="version-select"
            options={groups}
            value={selected}
            onChange={(o) => setChoice(o ? o.value : null)}
            placeholder="Choose a version"
            isSearchable
          />
          {missing && (
            <p data-testid="saved-version-missing" style={{ margin: `${token('space.050')} 0 0`, color: token('color.text.warning'), font: token('font.body.small') }}>
              The version saved with this gadget{savedName ? ` (${savedName})` : ''} no longer exists in {versions.project.key}. Choose another.
            </p>
          )}
        </div>
      )}

      <div>
        <label htmlFor="refresh" style={label}>
          Refresh
        </label>
        <Select<Option> inputId="refresh" testId="refresh-select" options={REFRESH} value={REFRESH.find((o) => o.value === refresh) ?? REFRESH[0]} onChange={(o) => setRefresh(o?.value ?? '0')} />
      </div>

      {problem && (
        <div role="alert" data-testid="edit-problem">
          <SectionMessage appearance="warning">
            <p>{problem}</p>
          </SectionMessage>
        </div>
      )}

      <div style={{ display: 'flex', gap: token('space.100'), justifyContent: 'flex-end' }}>
        <Button appearance="subtle" onClick={() => void view.close().catch(() => undefined)} testId="cancel">
          Cancel
        </Button>
        <Button appearance="primary" type="submit" isLoading={saving} testId="save">
          Save
        </Button>
      </div>
    </form>
  );
}
