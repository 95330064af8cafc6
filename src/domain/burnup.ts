/**
 * Burn-up series for the roadmap (SPEC §2 units and weights, drawn over time).
 */
import { addDays, assertIsoDate, daysBetween } from './dates';
import { DomainInputError } from './errors';
import { resolveReport, type ResolvedReport } from './roadmap';
import { WorkTally } from './units';
import type { Issue, IsoDate, Weight } from './types';

/** The burn-up covers the last 90 days up to and including the as-of date. */
export const BURNUP_DAYS = 90;

export interface BurnupPoint {
  date: IsoDate;
  /** Weight of units created on or before `date` (units without a created date count from the start). */
  scope: number;
  /** Weight of units done with a resolution date on or before `date`. */
  done: number;
}

export interface Burnup {
  asOf: IsoDate;
  weight: Weight;
  from: IsoDate;
  to: IsoDate;
  points: BurnupPoint[];
  /** Units whose status is done but which have no resolution date: in scope, never in `done`. */
  doneWithoutResolutionDate: number;
  method: string;
}

/** How the burn-up is computed, for the chart's caption (SPEC §2 units and weights over time). */
export const BURNUP_METHOD =
  'Each day: scope = weight of the roadmap\'s units created on or before that day; done = weight of units ' +
  'in a done status whose resolution date is on or before that day. Units are the same distinct units as ' +
  'the roadmap totals, weighted the same way (unestimated units weigh the mean estimate).';

/**
 * Burn-up over the `days` days up to and including `asOf` (default 90): daily `{ date, scope, done }`
 * where scope = units created on or before the date and done = units resolved (status done with a
 * resolution date) on or before the date, by the report's SPEC §2 weight. Linear in units + days:
 * each unit lands in the day it entered scope (or was resolved) and the days add up from there.
 * `resolved` is the report's units and weigher when the caller has them already.
 */
export function computeBurnup(
  input: { weight: Weight; asOf: IsoDate; items: Issue[]; descendants: Issue[]; days?: number },
  resolved?: Pick<ResolvedReport, 'allUnits' | 'weigher'>,
): Burnup {
  const asOf = assertIsoDate(input.asOf, 'as-of date');
  const days = input.days ?? BURNUP_DAYS;
  if (!Number.isInteger(days) || days < 1) throw new DomainInputError(`The burn-up needs a whole number of days ≥ 1 (got ${days}).`);
  const { allUnits, weigher } = resolved ?? resolveReport(input.items, input.descendants, input.weight);
  const from = addDays(asOf, -(days - 1));
  // Day index a date counts from: 0 for anything on or before `from`, `days` (never) after `asOf`.
  // Units share few distinct dates: each is parsed once.
  const dayIndex = new Map<IsoDate, number>();
  const dayOf = (date: IsoDate): number => {
    if (date <= from) return 0;
    if (date > asOf) return days;
    let d = dayIndex.get(date);
    if (d === undefined) dayIndex.set(date, (d = daysBetween(from, date)));
    return d;
  };
  const scopeOn = Array.from({ length: days }, () => new WorkTally());
  const doneOn = Array.from({ length: days }, () => new WorkTally());
  for (const unit of allUnits) {
    const w = weigher.weigh(unit);
    const enters = unit.created === null ? 0 : dayOf(unit.created);
    if (enters < days) scopeOn[enters]!.add('todo', w.weight, w.imputed);
    if (unit.statusCategory === 'done' && unit.resolutionDate !== null) {
      const doneAt = dayOf(unit.resolutionDate);
      if (doneAt < days) doneOn[doneAt]!.add('done', w.weight, w.imputed);
    }
  }
  const points: BurnupPoint[] = [];
  const scope = new WorkTally();
  const done = new WorkTally();
  for (let i = 0; i < days; i++) {
    scope.merge(scopeOn[i]!);
    done.merge(doneOn[i]!);
    points.push({ date: addDays(from, i), scope: scope.sums().total, done: done.sums().total });
  }
  return {
    asOf,
    weight: input.weight,
    from,
    to: asOf,
    points,
    doneWithoutResolutionDate: allUnits.filter((u) => u.statusCategory === 'done' && u.resolutionDate === null).length,
    method: BURNUP_METHOD,
  };
}
