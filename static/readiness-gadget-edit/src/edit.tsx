/**
 * The readiness gadget's edit view: a project (picked from those the viewer can browse), a version
 * (unreleased ones first by release date, or "the next unreleased version", which follows the
 * project as releases ship), a refresh interval, and the history baseline (SPEC §7: the version's
 * start date, a date, or 28 days ago). Saved with the gadget through
 * `view.submit(config)`; Jira hands it back to the view as `context.extension.gadgetConfiguration`
 * (and reads `refresh`, in minutes, for auto-refresh).
 */
import { useEffect, useState, type FormEvent } from 'react';
import { token } from '@atlaskit/tokens';
import { view } from '../../shared/bridge';
import { savedConfig } from '../../shared/saved-config';
import { LoadingState } from '../../shared/components/loading-state';
import { ConfigFooter } from '../../shared/components/config-footer';
import { BaselinePicker } from '../../shared/components/baseline-picker';
import { isIsoDate } from '../../../src/domain/dates';
import type { ReadinessGadgetConfig, ReleaseBaselineMode } from '../../../src/contract';
import { ProjectSection } from './sections/project-section';
import { RefreshSection } from './sections/refresh-section';
import { NEXT, VersionPicker } from './sections/version-picker';
import { useProjectVersions } from './use-project-versions';

const BASELINES = [
  { value: 'startDate', label: 'The version’s start date (or 28 days ago when it has none)' },
  { value: 'date', label: 'A date' },
  { value: 'daysAgo', label: '28 days ago' },
] as const;

interface Saved {
  projectKey: string;
  choice: string | null;
  name?: string;
}

export function ReadinessGadgetEdit() {
  const [loaded, setLoaded] = useState(false);
  const [projectKey, setProjectKey] = useState('');
  const [choice, setChoice] = useState<string | null>(null);
  /** The configuration saved with the gadget: its version is chosen again whenever its project is. */
  const [saved, setSaved] = useState<Saved | null>(null);
  const [refresh, setRefresh] = useState('0');
  const [baseline, setBaseline] = useState<{ mode: ReleaseBaselineMode; date: string }>({ mode: 'startDate', date: '' });
  const [problem, setProblem] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  const pv = useProjectVersions();

  const pickProject = async (key: string, savedConfig: Saved | null = saved) => {
    setProjectKey(key);
    setProblem(null);
    setChoice(null);
    const versions = await pv.load(key);
    if (versions && savedConfig && savedConfig.projectKey.toUpperCase() === versions.project.key) setChoice(savedConfig.choice);
  };

  useEffect(() => {
    (async () => {
      const c = (await savedConfig<ReadinessGadgetConfig>()) ?? {};
      if (typeof c.refresh === 'number' && c.refresh > 0) setRefresh(String(c.refresh));
      if (c.baselineMode === 'date' || c.baselineMode === 'daysAgo') setBaseline({ mode: c.baselineMode, date: c.baselineDate ?? '' });
      if (typeof c.projectKey === 'string' && c.projectKey) {
        const s: Saved = { projectKey: c.projectKey, choice: c.mode === 'next' ? NEXT : (c.versionId ?? null), ...(c.versionName ? { name: c.versionName } : {}) };
        setSaved(s);
        await pickProject(c.projectKey, s);
      }
    })()
      .catch(() => undefined)
      .finally(() => setLoaded(true));
  }, []);

  if (!loaded) return <LoadingState label="Loading settings…" />;

  const versions = pv.versions && pv.versions.project.key === projectKey.toUpperCase() ? pv.versions : null;
  const known = versions ? choice === NEXT || versions.versions.some((v) => v.id === choice) : false;
  const missing = choice !== null && versions !== null && !known;
  const focusField = (id: string) => document.getElementById(id)?.focus();

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setProblem(null);
    if (!projectKey) {
      focusField('project');
      return setProblem('Choose a project, then a version. Nothing was saved.');
    }
    if (pv.error) return focusField('project'); // the error under the field already says why
    if (!versions) return setProblem(`The versions of ${projectKey} are still loading: choose one, then save. Nothing was saved.`);
    if (!choice || missing) {
      focusField('version');
      return setProblem(`Choose a version of ${versions.project.key}, or the next unreleased version. Nothing was saved.`);
    }
    if (baseline.mode === 'date' && !isIsoDate(baseline.date)) {
      return setProblem('Enter the baseline date (YYYY-MM-DD), or choose another baseline. Nothing was saved.');
    }
    const v = versions.versions.find((x) => x.id === choice);
    const history = baseline.mode === 'startDate' ? {} : { baselineMode: baseline.mode, ...(baseline.mode === 'date' ? { baselineDate: baseline.date } : {}) };
    const config: ReadinessGadgetConfig =
      choice === NEXT
        ? { projectKey: versions.project.key, mode: 'next', ...history }
        : { projectKey: versions.project.key, mode: 'version', versionId: choice, ...(v ? { versionName: v.name } : {}), ...history };
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

  return (
    <form onSubmit={(e) => void submit(e)} style={{ display: 'grid', gap: token('space.200'), padding: token('space.100'), color: token('color.text'), font: token('font.body'), backgroundColor: token('elevation.surface'), minHeight: '100vh', alignContent: 'start', boxSizing: 'border-box' }}>
      <ProjectSection projectKey={projectKey} versions={versions} error={pv.error} loading={pv.loading} onPick={(key) => void pickProject(key)} />
      {versions && <VersionPicker versions={versions} choice={choice} onChoose={setChoice} missing={missing} savedName={saved?.name} />}
      <RefreshSection refresh={refresh} onChange={setRefresh} />
      <BaselinePicker
        options={BASELINES}
        mode={baseline.mode}
        date={baseline.date}
        dateMode="date"
        onChange={(mode, date) => setBaseline({ mode, date })}
        hint="The gadget shows what was added and removed since then, daily scope and done, and the odds of finishing."
      />
      <ConfigFooter problem={problem} problemTestId="edit-problem" saving={saving} />
    </form>
  );
}
