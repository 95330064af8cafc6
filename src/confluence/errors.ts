/**
 * Confluence failures as the app's stable error classes (DESIGN habit 7). `callConfluence` maps
 * every HTTP status to one of these in one place; services and resolvers never look at statuses.
 *
 * The envelope's closed set has no Confluence-specific code yet, so: 5xx / unreachable answers
 * `JIRA_UNAVAILABLE` ("the Atlassian product is unavailable") and 409 answers `BAD_INPUT` (the UI
 * says "publish again"). See the competency README for the codes we asked to add.
 */
import { AppError, BadInputError, ForbiddenError, NotFoundError, RateLimitedError } from '../errors';

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
export class ConfluenceConflictError extends AppError {
  constructor(message: string, readonly info: ConfluenceErrorDetails) {
    super('BAD_INPUT', message, info);
  }
}

/** 429 after the retries allowed. */
export class ConfluenceRateLimitedError extends RateLimitedError {
  constructor(message: string, readonly info: ConfluenceErrorDetails) {
    super(message, info);
  }
}

/** 5xx or network failure after the retries allowed. */
export class ConfluenceUnavailableError extends AppError {
  constructor(message: string, readonly info: ConfluenceErrorDetails | { status: 0; messages: string[]; method: string; path: string }) {
    super('JIRA_UNAVAILABLE', message, info);
  }
}

/** Does this refusal say "a page with this title already exists" (Confluence answers 400)? */
export function isDuplicateTitle(err: unknown): boolean {
  return (
    (err instanceof ConfluenceBadRequestError || err instanceof ConfluenceConflictError) &&
    err.info.messages.some((m) => /already exists/i.test(m) && /title/i.test(m))
  );
}
