/**
 * Errors with a stable code (DESIGN habit 7). Thrown by adapters and services, mapped to the
 * resolver envelope in exactly one place (`toErrorBody`), and to CLI exit codes in local/cli.
 */
import type { ErrorBody, ErrorCode } from './contract';
import { DomainInputError } from './domain/errors';
import { clipMessage } from './domain/input';

export class AppError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly details?: unknown,
  ) {
    super(message);
    this.name = new.target.name;
  }
}

/** The request or payload is wrong: bad JQL, unknown version, wrong types. */
export class BadInputError extends AppError {
  constructor(message: string, details?: unknown) {
    super('BAD_INPUT', message, details);
  }
}

export class NotFoundError extends AppError {
  constructor(message: string, details?: unknown) {
    super('NOT_FOUND', message, details);
  }
}

/** 401/403 from Jira, or an app-level permission rule. */
export class ForbiddenError extends AppError {
  constructor(message: string, details?: unknown) {
    super('FORBIDDEN', message, details);
  }
}

export class RateLimitedError extends AppError {
  constructor(message: string, details?: unknown) {
    super('RATE_LIMITED', message, details);
  }
}

/** Jira could not be reached or kept failing until the deadline. */
export class JiraUnavailableError extends AppError {
  constructor(message: string, details?: unknown) {
    super('JIRA_UNAVAILABLE', message, details);
  }
}

/** Maps anything thrown to the envelope's error body. Unknown errors never leak stack traces. */
export function toErrorBody(err: unknown): ErrorBody {
  if (err instanceof AppError) return { code: err.code, message: clipMessage(err.message) };
  // The pure domain cannot import AppError; its input errors are bad input all the same.
  if (err instanceof DomainInputError) return { code: 'BAD_INPUT', message: clipMessage(err.message) };
  return { code: 'UNEXPECTED', message: 'Something went wrong on our side. Try again, and tell your admin if it keeps happening.' };
}
