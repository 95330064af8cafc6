/**
 * The roadmap macro's config view (Forge macro Custom UI config): the JQL — checked against Jira as
 * the editor before it can be saved, so a bad or unbounded query shows Jira's own message and is
 * not saved —, the weighting, the grouping, a title, and whether to show the "not done on time"
 * list. Saved with `view.submit({ config })`; Confluence hands it back to the macro view as
 * `context.extension.config`.
 */
import { useEffect, useState, type CSSProperties, type FormEvent } from 'react';
import Button from '@atlaskit/button/new';
import Textfield from '@atlaskit/textfield';
import { SectionMessage } from '../../shared/components/section-message';
import { token } from '@atlaskit/tokens';
import { DEFAULT_ROADMAP_CONFIG, type RoadmapCheckJqlResult, type RoadmapGroupBy, type RoadmapMacroConfig } from '../../../src/contract';
import { view } from '../../shared/bridge';
import { savedConfig } from '../../shared/saved-config';
import { ApiError, toApiError } from '../../shared/api';
import { LoadingState } from '../../shared/components/loading-state';
import { ConfigFooter } from '../../shared/components/config-footer';
import { BaselinePicker } from '../../shared/components/baseline-picker';
import { isIsoDate } from '../../../src/domain/dates';
import { checkRoadmapJql } from '../../shared/roadmap-api';
import { configOf } from '../../shared/roadmap-config';
import { noSuchProjectSentence } from '../../shared/jql-problem';
import { Options } from '../../shared/components/options';

type Weight = RoadmapMacroConfig['weight'];

const WEIGHTS: Array<{ value: Weight; label: string; help: string }> = [
  { value: 'count', label: 'Count of work items', help: 'Every work item counts 1. The safest choice when estimates are patchy.' },
  { value: 'points', label: 'Story points', help: 'Work items without points count as the average of the estimated ones.' },
  { value: 'time', label: 'Original estimate (time)', help: 'Work items without an original estimate count as the average of the estimated ones.' },
];

const GROUPS: Array<{ value: RoadmapGroupBy; label: string }> = [
  { value: 'none', label: 'No grouping' },
  { value: 'parent', label: 'By parent (e.g. objective or initiative)' },
  { value: 'fixVersion', label: 'By fix version' },
  { value: 'dueQuarter', label: 'By due-date quarter' },
];

type Check = { kind: 'idle' } | { kind: 'checking' } | { kind: 'ok'; jql: string; result: RoadmapCheckJqlResult } | { kind: 'bad'; jql: string; error: ApiError };

const BASELINES = [
  { value: 'quarter', label: 'The start of the current quarter' },
  { value: 'date', label: 'A date' },
  { value: 'none', label: 'None (no history)' },
] as const;

