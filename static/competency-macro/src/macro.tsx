/**
 * The competency matrix macro (SPEC §4): what the config view chose, rendered compactly in a
 * Confluence page — one level (what it adds, or everything expected at it), two levels compared
 * skill by skill, or the whole matrix (levels as columns, skills as rows). Always the framework in
 * use now: a team's custom framework shows as soon as it is saved.
 */
import { token } from '@atlaskit/tokens';
import type { FrameworkInfo, LevelCompareResponse, LevelViewResponse } from '../../../src/contract';
import { ApiError } from '../../shared/api';
import { savedConfig } from '../../shared/saved-config';
import { compareLevels, getFramework, getLevelView } from '../../shared/competency-api';
import { EmptyState } from '../../shared/components/empty-state';
import { ErrorState } from '../../shared/components/error-state';
import { LoadingState } from '../../shared/components/loading-state';
import { findLevel } from '../../shared/competency/model';
import { StatusLegend, text, useAsync } from '../../shared/competency/ui';
import { CompareTable, EverythingExpected, LevelBehaviours, Matrix } from '../../shared/competency/views';
import { configOf, type CompetencyMacroConfig } from '../../shared/competency/macro-config';

type Loaded =
  | { kind: 'unconfigured' }
  | { kind: 'level'; config: CompetencyMacroConfig; info: FrameworkInfo; data: LevelViewResponse }
  | { kind: 'compare'; config: CompetencyMacroConfig; info: FrameworkInfo; data: LevelCompareResponse }
  | { kind: 'matrix'; config: CompetencyMacroConfig; info: FrameworkInfo };

async function load(): Promise<Loaded> {
  const config = configOf(await savedConfig());
  if (!config) return { kind: 'unconfigured' };
  const info = await getFramework();
  if (config.mode === 'level') {
    if (!config.level) throw new ApiError('BAD_INPUT', 'The macro names no level: edit the macro and choose one.');
    return { kind: 'level', config, info, data: await getLevelView({ level: config.level }) };
  }
  if (config.mode === 'compare') {
    if (!config.from || !config.to) throw new ApiError('BAD_INPUT', 'The macro needs two levels to compare: edit the macro and choose them.');
    return { kind: 'compare', config, info, data: await compareLevels({ from: config.from, to: config.to }) };
  }
  return { kind: 'matrix', config, info };
}

function titleOf(l: Exclude<Loaded, { kind: 'unconfigured' }>): string {
  if (l.config.title.trim()) return l.config.title.trim();
  if (l.kind === 'level') return l.config.everything ? `Everything expected at ${l.data.level.id}` : `${l.data.level.id}: what this level adds`;
  if (l.kind === 'compare') return `From ${l.data.from} to ${l.data.to}: what changes`;
  const ladder = l.info.framework.ladders.find((x) => x.id === l.config.ladder);
  return ladder ? `${ladder.name}: competency matrix` : 'Competency matrix';
}

export function CompetencyMacro() {
  const [state] = useAsync(load, []);
  return (
    <main className="cf-macro" style={{ padding: token('space.100'), color: token('color.text'), font: token('font.body'), backgroundColor: token('elevation.surface'), display: 'grid', gap: token('space.150') }}>
      {state.kind === 'loading' && <LoadingState label="Loading the competency matrix…" />}
      {state.kind === 'error' && <ErrorState code={state.error.code} message={state.error.message} reason={state.error.reason} />}
      {state.kind === 'ready' && state.data.kind === 'unconfigured' && (
        <EmptyState title="Choose what this macro shows">Edit the macro to embed one level, a comparison of two levels, or the whole competency matrix.</EmptyState>
      )}
      {state.kind === 'ready' && state.data.kind !== 'unconfigured' && <Body l={state.data} />}
    </main>
  );
}

function Body({ l }: { l: Exclude<Loaded, { kind: 'unconfigured' }> }) {
  const fw = l.info.framework;
  const footer = (
    <p style={{ margin: 0, ...text.subtlest }}>
      From the career framework “{fw.name}”{fw.version ? `, version ${fw.version}` : ''}
      {l.info.isCustom ? ' (custom)' : ''}. Behaviours are numbered as in the framework.
    </p>
  );
  return (
    <section aria-labelledby="macro-title" data-testid="macro" data-mode={l.kind} style={{ display: 'grid', gap: token('space.150') }}>
      <h2 id="macro-title" style={{ margin: 0, font: token('font.heading.medium') }}>
        {titleOf(l)}
      </h2>
      {l.kind === 'level' && (
        <>
          <p style={{ margin: 0, ...text.subtle }}>
            {l.data.ladder.role} · {l.data.counts.own} behaviours at {l.data.level.id}
            {l.config.everything && l.data.everything.length > 1 ? `, ${l.data.counts.everything} expected in all (levels are additive)` : ''}
          </p>
          {l.config.everything ? <EverythingExpected levels={l.data.everything} idPrefix="m" compact headingLevel={3} /> : <LevelBehaviours level={l.data.level} idPrefix="m" compact headingLevel={3} />}
        </>
      )}
      {l.kind === 'compare' && (
        <>
          <StatusLegend />
          <CompareTable framework={fw} comparison={l.data} hideSame={l.config.hideSame} compact />
        </>
      )}
      {l.kind === 'matrix' && <MatrixBody l={l} />}
      {footer}
    </section>
  );
}

function MatrixBody({ l }: { l: Extract<Loaded, { kind: 'matrix' }> }) {
  const fw = l.info.framework;
  const ladder = fw.ladders.find((x) => x.id === l.config.ladder);
  const levels = ladder ? ladder.levels.map((id) => findLevel(fw, id)).filter((x) => x !== undefined) : fw.levels;
  if (l.config.ladder && !ladder) {
    return <ErrorState code="NOT_FOUND" message={`The framework in use has no ladder “${l.config.ladder}”. Edit the macro to choose another.`} />;
  }
  return <Matrix framework={fw} levels={levels} compact />;
}
