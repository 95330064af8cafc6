/**
 * "How is this forecast made?" in plain words, for the issue panel and the roadmap macro. The
 * domain's `FORECAST_METHOD` is the precise sentence for the CLI; people reading a Jira panel or a
 * Confluence page get this instead: no internal state names, no formulas.
 */
import { token } from '@atlaskit/tokens';
import { AT_RISK_SLACK, FORECAST_WINDOW_DAYS } from '../../../src/domain/forecast';
import { FORECAST_LABEL } from './forecast-lozenge';

const SLACK = `${Math.round(AT_RISK_SLACK * 100)}%`;

/** One line per state, in the order people meet them. */
export const FORECAST_STATE_MEANING: ReadonlyArray<{ state: keyof typeof FORECAST_LABEL; meaning: string }> = [
  { state: 'onTrack', meaning: 'the projected finish is on or before the due date.' },
  { state: 'atRisk', meaning: `the projected finish is after the due date, but needs at most ${SLACK} more days than are left.` },
  { state: 'offTrack', meaning: `the projected finish needs more than ${SLACK} more days than are left, or the due date has already passed with work left.` },
  { state: 'done', meaning: 'nothing is left to do.' },
  { state: 'noDueDate', meaning: 'there is a projected finish, but no due date to compare it with.' },
  { state: 'noThroughput', meaning: `nothing was finished in the last ${FORECAST_WINDOW_DAYS} days, so there is no pace to project from.` },
];

/** The explanation: how the pace and the finish date are found, then what each state means. */
export function ForecastMethod({ dueDateWord = 'the due date' }: { dueDateWord?: string }) {
  return (
    <span data-testid="forecast-method-text" style={{ display: 'grid', gap: token('space.050') }}>
      <span>
        We count the work items finished in the last {FORECAST_WINDOW_DAYS} days — each counts once, whatever its estimate — to get the
        current pace. We divide what is left by that pace (rounding up to whole days) to get a projected finish date, and compare it with{' '}
        {dueDateWord}.
      </span>
      <span style={{ display: 'block' }}>
        {FORECAST_STATE_MEANING.map(({ state, meaning }) => (
          <span key={state} style={{ display: 'block' }}>
            <strong>{FORECAST_LABEL[state]}</strong>: {meaning}
          </span>
        ))}
      </span>
    </span>
  );
}
