/**
 * The Confluence roadmap macro (SPEC §2, §7): a thin shell. `useRoadmap` reads the configuration
 * and the report, `useRoadmapHistory` the history since the baseline; `sections/` draw them
 * (header, items with the slipped column, not done on time, slipped since the baseline,
 * explain this number, burn-up, CSV). Reads as the viewer: every number is what Jira lets this
 * viewer see.
 */
import { token } from '@atlaskit/tokens';
import { LoadingState } from '../../shared/components/loading-state';
import { EmptyState } from '../../shared/components/empty-state';
import { Problem } from './sections/problem';
import { Roadmap } from './sections/roadmap';
import { useRoadmap } from './use-roadmap';
import { useRoadmapHistory } from './use-roadmap-history';

/*
 * Buttons drawn as plain text (`all: unset`) lose the browser's focus ring: give them one back, on
 * keyboard focus only. `ss-sr-only` is text for screen readers only (e.g. "Explain PO-26").
 */
const CSS = `
.ss-text-button{all:unset;cursor:pointer;border-radius:${token('radius.small')}}
.ss-text-button:focus-visible,.ss-roadmap summary:focus-visible,.ss-roadmap [tabindex="-1"]:focus-visible{outline:2px solid ${token('color.border.focused')};outline-offset:2px}
.ss-roadmap [tabindex="-1"]:focus:not(:focus-visible){outline:none}
.ss-sr-only{position:absolute;width:1px;height:1px;padding:0;margin:-1px;overflow:hidden;clip:rect(0 0 0 0);white-space:nowrap;border:0}
`;

export function RoadmapMacro() {
  const { state, config } = useRoadmap();
  const history = useRoadmapHistory(config);
  const title = config.title.trim() || 'Roadmap';
  return (
    <main className="ss-roadmap" style={{ padding: token('space.100'), color: token('color.text'), font: token('font.body'), backgroundColor: token('elevation.surface'), display: 'grid', gap: token('space.200') }}>
      <style>{CSS}</style>
      <h2 style={{ margin: 0, font: token('font.heading.medium') }}>{title}</h2>
      {state.kind === 'loading' && <LoadingState label="Reading the roadmap from Jira…" />}
      {state.kind === 'unconfigured' && (
        <EmptyState title="This roadmap has no query yet">
          Edit the page, select this macro and choose <strong>Edit</strong> to enter the JQL that finds the roadmap’s items (for example{' '}
          <code>project = PO AND issuetype = Epic</code>).
        </EmptyState>
      )}
      {state.kind === 'error' && <Problem error={state.error} jql={config.jql} />}
      {state.kind === 'ready' && <Roadmap data={state.data} config={config} history={history} title={title} />}
    </main>
  );
}

