/**
 * Changelog endpoints (SPEC §7): the bulk changelog (`POST /rest/api/3/changelog/bulkfetch`, up to
 * 1000 issues a request, filtered by field id, token paging), the per-issue changelog (startAt
 * paging) and the status list (status id → category). Mapped to the domain's `ChangeHistory`.
 */
import { route } from '@forge/api';
import { utcDateOfTimestamp } from '../domain/dates';
import { arrayOf, bool, either, nullable, num, object, optional, str, type Shape } from '../http/shape';
import type { ChangeHistory, ChangeItem, HistoryField, StatusCategories } from '../domain/history';
import type { StatusCategory } from '../domain/types';
import { toStatusCategory } from './mappers';
import { chunksOf, inLanes } from './lanes';
import { collect, paginateByStartAt, paginateByToken } from './pagination';
import type { RequestJira } from './request';
import { jiraSegment as seg } from './transport';
import type { RawPageBean, RawStatusCategory } from './types';

/** Jira's cap on `issueIdsOrKeys` per bulk changelog request. */
export const BULK_CHANGELOG_MAX_ISSUES = 1000;
/** Jira's `maxResults` cap for the bulk changelog (histories per page). */
export const BULK_CHANGELOG_PAGE = 10_000;
/** Bulk changelog requests in flight at once. */
export const BULK_CHANGELOG_CONCURRENCY = 6;

/** ChangeDetails, what we read of it: `from`/`to` are ids (status, version) or a `YYYY-MM-DD` due date (`fromString`/`toString` are for people). */
export interface RawChangeItem {
  field?: string | null;
  fieldId?: string | null;
  from?: string | null;
  to?: string | null;
}

/** Changelog. `created` is a timestamp, or epoch ms in the bulk endpoint's example. */
export interface RawChangelog {
  id?: string;
  created?: string | number;
  items?: RawChangeItem[];
}

/** BulkChangelogResponseBean. */
export interface RawBulkChangelogPage {
  issueChangeLogs?: Array<{ issueId?: string; changeHistories?: RawChangelog[] }>;
  nextPageToken?: string | null;
}

/** StatusDetails as `GET /rest/api/3/status` lists them. */
export interface RawStatusDetails {
  id?: string;
  name?: string;
  statusCategory?: RawStatusCategory | null;
}

const maybe = <T>(shape: Shape<T>) => optional(nullable(shape));

/** `Changelog` (what we read of it): `created` is a timestamp, or epoch ms in the bulk endpoint's example. */
const changelog: Shape<RawChangelog> = object({
  id: optional(str),
  created: optional(either(str, num, 'a timestamp')),
  items: optional(arrayOf(object({ field: maybe(str), fieldId: maybe(str), from: maybe(str), to: maybe(str) }))),
});
/** `BulkChangelogResponseBean`. */
const bulkPage: Shape<RawBulkChangelogPage> = object({
  issueChangeLogs: optional(arrayOf(object({ issueId: optional(str), changeHistories: optional(arrayOf(changelog)) }))),
  nextPageToken: maybe(str),
});
/** `PageBeanChangelog`. */
const changelogPage: Shape<RawPageBean<RawChangelog>> = object({ values: arrayOf(changelog), isLast: optional(bool), total: optional(num) });
/** `StatusDetails[]` of `GET /rest/api/3/status`. */
const statuses: Shape<RawStatusDetails[]> = arrayOf(object({ id: optional(str), name: optional(str), statusCategory: maybe(object({ key: optional(str) })) }));

export interface ChangelogEndpoints {
  /**
   * Changelogs of many issues, keyed by issue id: ⌈ids ÷ 1000⌉ bulk requests (several at once),
   * plus one per extra page of a long history. Only histories with an item of `fieldIds` come back.
   */
  bulkChangelogs(issueIds: readonly string[], fieldIds: readonly string[]): Promise<Map<string, RawChangelog[]>>;
  /** Every history of one issue (`GET /rest/api/3/issue/{key}/changelog`, startAt paging). */
  issueChangelog(issueIdOrKey: string): Promise<RawChangelog[]>;
  /** `GET /rest/api/3/status`: status id → category (SPEC §1 mapping). */
  statusCategories(): Promise<Map<string, StatusCategory>>;
}

