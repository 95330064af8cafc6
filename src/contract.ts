/**
 * The one meeting point of the backend (src/) and the Custom UI apps (static/): the envelope every
 * resolver answers with, its error codes, and (re-exported) one `contract/<module>.ts` per UI
 * module with its resolver keys, payloads and responses. Those are derived from the domain's types
 * (src/domain), so a number's type and its SPEC quote live in one place.
 */

/** The closed set of error codes every resolver may answer with. */
export const ERROR_CODES = [
  'BAD_INPUT',
  'NOT_FOUND',
  'FORBIDDEN',
  /** Someone else changed what this request edits since it was read (a newer revision): reload, then redo. */
  'CONFLICT',
  'RATE_LIMITED',
  /** Jira or Confluence could not be reached, or kept failing until the deadline (`reason` says which). */
  'UNAVAILABLE',
  'UNEXPECTED',
] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];

/**
 * A machine-readable refinement of the code, for the UI to branch on (it never parses `message`):
 * `JIRA` / `CONFLUENCE` — which product was unavailable or rate limiting; `UNKNOWN_PROJECT` — a
 * query names projects Jira says do not exist, which is also what it says of a project the viewer
 * may not browse (`subjects`: their keys); `STALE_REVISION` — a save over a newer revision.
 */
export const ERROR_REASONS = ['JIRA', 'CONFLUENCE', 'UNKNOWN_PROJECT', 'STALE_REVISION'] as const;
export type ErrorReason = (typeof ERROR_REASONS)[number];

export interface ErrorBody {
  code: ErrorCode;
  /** A sentence for people, shown as is. */
  message: string;
  reason?: ErrorReason;
  /** What the reason names, e.g. the project keys of `UNKNOWN_PROJECT`, in the order given. */
  subjects?: string[];
}

/** Every resolver answers with this envelope; the UI shows `error.message` and branches on `code` and `reason`. */
export type Envelope<T> = { ok: true; data: T } | { ok: false; error: ErrorBody };

export type { IsoDate, IssueKey, Percent, StatusCategory, Weight, WorkSums } from './domain/types';

export * from './contract/issue-panel';
export * from './contract/readiness';
export * from './contract/settings';
export * from './contract/roadmap';
export * from './contract/competency';
export * from './contract/pickers';
export * from './contract/history';
