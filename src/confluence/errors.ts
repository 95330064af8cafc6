/**
 * Confluence failures as the app's stable error codes. `callConfluence` maps every HTTP status to
 * one code in one place; services and resolvers never look at statuses. 429 and 5xx carry the
 * reason `CONFLUENCE`, so the UI says which product failed; 409 (a stale page version) is CONFLICT.
 */
import type { ErrorCode } from '../contract';
import { AppError, type ErrorMeaning } from '../errors';

export interface ConfluenceErrorDetails {
  /** Confluence's status; 200 for an answer in an unexpected shape, 0 when there was no answer. */
  status: number;
  /** What Confluence said (`errors[].title`/`detail`, or `message`), for logs and messages. */
  messages: string[];
  method: string;
  path: string;
}

/**
 * What a Confluence failure can mean: 400/413 refused (e.g. a page with this title already
 * exists), 401/403 not signed in, a missing scope or no permission in the space, 404 no such space
 * or page or not visible (Confluence says 404 for both), 409 a stale version number, 429 and 5xx
 * (or no answer) after the retries allowed.
 */
export type ConfluenceErrorCode = Extract<ErrorCode, 'BAD_INPUT' | 'FORBIDDEN' | 'NOT_FOUND' | 'CONFLICT' | 'RATE_LIMITED' | 'UNAVAILABLE'>;

const MEANING: Partial<Record<ConfluenceErrorCode, ErrorMeaning>> = {
  CONFLICT: { reason: 'STALE_REVISION' },
  RATE_LIMITED: { reason: 'CONFLUENCE' },
  UNAVAILABLE: { reason: 'CONFLUENCE' },
};

/** A failed Confluence call: the app's code for it, and what Confluence answered. */
export class ConfluenceError extends AppError {
  declare readonly code: ConfluenceErrorCode;

  constructor(code: ConfluenceErrorCode, message: string, readonly info: ConfluenceErrorDetails) {
    super(code, message, info, MEANING[code] ?? {});
  }
}

/** Is this a Confluence failure with that code (e.g. NOT_FOUND: no such page for this user)? */
export function isConfluenceError(err: unknown, code: ConfluenceErrorCode): err is ConfluenceError {
  return err instanceof ConfluenceError && err.code === code;
}

/** Does this refusal say "a page with this title already exists" (Confluence answers 400)? */
export function isDuplicateTitle(err: unknown): boolean {
  return (
    (isConfluenceError(err, 'BAD_INPUT') || isConfluenceError(err, 'CONFLICT')) &&
    err.info.messages.some((m) => /already exists/i.test(m) && /title/i.test(m))
  );
}
