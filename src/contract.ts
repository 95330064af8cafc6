/**
 * The one meeting point of the backend (src/) and the Custom UI apps (static/): resolver keys,
 * payloads, responses and error codes. Imports nothing but types from src/domain.
 */
import type { IsoDate, IssueKey, Percent, StatusCategory, Weight } from './domain/types';

/** The closed set of error codes every resolver may answer with (DESIGN habit 6). */
export const ERROR_CODES = [
  'BAD_INPUT',
  'NOT_FOUND',
  'FORBIDDEN',
  'RATE_LIMITED',
  'JIRA_UNAVAILABLE',
  'UNEXPECTED',
] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];

export interface ErrorBody {
  code: ErrorCode;
  message: string;
}

/** Every resolver answers with this envelope; the UI shows `error.message`. */
export type Envelope<T> = { ok: true; data: T } | { ok: false; error: ErrorBody };

/** Resolver function keys, as registered with `@forge/resolver` and called by `invoke`. */
export const RESOLVER_KEYS = {
  issueProgress: 'issue-progress',
} as const;
export type ResolverKey = (typeof RESOLVER_KEYS)[keyof typeof RESOLVER_KEYS];

/** Work sums by status category (SPEC §2). */
export interface WorkSums {
  total: number;
  done: number;
  inProgress: number;
  todo: number;
}

// ---------------------------------------------------------------------------------------------
// issue-progress: the Jira issue panel (foundation slice)

export interface IssueProgressPayload {
  /** Issue key or id; the panel sends the one from its Forge context. */
  issueKey: string;
  /** SPEC §2 weighting; the foundation panel uses `count`. */
  weight?: Weight;
  /** As-of date; defaults to today (UTC). */
  asOf?: IsoDate;
}

export interface IssueSummary {
  key: IssueKey;
  summary: string;
  issueType: string;
  hierarchyLevel: number;
  statusName: string;
  statusCategory: StatusCategory;
}

export interface ChildProgress extends IssueSummary {
  /** Units beneath this child (itself when it has none), summed by status category. */
  work: WorkSums;
  percentDone: Percent;
}

export interface IssueProgress {
  asOf: IsoDate;
  weight: Weight;
  issue: IssueSummary;
  /** Units beneath the issue (SPEC §2, all levels down). */
  work: WorkSums;
  percentDone: Percent;
  /** Number of level-0 units counted. */
  units: number;
  unestimated: number;
  /** False when the issue has no level-0 descendant (it is its own unit): the panel explains what it shows instead. */
  hasChildren: boolean;
  /** Direct children, in rank order as Jira returned them. */
  children: ChildProgress[];
  /** Base URL for links to Jira issues (`…/browse/KEY`). */
  siteUrl: string;
}
