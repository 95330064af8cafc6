/**
 * The matrix macro's config view (Forge macro Custom UI config): what to embed — one level
 * (optionally everything expected at it), two levels compared, or the whole matrix (every level, or
 * one ladder's) — and an optional title. Saved with `view.submit({ config })`, the macro contract the
 * roadmap macro uses; Confluence hands it back to the view as `context.extension.config`.
 */
import { useState, type FormEvent } from 'react';
import { token } from '@atlaskit/tokens';
import type { FrameworkInfo } from '../../../src/contract';
import { view } from '../../shared/bridge';
import { savedConfig } from '../../shared/saved-config';
import { getFramework } from '../../shared/competency-api';
import { ConfigFooter } from '../../shared/components/config-footer';
import { ErrorWithRetry } from '../../shared/components/error-with-retry';
import { LoadingState } from '../../shared/components/loading-state';
import { defaultTarget, findLevel, type Framework } from '../../shared/competency/model';
import { Field, labelStyle, LevelSelect, text, useAsync } from '../../shared/competency/ui';
import { configOf, DEFAULT_MACRO_CONFIG, type CompetencyMacroConfig, type MatrixMode } from '../../shared/competency/macro-config';

async function load(): Promise<{ info: FrameworkInfo; config: CompetencyMacroConfig }> {
  const stored = await savedConfig().catch(() => undefined);
  const info = await getFramework();
  const fw = info.framework;
  const saved = configOf(stored);
  const first = fw.levels[0]?.id ?? '';
  const second = defaultTarget(fw, first) ?? fw.levels[1]?.id ?? first;
  const base = saved ?? DEFAULT_MACRO_CONFIG;
  return {
    info,
    config: {
      ...base,
      level: findLevel(fw, base.level)?.id ?? second,
      from: findLevel(fw, base.from)?.id ?? first,
      to: findLevel(fw, base.to)?.id ?? second,
    },
  };
}

const MODES: Array<{ value: MatrixMode; label: string; help: string }> = [
  { value: 'level', label: 'One level', help: 'What a level adds, numbered by skill — or everything expected at it.' },
  { value: 'compare', label: 'Compare two levels', help: 'Skill by skill: what is new, dropped or the same.' },
  { value: 'matrix', label: 'The whole matrix', help: 'Levels as columns, skills as rows.' },
];

export function CompetencyMacroConfigView() {
  const [state, reload] = useAsync(load, []);
  return (
    <div className="cf-root" style={{ padding: token('space.150') }}>
      {state.kind === 'loading' && <LoadingState label="Loading settings…" />}
      {state.kind === 'error' && (
        <div style={{ display: 'grid', gap: token('space.100') }}>
          <ErrorWithRetry error={state.error} onRetry={reload} />
        </div>
      )}
      {state.kind === 'ready' && <ConfigForm framework={state.data.info.framework} initial={state.data.config} />}
    </div>
  );
}

function ConfigForm({ framework: fw, initial }: { framework: Framework; initial: CompetencyMacroConfig }) {
  const [config, setConfig] = useState(initial);
  const [problem, setProblem] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  const set = <K extends keyof CompetencyMacroConfig>(key: K, value: CompetencyMacroConfig[K]) => {
    setProblem(null);
    setConfig((c) => ({ ...c, [key]: value }));
  };

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (config.mode === 'compare' && config.from === config.to) {
      setProblem('Choose two different levels to compare.');
      return;
    }
    setSaving(true);
    try {
      await view.submit({ config: { ...config, title: config.title.trim() } });
    } catch {
      setProblem('Confluence did not save the macro settings. Try again.');
    } finally {
      setSaving(false);
    }
  };

  const summary =
    config.mode === 'level'
      ? config.everything
        ? `Everything expected at ${config.level}: its own behaviours and every lower level’s.`
        : `The behaviours ${config.level} adds, by category and skill.`
      : config.mode === 'compare'
        ? `What changes from ${config.from} to ${config.to}, skill by skill${config.hideSame ? ', without the skills that stay the same' : ''}.`
        : `${config.ladder ? fw.ladders.find((l) => l.id === config.ladder)?.name : 'Every level'} as columns, skills as rows.`;

  return (
    <form onSubmit={(e) => void submit(e)} aria-label="Competency matrix settings" data-testid="macro-config" style={{ display: 'grid', gap: token('space.200') }}>
      <fieldset style={{ border: 0, padding: 0, margin: 0 }}>
        <legend style={labelStyle}>What to show</legend>
        <div style={{ display: 'grid', gap: token('space.075') }}>
          {MODES.map((m) => (
            <label key={m.value} style={{ display: 'flex', gap: token('space.100'), alignItems: 'baseline', cursor: 'pointer' }}>
              <input type="radio" name="mode" value={m.value} checked={config.mode === m.value} onChange={() => set('mode', m.value)} data-testid={`mode-${m.value}`} />
              <span>
                {m.label}
                <span style={{ display: 'block', ...text.subtlest }}>{m.help}</span>
              </span>
            </label>
          ))}
        </div>
      </fieldset>

      {config.mode === 'level' && (
        <div style={{ display: 'grid', gap: token('space.150') }}>
          <LevelSelect id="level" label="Level" fw={fw} value={config.level} onChange={(v) => set('level', v)} />
          <label style={{ display: 'flex', gap: token('space.100'), alignItems: 'center' }}>
            <input type="checkbox" checked={config.everything} onChange={(e) => set('everything', e.target.checked)} data-testid="everything" />
            Show everything expected at this level (its own and every lower level’s)
          </label>
        </div>
      )}

      {config.mode === 'compare' && (
        <div style={{ display: 'grid', gap: token('space.150') }}>
          <div style={{ display: 'flex', flexWrap: 'wrap', gap: token('space.150') }}>
            <LevelSelect id="from" label="From level" fw={fw} value={config.from} onChange={(v) => set('from', v)} />
            <LevelSelect id="to" label="To level" fw={fw} value={config.to} onChange={(v) => set('to', v)} />
          </div>
          <label style={{ display: 'flex', gap: token('space.100'), alignItems: 'center' }}>
            <input type="checkbox" checked={config.hideSame} onChange={(e) => set('hideSame', e.target.checked)} data-testid="hideSame" />
            Leave out skills that stay the same
          </label>
        </div>
      )}

      {config.mode === 'matrix' && (
        <Field id="ladder" label="Levels">
          <select id="ladder" data-testid="ladder" className="cf-input" value={config.ladder} onChange={(e) => set('ladder', e.target.value)}>
            <option value="">Every level ({fw.levels.map((l) => l.id).join(', ')})</option>
            {fw.ladders.map((l) => (
              <option key={l.id} value={l.id}>
                {l.name} ({l.levels.join(', ')})
              </option>
            ))}
          </select>
        </Field>
      )}

      <Field id="title" label="Title (optional)" help="Leave empty for a title that says what is shown.">
        <input id="title" data-testid="title" className="cf-input" value={config.title} maxLength={120} onChange={(e) => set('title', e.target.value)} aria-describedby="title-help" />
      </Field>

      <p data-testid="config-summary" role="status" style={{ margin: 0, padding: token('space.100'), borderRadius: token('radius.medium'), backgroundColor: token('color.background.neutral'), color: token('color.text') }}>
        {summary}
      </p>

      <ConfigFooter problem={problem} problemTestId="config-problem" saving={saving} />
    </form>
  );
}
