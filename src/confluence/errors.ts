/**
 * Confluence failures as the app's stable error classes. `callConfluence` maps every HTTP status to
 * one of these in one place; services and resolvers never look at statuses. 429 and 5xx carry the
 * reason `CONFLUENCE`, so the UI says which product failed; 409 (a stale page version) is CONFLICT.
 */
import { BadInputError, ConflictError, ForbiddenError, NotFoundError, RateLimitedError, UnavailableError } from '../errors';

export interface ConfluenceErrorDetails {
  status: number;
  /** What Confluence said (`errors[].title`/`detail`, or `message`), for logs and messages. */
  messages: string[];
  method: string;
  path: string;
}

/** 400: Confluence refused the request (e.g. a page with this title already exists). */
export class ConfluenceBadRequestError extends BadInputError {
  constructor(message: string, readonly info: ConfluenceErrorDetails) {
    super(message, info);
  }
}

/** 401/403: not signed in to Confluence, a missing scope, or no permission in the space. */
export class ConfluenceForbiddenError extends ForbiddenError {
  constructor(message: string, readonly info: ConfluenceErrorDetails) {
    super(message, info);
  }
}

/** 404: no such space or page, or the user may not see it (Confluence says 404 for both). */
export class ConfluenceNotFoundError extends NotFoundError {
  constructor(message: string, readonly info: ConfluenceErrorDetails) {
    super(message, info);
  }
}

/** 409: a stale version number (someone else saved the page in between). */
export class ConfluenceConflictError extends ConflictError {
  constructor(message: string, readonly info: ConfluenceErrorDetails) {
    super(message, info);
  }
}

/** 429 after the retries allowed. */
export class ConfluenceRateLimitedError extends RateLimitedError {
  constructor(message: string, readonly info: ConfluenceErrorDetails) {
    super(message, info, { reason: 'CONFLUENCE' });
  }
}

/** 5xx or network failure after the retries allowed. */
export class ConfluenceUnavailableError extends UnavailableError {
  constructor(message: string, readonly info: ConfluenceErrorDetails | { status: 0; messages: string[]; method: string; path: string }) {
    super(message, info, { reason: 'CONFLUENCE' });
  }
}

/** Does this refusal say "a page with this title already exists" (Confluence answers 400)? */
export function isDuplicateTitle(err: unknown): boolean {
  return (
    (err instanceof ConfluenceBadRequestError || err instanceof ConfluenceConflictError) &&
    err.info.messages.some((m) => /already exists/i.test(m) && /title/i.test(m))
  );
}
