/**
 * SPEC §7 odds in words: "50%: 4 Jul · 85%: 9 Jul · 95%: 13 Jul — 62% chance by the release date
 * 8 Jul", and how they are computed one click away. Odds, never a promise.
 */
import { token } from '@atlaskit/tokens';
import type { ReleaseHistoryView } from '../../../src/contract';
import { formatPercent, shortDate } from '../format';

type Odds = ReleaseHistoryView['forecast'];

/** The odds sentence; `what` names the work left ("issues", "work items"). */
export function oddsText(o: Odds, asOf: string, remaining: number, what: string, releaseDate?: string | null): string {
  if (remaining === 0) return `Nothing left to do.`;
  if (o.p50 === null || o.p50Date === null) return `No odds: nothing was resolved in the window, so there is no pace to go by.`;
  const at = (p: string, d: string | null) => `${p}: ${d ? shortDate(d, asOf) : 'more than 10 years'}`;
  const levels = [at('50%', o.p50Date), at('85%', o.p85Date), at('95%', o.p95Date)].join(' · ');
  const chance = o.chanceByRelease !== null && releaseDate ? ` — ${formatPercent(o.chanceByRelease)} chance by the release date ${shortDate(releaseDate, asOf)}` : '';
  return `${levels}${chance} (for the ${remaining} ${what} left)`;
}

export function OddsLine(props: { odds: Odds; asOf: string; remaining: number; what: string; releaseDate?: string | null; method: string; testId?: string }) {
  return (
    <div data-testid={props.testId ?? 'odds'} style={{ display: 'grid', gap: token('space.050') }}>
      <p data-testid="odds-text" style={{ margin: 0 }}>
        <span style={{ color: token('color.text.subtle') }}>Odds of finishing:</span> {oddsText(props.odds, props.asOf, props.remaining, props.what, props.releaseDate)}
      </p>
      <details data-testid="odds-method" style={{ font: token('font.body.small'), color: token('color.text.subtle') }}>
        <summary style={{ cursor: 'pointer', color: token('color.link'), width: 'fit-content' }}>How are these odds computed?</summary>
        <p style={{ margin: `${token('space.050')} 0 0` }}>{props.method}</p>
      </details>
    </div>
  );
}
