/**
 * The readiness gadget's edit view: a project, a version (unreleased ones first by release date,
 * or "the next unreleased version", which follows the project as releases ship), and a refresh
 * interval. Saved with the gadget through `view.submit(config)`; Jira hands it back to the view as
 * `context.extension.gadgetConfiguration` (and reads `refresh`, in minutes, for auto-refresh).
 */
import { useEffect, useRef, useState, type FormEvent } from 'react';
import Button from '@atlaskit/button/new';
import Select from '@atlaskit/select';
import Textfield from '@atlaskit/textfield';
import { token } from '@atlaskit/tokens';
import { view } from '../../shared/bridge';
import { ApiError, toApiError } from '../../shared/api';
import { LoadingState } from '../../shared/components/loading-state';
import { ConfigFooter } from '../../shared/components/config-footer';
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

/** What the user typed, as Jira keys are: trimmed, upper case. */
const normKey = (k: string): string => k.trim().toUpperCase();

export function ReadinessGadgetEdit() {
  const [loaded, setLoaded] = useState(false);
  const [projectKey, setProjectKey] = useState('');
  const [versions, setVersions] = useState<ProjectVersions | null>(null);
  const [versionsError, setVersionsError] = useState<ApiError | null>(null);
  const [loadingVersions, setLoadingVersions] = useState(false);
  const [choice, setChoice] = useState<string | null>(null);
  /** The configuration saved with the gadget: its version is chosen again whenever its project is. */
  const [saved, setSaved] = useState<{ projectKey: string; choice: string | null; name?: string } | null>(null);
  const [refresh, setRefresh] = useState('0');
  const [problem, setProblem] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  /** Only the latest version request may land (a slow answer for an older key is dropped). */
  const request = useRef(0);

  const loadVersions = async (key: string, savedConfig = saved) => {
    const k = normKey(key);
    if (!k) return;
    const mine = ++request.current;
    setLoadingVersions(true);
    setVersionsError(null);
    setProblem(null);
    try {
      const pv = await getProjectVersions({ projectKey: k });
      if (mine !== request.current) return;
      setVersions(pv);
      setProjectKey(pv.project.key);
      setChoice(savedConfig && savedConfig.projectKey.toUpperCase() === pv.project.key ? savedConfig.choice : null);
    } catch (err) {
      if (mine !== request.current) return;
      setVersions(null);
      setChoice(null);
      setVersionsError(toApiError(err));
    } finally {
      if (mine === request.current) setLoadingVersions(false);
    }
  };

  /** Typing another key forgets the versions and the choice of the previous project. */
  const typeKey = (value: string) => {
    setProjectKey(value);
    setProblem(null);
    if (versions && normKey(value) !== versions.project.key) {
      request.current++;
      setLoadingVersions(false);
      setVersions(null);
      setChoice(null);
    }
    if (versionsError) setVersionsError(null);
  };

  useEffect(() => {
    (async () => {
      const ctx = (await view.getContext()) as EditContext;
      const c = ctx.extension?.gadgetConfiguration ?? {};
      if (typeof c.refresh === 'number' && c.refresh > 0) setRefresh(String(c.refresh));
      if (typeof c.projectKey === 'string' && c.projectKey) {
        const s = { projectKey: c.projectKey, choice: c.mode === 'next' ? NEXT : (c.versionId ?? null), ...(c.versionName ? { name: c.versionName } : {}) };
        setSaved(s);
        setProjectKey(c.projectKey);
        setChoice(s.choice);
        await loadVersions(c.projectKey, s);
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
  const savedName = saved?.name;
  const focusField = (id: string) => document.getElementById(id)?.focus();

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setProblem(null);
    const typed = normKey(projectKey);
    if (!typed) {
      focusField('project');
      return setProblem('Enter a project key, then choose a version. Nothing was saved.');
    }
    if (versionsError) return focusField('project'); // the error under the field already says why
    if (!versions || versions.project.key !== typed) {
      if (loadingVersions) return setProblem(`The versions of ${typed} are still loading: choose one, then save. Nothing was saved.`);
      focusField('project');
      return setProblem(`Show the versions of ${typed} and choose one before saving. Nothing was saved.`);
    }
    if (!choice || missing) {
      focusField('version');
      return setProblem(`Choose a version of ${versions.project.key}, or the next unreleased version. Nothing was saved.`);
    }
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
              onChange={(e) => typeKey((e.target as HTMLInputElement).value)}
              isInvalid={versionsError !== null}
              aria-describedby={versionsError ? 'project-error' : versions ? 'project-name' : undefined}
              onKeyDown={(e) => {
                if (e.key === 'Enter') {
                  e.preventDefault();
                  void loadVersions(projectKey);
                }
              }}
              onBlur={() => {
                if (normKey(projectKey) && normKey(projectKey) !== versions?.project.key && !versionsError) void loadVersions(projectKey);
              }}
            />
          </div>
          <Button onClick={() => void loadVersions(projectKey)} isLoading={loadingVersions} testId="show-versions">
            Show versions
          </Button>
        </div>
        {versions && (
          <p id="project-name" data-testid="project-name" style={{ margin: `${token('space.050')} 0 0`, font: token('font.body.small'), color: token('color.text.subtle') }}>
            {versions.project.name} · {versions.versions.length} versions
          </p>
        )}
      </div>
      {versionsError && (
        <div id="project-error">
          <ErrorState code={versionsError.code} message={versionsError.message} reason={versionsError.reason} />
        </div>
      )}

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

      <ConfigFooter problem={problem} problemTestId="edit-problem" saving={saving} />
    </form>
  );
}
