/**
 * SPEC §7 "An issue at day d": an issue's status, fix versions and due date as at the end of a
 * UTC day, rebuilt from its current fields and its changelog. Pure: no clock, no I/O.
 */
import { addDays, compareDates, timestampMillis, utcDateOfTimestamp } from './dates';
import type { IsoDate, IssueKey, StatusCategory } from './types';

/** The changelog fields SPEC §7 reads (Jira field ids, as `fieldIds` of the bulk changelog request). */
export const HISTORY_FIELD_IDS = ['status', 'fixVersions', 'duedate'] as const;
export type HistoryField = (typeof HISTORY_FIELD_IDS)[number];

/** One changelog item (Jira `ChangeDetails`), reduced to what §7 undoes. */
export interface ChangeItem {
  field: HistoryField;
  /** Jira's `from`: a status id, a version id, a `YYYY-MM-DD` due date; null/empty = none. */
  from: string | null;
  to: string | null;
}

/** One changelog history (Jira `Changelog`): when, and the items changed together. */
export interface ChangeHistory {
  id: string;
  /** Jira timestamp with any offset, or epoch milliseconds. */
  created: string | number;
  items: ChangeItem[];
}

/** An issue as history needs it: its current fields plus its changelog. */
export interface HistoricIssue {
  key: IssueKey;
  /** `created` (a timestamp or its UTC date); null = existed since forever. */
  created: string | number | null;
  statusId: string | null;
  statusCategory: StatusCategory;
  fixVersionIds: readonly string[];
  dueDate: IsoDate | null;
  /** UTC date of `resolutiondate`, for the odds' samples. */
  resolutionDate: IsoDate | null;
  histories: readonly ChangeHistory[];
}

/** The issue's fields at the end of a day. */
export interface IssueAtDay {
  statusId: string | null;
  statusCategory: StatusCategory;
  fixVersionIds: string[];
  dueDate: IsoDate | null;
}

/** Status id → category, from Jira's status list (`GET /rest/api/3/status`). */
export type StatusCategories = ReadonlyMap<string, StatusCategory>;

const DATE_PREFIX = /^(\d{4}-\d{2}-\d{2})/;

function empty(value: string | null): boolean {
  return value === null || value.trim() === '';
}

/** A due date as the changelog writes it (`2026-07-04`, or `2026-07-04 00:00:00.0` in `fromString`). */
function dueDateValue(value: string | null): IsoDate | null {
  if (empty(value)) return null;
  const m = DATE_PREFIX.exec((value as string).trim());
  return m ? (m[1] as IsoDate) : null;
}

/** SPEC §7: "histories by `created`, then `id`" (ids compare as numbers when both are numbers). */
export function compareHistories(a: ChangeHistory, b: ChangeHistory): number {
  const t = timestampMillis(a.created) - timestampMillis(b.created);
  if (t !== 0) return t;
  if (/^\d+$/.test(a.id) && /^\d+$/.test(b.id)) return Number(a.id) - Number(b.id);
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

/** The UTC date of an issue's `created`, or null. */
export function createdDate(issue: Pick<HistoricIssue, 'created'>): IsoDate | null {
  return issue.created === null ? null : utcDateOfTimestamp(issue.created);
}

/** SPEC §1 + §7: a status id's category in the status list; unknown = todo. */
export function categoryOf(statusId: string | null, categories: StatusCategories): StatusCategory {
  return (statusId !== null ? categories.get(statusId) : undefined) ?? 'todo';
}

/**
 * SPEC §7: "An issue at day d ("as at the end of d", UTC): it did not exist if its `created` UTC
 * date is after d. Otherwise take its current `status`, `fixVersions` and `duedate`, and undo,
 * newest first (histories by `created`, then `id`), every changelog item of those fields in a
 * history whose `created` UTC date is after d: the value becomes the item's `from` … `fixVersions`
 * is a set: undoing removes the item's `to` and adds its `from` (either may be empty). Its status
 * category at d is that status id's category in Jira's status list (unknown = todo)."
 * Returns null when the issue did not exist at d. The current status's category comes from the
 * issue itself when the status list does not know it (the issue's own field is Jira's answer).
 * A changelog item of another field is ignored; its `created` must be a readable timestamp.
 */
export function issueAt(issue: HistoricIssue, day: IsoDate, categories: StatusCategories): IssueAtDay | null {
  return issueByDay(issue, day, day, categories)[0] ?? null;
}

/** One change of the due date, for the "slipped" tooltip. */
export interface DueDateChange {
  /** UTC date of the change. */
  date: IsoDate;
  from: IsoDate | null;
  to: IsoDate | null;
}

/**
 * SPEC §7 `dueDateChanges`: "changelog items of `duedate` dated after b, up to the as-of date",
 * oldest first.
 */
export function dueDateChangesBetween(issue: HistoricIssue, after: IsoDate, upTo: IsoDate): DueDateChange[] {
  const out: DueDateChange[] = [];
  const histories = [...issue.histories].sort(compareHistories);
  for (const h of histories) {
    const date = utcDateOfTimestamp(h.created);
    if (compareDates(date, after) <= 0 || compareDates(date, upTo) > 0) continue;
    for (const item of h.items) {
      if (item.field === 'duedate') out.push({ date, from: dueDateValue(item.from), to: dueDateValue(item.to) });
    }
  }
  return out;
}

/**
 * `issueAt` for every day from `from` to `to` inclusive (index 0 = `from`), in one walk back
 * through the changelog instead of one rebuild per day: the same SPEC §7 rule, linear in days +
 * changelog items.
 */
export function issueByDay(issue: HistoricIssue, from: IsoDate, to: IsoDate, categories: StatusCategories): Array<IssueAtDay | null> {
  const created = createdDate(issue);
  const newestFirst = issue.histories
    .map((h) => ({ h, date: utcDateOfTimestamp(h.created) }))
    .sort((a, b) => compareHistories(b.h, a.h));
  let next = 0;
  let statusId = issue.statusId;
  const versions = new Set(issue.fixVersionIds);
  let dueDate = issue.dueDate;
  // Undo, newest first, every history dated after `day` not undone yet.
  const undoAfter = (day: IsoDate): void => {
    while (next < newestFirst.length && compareDates(newestFirst[next]!.date, day) > 0) {
      const items = newestFirst[next]!.h.items;
      for (let i = items.length - 1; i >= 0; i--) {
        const item = items[i]!;
        if (item.field === 'status') statusId = empty(item.from) ? null : item.from;
        else if (item.field === 'duedate') dueDate = dueDateValue(item.from);
        else {
          if (!empty(item.to)) versions.delete(item.to as string);
          if (!empty(item.from)) versions.add(item.from as string);
        }
      }
      next += 1;
    }
  };
  const out: Array<IssueAtDay | null> = [];
  for (let day = to; compareDates(day, from) >= 0; day = addDays(day, -1)) {
    undoAfter(day);
    if (created !== null && compareDates(created, day) > 0) {
      out.push(null);
      continue;
    }
    // The current status's category comes from the issue itself when the status list lacks it.
    const statusCategory =
      statusId === issue.statusId && statusId !== null && !categories.has(statusId)
        ? issue.statusCategory
        : categoryOf(statusId, categories);
    out.push({ statusId, statusCategory, fixVersionIds: [...versions], dueDate });
  }
  return out.reverse();
}
