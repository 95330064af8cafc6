/**
 * Raw Jira JSON → domain types (src/domain/types.ts). Pure functions: no I/O, no clock.
 * Absent or malformed fields become null, never a guess.
 */
import type { Issue, IsoDate, StatusCategory, VersionInfo } from '../domain/types';
import type { RawIssue, RawVersion } from './types';

/**
 * The fields the roadmap, readiness and panel calculations read, without the story-point field
 * (its id differs per site: add it with `issueFieldsWith`).
 */
export const ISSUE_FIELDS: readonly string[] = [
  'summary',
  'status',
  'issuetype',
  'parent',
  'priority',
  'assignee',
  'duedate',
  'created',
  'resolutiondate',
  'fixVersions',
  'timeoriginalestimate',
];

/** `ISSUE_FIELDS` plus the story-point field when the site has one. */
export function issueFieldsWith(storyPointsField: string | null): string[] {
  return storyPointsField ? [...ISSUE_FIELDS, storyPointsField] : [...ISSUE_FIELDS];
}

/** SPEC §1: `new` → todo, `indeterminate` → inprogress, `done` → done, anything else → todo. */
export function toStatusCategory(key: unknown): StatusCategory {
  if (key === 'done') return 'done';
  if (key === 'indeterminate') return 'inprogress';
  return 'todo';
}

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
/** Jira timestamps: `2026-11-20T23:30:00.000-0500`, also `…Z`, `…+05:30`, or no seconds/offset (read as UTC). */
const TIMESTAMP = /^(\d{4})-(\d{2})-(\d{2})[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.(\d+))?)?\s*(Z|[+-]\d{2}:?\d{2})?$/i;

function isRealDate(y: number, m: number, d: number): boolean {
  const t = new Date(Date.UTC(y, m - 1, d));
  return t.getUTCFullYear() === y && t.getUTCMonth() === m - 1 && t.getUTCDate() === d;
}

/** A calendar date as Jira gives it (`duedate`, `releaseDate`), or null when it is not one. */
export function toCalendarDate(value: unknown): IsoDate | null {
  if (typeof value !== 'string') return null;
  const m = DATE.exec(value.trim());
  if (!m) return null;
  return isRealDate(Number(m[1]), Number(m[2]), Number(m[3])) ? value.trim() : null;
}

/** SPEC §1: a timestamp counts by its UTC date (`2026-11-20T23:30:00.000-0500` → `2026-11-21`). */
export function toUtcDate(value: unknown): IsoDate | null {
  if (typeof value === 'number') {
    const d = new Date(value); // epoch ms, as the deprecated /versions list gives releaseDate
    return Number.isNaN(d.getTime()) ? null : d.toISOString().slice(0, 10);
  }
  if (typeof value !== 'string') return null;
  const plain = toCalendarDate(value);
  if (plain) return plain;
  const m = TIMESTAMP.exec(value.trim());
  if (!m) return null;
  const [y, mo, d, h, mi, s] = [m[1], m[2], m[3], m[4], m[5], m[6] ?? '0'].map(Number) as [number, number, number, number, number, number];
  if (!isRealDate(y, mo, d) || h > 23 || mi > 59 || s > 60) return null;
  const offset = m[8] ?? 'Z';
  let offsetMin = 0;
  if (offset.toUpperCase() !== 'Z') {
    const digits = offset.replace(':', '');
    const sign = digits.startsWith('-') ? -1 : 1;
    offsetMin = sign * (Number(digits.slice(1, 3)) * 60 + Number(digits.slice(3, 5)));
  }
  // Local wall time minus its offset is UTC; milliseconds cannot change the date.
  const utc = Date.UTC(y, mo - 1, d, h, mi, s) - offsetMin * 60_000;
  return new Date(utc).toISOString().slice(0, 10);
}

function numberOrNull(value: unknown): number | null {
  return typeof value === 'number' && Number.isFinite(value) ? value : null;
}

function stringOrNull(value: unknown): string | null {
  return typeof value === 'string' && value !== '' ? value : null;
}

/**
 * A search or issue result → domain `Issue`. `storyPointsField` is the site's story-point field id
 * (SPEC §1 discovery), or null when there is none.
 */
export function toIssue(raw: RawIssue, storyPointsField: string | null): Issue {
  const f = raw.fields ?? {};
  const type = f.issuetype ?? null;
  // Cloud gives hierarchyLevel; Data Center does not, but its `subtask` flag still tells −1 from 0.
  const hierarchyLevel = numberOrNull(type?.hierarchyLevel) ?? (type?.subtask === true ? -1 : 0);
  const estimate = numberOrNull(f.timeoriginalestimate) ?? numberOrNull(f.timetracking?.originalEstimateSeconds);
  return {
    id: String(raw.id),
    key: raw.key,
    summary: typeof f.summary === 'string' ? f.summary : '',
    issueType: type?.name ?? '',
    hierarchyLevel,
    statusName: f.status?.name ?? '',
    statusCategory: toStatusCategory(f.status?.statusCategory?.key),
    ...(stringOrNull(f.status?.id) ? { statusId: String(f.status?.id) } : {}),
    parentKey: stringOrNull(f.parent?.key),
    priority: stringOrNull(f.priority?.name),
    assigneeId: stringOrNull(f.assignee?.accountId),
    assigneeName: stringOrNull(f.assignee?.displayName),
    dueDate: toCalendarDate(f.duedate),
    created: toUtcDate(f.created),
    resolutionDate: toUtcDate(f.resolutiondate),
    points: storyPointsField ? numberOrNull(f[storyPointsField]) : null,
    originalEstimateSeconds: estimate,
    fixVersionIds: Array.isArray(f.fixVersions) ? f.fixVersions.map((v) => String(v.id)) : [],
  };
}

/** A version → domain `VersionInfo`. `projectKey` is passed in: Jira only gives the project id. */
export function toVersionInfo(raw: RawVersion, projectKey?: string): VersionInfo {
  const releaseDate = typeof raw.releaseDate === 'number' ? toUtcDate(raw.releaseDate) : toCalendarDate(raw.releaseDate);
  return {
    id: String(raw.id),
    name: raw.name ?? '',
    ...(projectKey !== undefined ? { projectKey } : {}),
    releaseDate,
    ...(toCalendarDate(raw.startDate) ? { startDate: toCalendarDate(raw.startDate) } : {}),
    released: raw.released === true,
    archived: raw.archived === true,
  };
}