export function changelogEndpoints(requestJira: RequestJira, concurrency = BULK_CHANGELOG_CONCURRENCY): ChangelogEndpoints {
  const bulkChunk = async (ids: string[], fieldIds: readonly string[], out: Map<string, RawChangelog[]>): Promise<void> => {
    const pages = paginateByToken(async (token) => {
      const page = await requestJira(route`/rest/api/3/changelog/bulkfetch`, {
        method: 'POST',
        shape: bulkPage,
        body: {
          issueIdsOrKeys: ids,
          ...(fieldIds.length ? { fieldIds: [...fieldIds] } : {}),
          maxResults: BULK_CHANGELOG_PAGE,
          ...(token ? { nextPageToken: token } : {}),
        },
      });
      return { items: page.issueChangeLogs ?? [], nextPageToken: page.nextPageToken ?? null };
    });
    for await (const log of pages) {
      if (!log.issueId) continue;
      const list = out.get(log.issueId);
      if (list) list.push(...(log.changeHistories ?? []));
      else out.set(log.issueId, [...(log.changeHistories ?? [])]);
    }
  };

  return {
    bulkChangelogs: async (issueIds, fieldIds) => {
      const out = new Map<string, RawChangelog[]>();
      await inLanes(chunksOf([...new Set(issueIds)], BULK_CHANGELOG_MAX_ISSUES), concurrency, (chunk) => bulkChunk(chunk, fieldIds, out));
      return out;
    },
    issueChangelog: async (issueIdOrKey) =>
      collect(
        paginateByStartAt(async (startAt) => {
          const page = await requestJira(route`/rest/api/3/issue/${seg(issueIdOrKey)}/changelog`, { query: { startAt, maxResults: 100 }, shape: changelogPage });
          return {
            values: page.values ?? [],
            ...(page.isLast !== undefined ? { isLast: page.isLast } : {}),
            ...(page.total !== undefined ? { total: page.total } : {}),
          };
        }),
      ),
    statusCategories: async () => {
      const list = await requestJira(route`/rest/api/3/status`, { shape: statuses });
      return new Map(list.filter((s) => s.id).map((s) => [String(s.id), toStatusCategory(s.statusCategory?.key)]));
    },
  };
}

// Older captures and Jira Data Center sometimes leave out `fieldId`; the display names are stable.
const FIELD_BY_NAME: Record<string, HistoryField> = { status: 'status', 'fix version': 'fixVersions', fixversions: 'fixVersions', duedate: 'duedate', 'due date': 'duedate' };

function historyField(item: RawChangeItem): HistoryField | null {
  if (item.fieldId === 'status' || item.fieldId === 'fixVersions' || item.fieldId === 'duedate') return item.fieldId;
  if (item.fieldId) return null;
  return FIELD_BY_NAME[(item.field ?? '').trim().toLowerCase()] ?? null;
}

function readableTimestamp(value: unknown): value is string | number {
  if (typeof value !== 'number' && typeof value !== 'string') return false;
  try {
    utcDateOfTimestamp(value);
    return true;
  } catch {
    return false;
  }
}

function text(value: unknown): string | null {
  return typeof value === 'string' ? value : typeof value === 'number' ? String(value) : null;
}

/**
 * Raw histories → the domain's `ChangeHistory`, keeping only SPEC §7's fields (status,
 * fixVersions, duedate) and dropping histories with no such item or an unreadable timestamp.
 */
export function toChangeHistories(raw: readonly RawChangelog[]): ChangeHistory[] {
  const out: ChangeHistory[] = [];
  raw.forEach((h, index) => {
    const created = h.created;
    if (!readableTimestamp(created)) return;
    const items: ChangeItem[] = [];
    for (const item of h.items ?? []) {
      const field = historyField(item);
      if (field) items.push({ field, from: text(item.from), to: text(item.to) });
    }
    if (items.length) out.push({ id: text(h.id) ?? `#${index}`, created, items });
  });
  return out;
}

/** The status list plus what the issues themselves say about their current status. */
export function withIssueStatuses(
  list: ReadonlyMap<string, StatusCategory>,
  issues: ReadonlyArray<{ statusId?: string | null; statusCategory: StatusCategory }>,
): StatusCategories {
  const out = new Map(list);
  for (const i of issues) if (i.statusId && !out.has(i.statusId)) out.set(i.statusId, i.statusCategory);
  return out;
}
