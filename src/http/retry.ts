/**
 * How long to wait before trying a request again, for every product's client: the server's
 * `Retry-After` when it gave one, else full-jitter exponential backoff; a little jitter on top of
 * `Retry-After` too, so parallel reads told the same wait do not come back in lockstep and meet
 * the limit again together.
 */

export interface Backoff {
  /** The first retry waits up to this, doubled each time (full jitter: uniform below the ceiling). */
  baseDelayMs: number;
  /** The ceiling never grows past this. */
  maxDelayMs: number;
}

/** Full-jitter exponential backoff before retry number `retry` (1-based). */
export function backoffDelay(retry: number, policy: Backoff, random: () => number): number {
  const ceiling = Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** (retry - 1));
  return Math.floor(random() * ceiling);
}

/** `Retry-After` in ms: delta-seconds or an HTTP date; null when absent or unreadable. */
export function parseRetryAfter(value: string | null, now: number): number | null {
  if (value === null || value.trim() === '') return null;
  const trimmed = value.trim();
  if (/^\d+(\.\d+)?$/.test(trimmed)) return Math.round(Number(trimmed) * 1000);
  const at = Date.parse(trimmed);
  return Number.isNaN(at) ? null : Math.max(0, at - now);
}

/** Up to this share more than `Retry-After`. */
const RETRY_AFTER_JITTER = 0.2;

/**
 * The wait before retry number `retry`: `{ delay }`, which the caller compares with its deadline
 * (a server asking for longer than the time left is not worth waiting for), and `sleep`, the delay
 * with its jitter, to actually wait.
 */
export function retryWait(retry: number, retryAfterMs: number | null, policy: Backoff, random: () => number): { delay: number; sleep: number } {
  const delay = retryAfterMs ?? backoffDelay(retry, policy, random);
  const jitter = retryAfterMs !== null ? Math.round(retryAfterMs * RETRY_AFTER_JITTER * random()) : 0;
  return { delay, sleep: delay + jitter };
}

/** A retry sent with less time than this left would only time out: give up with the real reason instead. */
export const MIN_ATTEMPT_MS = 1_000;

/**
 * True when a retry after `sleep` ms still leaves an attempt its time (`MIN_ATTEMPT_MS`, or the
 * whole attempt timeout when that is shorter) before `deadline`.
 */
export function worthRetrying(now: number, sleep: number, deadline: number, attemptTimeoutMs: number): boolean {
  return now + sleep + Math.min(MIN_ATTEMPT_MS, attemptTimeoutMs) <= deadline;
}
