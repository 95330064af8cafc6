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

export type { IsoDate, IssueKey, Percent, StatusCategory, Weight, WorkSums } from './domain/types';

export * from './contract/issue-panel';
export * from './contract/readiness';
export * from './contract/settings';
export * from './contract/roadmap';
export * from './contract/competency';
