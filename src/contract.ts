/**
 * The one meeting point of the backend (src/) and the Custom UI apps (static/): resolver keys,
 * payloads, responses and error codes. Imports nothing but types from src/domain.
 */
import type { AncestorProgress, IssueProgressResult } from './domain/progress';
import type { IsoDate, Weight } from './domain/types';

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

export type { IssueSummary, ChildProgress, AncestorProgress } from './domain/progress';
export type { Forecast, ForecastState } from './domain/forecast';

/**
 * The panel's answer: the domain's roll-up of the issue (SPEC §2 units, all levels down; direct
 * children each with their own roll-up; `hasChildren` false when the issue is its own unit; the
 * 28-day `forecast` with its `method` sentence), plus the site's base URL for links
 * (`…/browse/KEY`) and, when the issue has no work beneath it, its `parentChain`.
 */
export type IssueProgress = IssueProgressResult & {
  siteUrl: string;
  /**
   * The issue's ancestors (parent first, then its parent …, at most 5), each with its own roll-up
   * in the same weighting, as its own panel would show it. Empty when `hasChildren` is true (the
   * panel then shows the issue's own children), when the issue has no parent, or when the viewer
   * cannot see the parent.
   */
  parentChain: AncestorProgress[];
};

export * from './contract/readiness';
export * from './contract/roadmap';
export * from './contract/competency';
export * from './contract/pickers';
export * from './contract/history';
