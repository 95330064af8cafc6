/**
 * The issue's own slip since the baseline (its due date then and now, each change) and the odds
 * for the work beneath it (SPEC §7).
 */
import { token } from '@atlaskit/tokens';
import type { IssueHistoryView } from '../../../../src/contract';
import type { Load } from '../../../shared/use-load';
import { plural, shortDate } from '../../../shared/format';
import { LoadingState } from '../../../shared/components/loading-state';
import { ErrorState } from '../../../shared/components/error-state';
import { OddsLine } from '../../../shared/components/odds';
import { small, subheading } from './styles';

const days = (n: number) => `${n} day${Math.abs(n) === 1 ? '' : 's'}`;

function slipSentence(h: IssueHistoryView): string {
  const then = h.dueDateAtBaseline;
  const now = h.dueDate;
  if (!then && !now) return `No due date, then or now.`;
  if (!then) return `No due date on ${h.baselineDate}; now due ${now}.`;
  if (!now) return `Was due ${then} on ${h.baselineDate}; the due date has since been removed.`;
  if (h.slipDays === 0) return `Due ${now}, as on ${h.baselineDate}.`;
  return h.slipDays! > 0 ? `Slipped ${days(h.slipDays!)}: due ${then} on ${h.baselineDate}, now ${now}.` : `Pulled in ${days(-h.slipDays!)}: due ${then} on ${h.baselineDate}, now ${now}.`;
}

export function HistorySection({ issueKey, state }: { issueKey: string; state: Load<IssueHistoryView> }) {
  return (
    <section aria-labelledby="history-heading" data-testid="history-section" style={{ display: 'grid', gap: token('space.100') }}>
      <h3 id="history-heading" style={subheading}>
        Since the quarter began{state.kind === 'ready' ? ` (${shortDate(state.data.baselineDate, state.data.asOf)})` : ''}
      </h3>
      {state.kind === 'loading' && <LoadingState label={`Reading the history of ${issueKey}…`} />}
      {state.kind === 'error' && <ErrorState code={state.error.code} message={state.error.message} />}
      {state.kind === 'ready' && (
        <>
          <p style={{ margin: 0 }} data-testid="issue-slip" data-slip-days={state.data.slipDays ?? ''}>
            {slipSentence(state.data)}
            {state.data.dueDateHistory.length > 0 && <span style={{ color: token('color.text.subtle') }}> ({plural(state.data.dueDateHistory.length, 'change')})</span>}
          </p>
          {state.data.dueDateHistory.length > 0 && (
            <ul data-testid="issue-slip-changes" style={{ ...small, paddingInlineStart: token('space.250') }}>
              {state.data.dueDateHistory.map((c, i) => (
                <li key={`${c.date}-${i}`}>
                  {c.date}: {c.from ?? 'no due date'} → {c.to ?? 'no due date'}
                </li>
              ))}
            </ul>
          )}
          <OddsLine odds={state.data.odds} asOf={state.data.asOf} remaining={state.data.remaining} what={state.data.remaining === 1 ? 'work item' : 'work items'} method={state.data.method} testId="issue-odds" />
        </>
      )}
    </section>
  );
}
