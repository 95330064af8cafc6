/**
 * SPEC §7 roadmap history: each item's due date at the baseline and how it moved since, the items
 * that slipped, the units that existed (and were done) at the baseline, and the odds for the rest.
 */
import { assertIsoDate, compareDates, daysBetween, quarterStart } from './dates';
import { DomainInputError } from './errors';
import { createdDate, dueDateChangesBetween, issueAt, type DueDateChange, type HistoricIssue, type StatusCategories } from './history';
import { computeOdds, dailySamples, type Odds } from './odds';
import { FORECAST_WINDOW_DAYS } from './forecast';
import type { IsoDate, IssueKey } from './types';

export interface ItemHistory {
  key: IssueKey;
  dueDateAtBaseline: IsoDate | null;
  dueDateChanges: number;
  slipDays: number | null;
  // extras
  /** The due-date changes counted in `dueDateChanges`, oldest first (the "slipped" tooltip). */
  dueDateHistory: DueDateChange[];
}

export interface RoadmapHistory {
  baseline: { date: IsoDate; units: number; done: number };
  slipped: IssueKey[];
  items: ItemHistory[];
  odds: Odds;
  // extras
  /** Units done at the as-of date that were not done at the baseline (or did not exist then). */
  doneSince: number;
  remaining: number;
  samples: number[];
}

export interface RoadmapHistoryInput {
  asOf: IsoDate;
  /** `--baseline D`; default: the first day of the as-of date's quarter. */
  baseline?: IsoDate | null;
  /** The roadmap items in JQL order (each once), with their `duedate` changelog. */
  items: readonly HistoricIssue[];
  /** The report's distinct units, with their `status` changelog. */
  units: readonly HistoricIssue[];
  categories: StatusCategories;
}

/** SPEC §7: "Baseline date b: `--baseline D`, else the first day of the as-of date's calendar quarter". */
export function roadmapBaseline(asOf: IsoDate, given: IsoDate | null | undefined): IsoDate {
  assertIsoDate(asOf, 'as-of date');
  const b = given ? assertIsoDate(given, 'baseline date') : quarterStart(asOf);
  if (compareDates(b, asOf) > 0) {
    throw new DomainInputError(`The baseline date ${b} is after the as-of date ${asOf}; choose a baseline on or before ${asOf}.`);
  }
  return b;
}

/**
 * SPEC §7 roadmap history. Per item: "`dueDateAtBaseline` (its `duedate` at b; null if it had none
 * or did not exist), `dueDateChanges` (changelog items of `duedate` dated after b, up to the as-of
 * date), `slipDays` = `dueDate` now − `dueDateAtBaseline` in days (null unless both exist; negative
 * when pulled in)"; "`slipped`: keys of items with `slipDays` > 0, biggest slip first, ties in JQL
 * order"; "`baseline`: { date, units, done }: the report's distinct units (count) that existed at
 * b, and those of them done at b"; "`totals.odds`: the forecast … with 28 daily samples (units now
 * done, by resolution date, over the last 28 days) and R = units not done" — done and not done as
 * the §2 report counts them (current fields), so R matches the report's remaining units.
 */
export function computeRoadmapHistory(input: RoadmapHistoryInput): RoadmapHistory {
  const { asOf, categories } = input;
  const b = roadmapBaseline(asOf, input.baseline);

  const items: ItemHistory[] = input.items.map((item) => {
    const then = issueAt(item, b, categories);
    const now = issueAt(item, asOf, categories);
    const dueDateAtBaseline = then?.dueDate ?? null;
    const dueNow = now?.dueDate ?? null;
    const changes = dueDateChangesBetween(item, b, asOf);
    return {
      key: item.key,
      dueDateAtBaseline,
      dueDateChanges: changes.length,
      slipDays: dueDateAtBaseline !== null && dueNow !== null ? daysBetween(dueDateAtBaseline, dueNow) : null,
      dueDateHistory: changes,
    };
  });
  const slipped = items
    .map((i, order) => ({ i, order }))
    .filter(({ i }) => i.slipDays !== null && i.slipDays > 0)
    .sort((a, b2) => b2.i.slipDays! - a.i.slipDays! || a.order - b2.order)
    .map(({ i }) => i.key);

  let units = 0;
  let done = 0;
  let remaining = 0;
  let doneSince = 0;
  const resolved: Array<IsoDate | null> = [];
  for (const u of input.units) {
    const created = createdDate(u);
    const doneThen = issueAt(u, b, categories)?.statusCategory === 'done';
    if (created === null || compareDates(created, b) <= 0) {
      units += 1;
      if (doneThen) done += 1;
    }
    // "Now" is the unit's current category, as the §2 report counts it.
    if (u.statusCategory === 'done') {
      resolved.push(u.resolutionDate);
      if (!doneThen) doneSince += 1;
    } else remaining += 1;
  }
  const samples = dailySamples(resolved, asOf, FORECAST_WINDOW_DAYS);
  return {
    baseline: { date: b, units, done },
    slipped,
    items,
    odds: computeOdds({ asOf, remaining, samples, daysToRelease: null }),
    doneSince,
    remaining,
    samples,
  };
}
