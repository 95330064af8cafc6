/**
 * `--baseline D` and `--history` on `roadmap` and `readiness` (SPEC §5, §7): parsing, and the
 * readable history block of the text output.
 */
import { isIsoDate } from '../../src/domain/dates';
import type { Odds } from '../../src/domain/odds';
import type { ReleaseHistory } from '../../src/domain/release-history';
import type { RoadmapHistory } from '../../src/domain/roadmap-history';
import { RELEASE_ODDS_METHOD, ROADMAP_ODDS_METHOD } from '../../src/services/history';
import { UsageError } from './io';

export const HISTORY_OPTIONS = {
  baseline: { type: 'string' },
  history: { type: 'boolean' },
} as const;

/** null: no history (and no changelog read); `{ baseline: null }`: the default baseline. */
export function historyRequest(values: Record<string, string | boolean | undefined>): { baseline: string | null } | null {
  const b = values.baseline;
  if (b !== undefined) {
    if (values.history) throw new UsageError('use either --baseline D or --history, not both');
    if (typeof b !== 'string' || !isIsoDate(b)) throw new UsageError(`--baseline must be a real date as YYYY-MM-DD (got '${String(b)}')`);
    return { baseline: b };
  }
  return values.history ? { baseline: null } : null;
}

const day = (n: number | null): string => (n === null ? '—' : `${n} day${n === 1 ? '' : 's'}`);

/** "50%: 2026-12-04 · 85%: 2026-12-09 · 95%: 2026-12-13" (or why there are no odds). */
export function oddsLine(o: Odds): string {
  if (o.p50 === null) return 'no odds (nothing was resolved in the window, or it would take more than 3650 days)';
  const at = (p: string, n: number | null, d: string | null): string => `${p}: ${d ?? 'beyond 3650 days'}${n === null ? '' : ` (${day(n)})`}`;
  return [at('50%', o.p50, o.p50Date), at('85%', o.p85, o.p85Date), at('95%', o.p95, o.p95Date)].join(' · ');
}

export function formatReleaseHistory(h: ReleaseHistory, releaseDate: string | null): string {
  const s = h.scope;
  const lines = [
    `  Since ${s.baselineDate} (${h.baselineSource === 'startDate' ? 'version start' : h.baselineSource === 'given' ? 'baseline' : '28 days ago'}): ${s.atBaseline} planned, ${s.now} now; +${s.added.length} added${s.added.length ? ` (${s.added.join(', ')})` : ''}, −${s.removed.length} removed${s.removed.length ? ` (${s.removed.join(', ')})` : ''}; ${s.deliveredOfBaseline} of the ${s.atBaseline} planned delivered`,
    `  Odds for the ${h.remaining} left: ${oddsLine(h.forecast)}${h.forecast.chanceByRelease !== null && releaseDate ? ` — ${h.forecast.chanceByRelease.toFixed(1)}% chance by the release date ${releaseDate}` : ''}`,
    `  Daily scope/done: ${h.daily.length} days from ${h.daily[0]?.date ?? '—'} (scope ${h.daily[0]?.scope ?? 0} → ${h.daily.at(-1)?.scope ?? 0}, done ${h.daily[0]?.done ?? 0} → ${h.daily.at(-1)?.done ?? 0})`,
    `  Odds method: ${RELEASE_ODDS_METHOD}`,
  ];
  return `${lines.join('\n')}\n`;
}

export function formatRoadmapHistory(h: RoadmapHistory, dueNow: ReadonlyMap<string, string | null>): string {
  const byKey = new Map(h.items.map((i) => [i.key, i]));
  const lines = [
    `History since ${h.baseline.date}: ${h.baseline.units} work items existed then (${h.baseline.done} done); ${h.doneSince} done since.`,
    h.slipped.length === 0
      ? 'Slipped since the baseline: none.'
      : `Slipped since the baseline (${h.slipped.length}): ${h.slipped
          .map((k) => {
            const i = byKey.get(k)!;
            return `${k} +${i.slipDays} days (${i.dueDateAtBaseline} → ${dueNow.get(k) ?? '—'}, ${i.dueDateChanges} change${i.dueDateChanges === 1 ? '' : 's'})`;
          })
          .join(', ')}`,
    `Odds for the ${h.remaining} work items left: ${oddsLine(h.odds)}`,
    `Odds method: ${ROADMAP_ODDS_METHOD}`,
  ];
  return `${lines.join('\n')}\n`;
}
