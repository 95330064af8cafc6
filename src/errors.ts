/**
 * Errors with a stable code. Thrown by adapters and services, mapped to the resolver envelope in
 * exactly one place (`toErrorBody`), and to CLI exit codes in local/cli. A `reason` refines the
 * code for the UI (which product failed, which projects a query named), so no one parses messages.
 */
import type { ErrorBody, ErrorCode, ErrorReason } from './contract';
import { DomainInputError } from './domain/errors';
import { clipMessage } from './domain/input';

/** What a thrower can say beyond the message: the envelope's `reason` and `subjects`. */
export interface ErrorMeaning {
  reason?: ErrorReason;
  subjects?: string[];
}

export class AppError extends Error {
  readonly reason: ErrorReason | undefined;
  readonly subjects: string[] | undefined;

  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly details?: unknown,
    meaning: ErrorMeaning = {},
  ) {
    super(message);
    this.name = new.target.name;
    this.reason = meaning.reason;
    this.subjects = meaning.subjects;
  }
}

/** One subclass per code; `details` is for logs and tests, never sent to the UI. */
function coded(code: ErrorCode) {
  return class extends AppError {
    constructor(message: string, details?: unknown, meaning?: ErrorMeaning) {
      super(code, message, details, meaning);
    }
  };
}

/** The request or payload is wrong: bad JQL, unknown version, wrong types. */
export class BadInputError extends coded('BAD_INPUT') {}

export class NotFoundError extends coded('NOT_FOUND') {}

/** 401/403 from Jira, or an app-level permission rule. */
export class ForbiddenError extends coded('FORBIDDEN') {}

/** A save over a revision newer than the one the caller read (reason `STALE_REVISION`). */
export class ConflictError extends coded('CONFLICT') {
  constructor(message: string, details?: unknown, meaning: ErrorMeaning = { reason: 'STALE_REVISION' }) {
    super(message, details, meaning);
  }
}

/** 429s that outlasted the retries; `reason` names the product. */
export class RateLimitedError extends coded('RATE_LIMITED') {}

/** A product that could not be reached or kept failing until the deadline; `reason` names it. */
export class UnavailableError extends coded('UNAVAILABLE') {}

/** Jira could not be reached or kept failing until the deadline. */
export class JiraUnavailableError extends UnavailableError {
  constructor(message: string, details?: unknown) {
    super(message, details, { reason: 'JIRA' });
  }
}

/** Jira kept rate limiting until the deadline. */
export class JiraRateLimitedError extends RateLimitedError {
  constructor(message: string, details?: unknown) {
    super(message, details, { reason: 'JIRA' });
  }
}

/** Maps anything thrown to the envelope's error body. Unknown errors never leak stack traces. */
export function toErrorBody(err: unknown): ErrorBody {
  if (err instanceof AppError) {
    return {
      code: err.code,
      message: clipMessage(err.message),
      ...(err.reason !== undefined ? { reason: err.reason } : {}),
      ...(err.subjects !== undefined ? { subjects: [...err.subjects] } : {}),
    };
  }
  // The pure domain cannot import AppError; its input errors are bad input all the same.
  if (err instanceof DomainInputError) return { code: 'BAD_INPUT', message: clipMessage(err.message) };
  return { code: 'UNEXPECTED', message: 'Something went wrong on our side. Try again, and tell your admin if it keeps happening.' };
}