export function RoadmapMacroConfigView() {
  const [loaded, setLoaded] = useState(false);
  const [config, setConfig] = useState<RoadmapMacroConfig>(DEFAULT_ROADMAP_CONFIG);
  const [check, setCheck] = useState<Check>({ kind: 'idle' });
  const [problem, setProblem] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);

  useEffect(() => {
    (async () => {
      setConfig(configOf(await savedConfig<RoadmapMacroConfig>()));
    })()
      .catch(() => undefined)
      .finally(() => setLoaded(true));
  }, []);

  const set = <K extends keyof RoadmapMacroConfig>(key: K, value: RoadmapMacroConfig[K]) => setConfig((c) => ({ ...c, [key]: value }));

  /** Runs the query in Jira as the editor; true when it can be saved. */
  const runCheck = async (): Promise<boolean> => {
    const jql = config.jql.trim();
    if (!jql) {
      setCheck({ kind: 'idle' });
      setProblem('Enter the JQL query that finds the roadmap’s items.');
      return false;
    }
    setProblem(null);
    setCheck({ kind: 'checking' });
    try {
      const result = await checkRoadmapJql({ jql });
      setCheck({ kind: 'ok', jql, result });
      return true;
    } catch (err) {
      setCheck({ kind: 'bad', jql, error: toApiError(err) });
      return false;
    }
  };

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (config.baselineMode === 'date' && !isIsoDate(config.baselineDate)) {
      return setProblem('Enter the history baseline date (YYYY-MM-DD), or choose another baseline. Nothing was saved.');
    }
    const ok = check.kind === 'ok' && check.jql === config.jql.trim() ? true : await runCheck();
    if (!ok) return;
    setSaving(true);
    try {
      await view.submit({ config: { ...config, jql: config.jql.trim(), title: config.title.trim(), baselineDate: config.baselineMode === 'date' ? config.baselineDate : '' } });
    } catch {
      setProblem('Confluence did not save the macro settings. Try again.');
    } finally {
      setSaving(false);
    }
  };

  if (!loaded) return <LoadingState label="Loading settings…" />;

  const label: CSSProperties = { display: 'block', marginBottom: token('space.050'), font: token('font.body.small'), fontWeight: token('font.weight.semibold'), color: token('color.text.subtle') };
  const help: CSSProperties = { margin: `${token('space.050')} 0 0`, font: token('font.body.small'), color: token('color.text.subtlest') };
  const control: CSSProperties = {
    width: '100%',
    boxSizing: 'border-box',
    padding: token('space.075'),
    font: token('font.body'),
    color: token('color.text'),
    backgroundColor: token('color.background.input'),
    border: `${token('border.width')} solid ${token('color.border.input')}`,
    borderRadius: token('radius.small'),
  };
  const stale = (check.kind === 'ok' || check.kind === 'bad') && check.jql !== config.jql.trim();
  const invalid = check.kind === 'bad' && !stale;
  const noSuchProject = check.kind === 'bad' ? noSuchProjectSentence(check.error) : null;

  return (
    <form
      onSubmit={(e) => void submit(e)}
      aria-label="Roadmap macro settings"
      style={{ display: 'grid', gap: token('space.200'), padding: token('space.150'), color: token('color.text'), font: token('font.body'), backgroundColor: token('elevation.surface'), minHeight: '100vh', alignContent: 'start', boxSizing: 'border-box' }}
    >
      <div>
        <label htmlFor="jql" style={label}>
          JQL query for the roadmap’s items (required)
        </label>
        <textarea
          id="jql"
          data-testid="jql"
          rows={3}
          value={config.jql}
          placeholder="project = PO AND issuetype = Epic"
          onChange={(e) => set('jql', e.target.value)}
          onBlur={() => {
            if (config.jql.trim() && (check.kind === 'idle' || stale)) void runCheck();
          }}
          style={{
            ...control,
            fontFamily: token('font.family.code'),
            resize: 'vertical',
            ...(invalid ? { borderColor: token('color.border.danger'), boxShadow: `inset 0 0 0 1px ${token('color.border.danger')}` } : {}),
          }}
          aria-describedby="jql-help jql-check"
          aria-invalid={invalid}
        />
        <p id="jql-help" style={help}>
          Each issue the query returns is one roadmap item (an epic, an initiative …); its progress counts the work items beneath it.
        </p>
        <div id="jql-check" aria-live="polite" style={{ marginTop: token('space.100') }}>
          {check.kind === 'checking' && <span style={{ color: token('color.text.subtle') }}>Checking the query in Jira…</span>}
          {check.kind === 'ok' && !stale && (
            <span data-testid="jql-ok" style={{ color: check.result.count === 0 ? token('color.text.warning') : token('color.text.success') }}>
              {check.result.count === 0
                ? 'Jira accepts the query, but it finds no issues you can see. You can still save it.'
                : `Jira accepts the query: ${check.result.count} item${check.result.count === 1 ? '' : 's'} (${check.result.sample.join(', ')}${check.result.count > check.result.sample.length ? ', …' : ''}).`}
            </span>
          )}
          {check.kind === 'bad' && !stale && (
            <div role="alert" data-testid="jql-error" data-reason={noSuchProject ? 'no-such-project' : undefined}>
              <SectionMessage appearance="error" title="Jira cannot run this query, so it cannot be saved">
                {noSuchProject && (
                  <p>
                    {noSuchProject} Check the project key in the query, or ask a Jira admin for access. Everyone who views the page needs access
                    to see the roadmap.
                  </p>
                )}
                <p>{noSuchProject ? `Jira said: ${check.error.message}` : check.error.message}</p>
              </SectionMessage>
            </div>
          )}
        </div>
        <div style={{ marginTop: token('space.100') }}>
          <Button onClick={() => void runCheck()} isLoading={check.kind === 'checking'} testId="check-jql">
            Check query
          </Button>
        </div>
      </div>

      <fieldset style={{ border: 0, padding: 0, margin: 0 }}>
        <legend style={label}>Weighting</legend>
        <div style={{ display: 'grid', gap: token('space.075') }}>
          {WEIGHTS.map((w) => (
            <label key={w.value} style={{ display: 'flex', gap: token('space.100'), alignItems: 'baseline' }}>
              <input type="radio" name="weight" value={w.value} checked={config.weight === w.value} onChange={() => set('weight', w.value)} data-testid={`weight-${w.value}`} />
              <span>
                {w.label}
                <span style={{ display: 'block', font: token('font.body.small'), color: token('color.text.subtlest') }}>{w.help}</span>
              </span>
            </label>
          ))}
        </div>
      </fieldset>

      <div>
        <label htmlFor="groupBy" style={label}>
          Grouping
        </label>
        <select id="groupBy" data-testid="groupBy" value={config.groupBy} onChange={(e) => set('groupBy', e.target.value as RoadmapGroupBy)} style={control}>
          <Options options={GROUPS} />
        </select>
      </div>

      <div>
        <label htmlFor="title" style={label}>
          Title
        </label>
        <Textfield
          id="title"
          testId="title"
          value={config.title}
          placeholder="e.g. Q1 platform roadmap"
          maxLength={120}
          aria-describedby="title-help"
          onChange={(e) => set('title', (e.target as HTMLInputElement).value)}
        />
        <p id="title-help" style={help}>
          Optional: shown above the roadmap. Left empty, the heading is “Roadmap”.
        </p>
      </div>

      <label style={{ display: 'flex', gap: token('space.100'), alignItems: 'center' }}>
        <input type="checkbox" checked={config.showNotDone} onChange={(e) => set('showNotDone', e.target.checked)} data-testid="showNotDone" />
        Show the list of items not done on time
      </label>

      <BaselinePicker
        options={BASELINES}
        mode={config.baselineMode}
        date={config.baselineDate}
        dateMode="date"
        onChange={(mode, date) => setConfig((c) => ({ ...c, baselineMode: mode, baselineDate: date }))}
        hint="With a baseline the macro shows how many work items existed then and are done since, which items slipped (due date moved later), and the odds of finishing."
      />

      <ConfigFooter problem={problem} problemTestId="config-problem" saving={saving} />
    </form>
  );
}
