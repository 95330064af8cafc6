/**
 * Burn-up series for the roadmap (SPEC §2 units and weights, drawn over time).
 */
import { addDays, assertIsoDate } from './dates';
import { DomainInputError } from './errors';
import { resolveReport } from './roadmap';
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
 * resolution date) on or before the date, by the report's SPEC §2 weight.
 */
export function computeBurnup(input: { weight: Weight; asOf: IsoDate; items: Issue[]; descendants: Issue[]; days?: number }): Burnup {
  const asOf = assertIsoDate(input.asOf, 'as-of date');
  const days = input.days ?? BURNUP_DAYS;
  if (!Number.isInteger(days) || days < 1) throw new DomainInputError(`The burn-up needs a whole number of days ≥ 1 (got ${days}).`);
  const { allUnits, weigher } = resolveReport(input.items, input.descendants, input.weight);
  const from = addDays(asOf, -(days - 1));
  const weighted = allUnits.map((u) => ({ unit: u, weight: weigher.weigh(u).weight }));
  const points: BurnupPoint[] = [];
  for (let i = 0; i < days; i++) {
    const date = addDays(from, i);
    let scope = 0;
    let done = 0;
    for (const { unit, weight } of weighted) {
      if (unit.created === null || unit.created <= date) scope += weight;
      if (unit.statusCategory === 'done' && unit.resolutionDate !== null && unit.resolutionDate <= date) done += weight;
    }
    points.push({ date, scope, done });
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
