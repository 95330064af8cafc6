/**
 * `callJira<T>()`: the one place that sends a request, checks the status, parses
 * JSON, checks the answer's shape, maps Jira's errors to our error classes and retries what is
 * worth retrying. Private to src/jira: the client's endpoint functions are its only callers.
 *
 * Worth retrying: 429, 5xx, a network error, an attempt that got no complete answer within its
 * own timeout (hung connection, stalled body) and a 200 whose body is not JSON (cut off). Each is
 * retried within the call's deadline. A 200 in the wrong shape is not retried (Jira answers the
 * same again) and is UNAVAILABLE (reason JIRA).
 */
import { parseRetryAfter, retryWait, worthRetrying } from '../http/retry';
import { AppError, BadInputError, ForbiddenError, JiraRateLimitedError, JiraUnavailableError, NotFoundError } from '../errors';
import { duration, exchangeWithin, type ExchangeResult } from '../http/exchange';
import { BODY_PATH, describeProblem, type Shape } from '../http/shape';
import { jqlRefusal } from './jql-errors';
import type { Transport, HttpRequest } from './transport';

export interface RetryPolicy {
  /** Budget for one call including its retries, in ms (default 25 s: a Forge resolver's time). */
  deadlineMs: number;
  /** Optional absolute cut-off (epoch ms) shared by every call of a client, e.g. resolver start + 25 s. */
  deadlineAt?: number;
  /** Attempts per call, the first included (default 6). */
  maxAttempts: number;
  /**
   * Time one attempt may take, answer body included (default 8 s): a hung request is abandoned
   * and retried like a 5xx instead of eating the whole deadline.
   */
  attemptTimeoutMs: number;
  /** Backoff before retry n is uniform in [0, min(maxDelayMs, baseDelayMs × 2^(n−1))) ("full jitter"). */
  baseDelayMs: number;
  maxDelayMs: number;
}

export const DEFAULT_RETRY_POLICY: RetryPolicy = {
  deadlineMs: 25_000,
  maxAttempts: 6,
  attemptTimeoutMs: 8_000,
  baseDelayMs: 500,
  maxDelayMs: 8_000,
};

export interface CallContext {
  transport: Transport;
  policy: RetryPolicy;
  /** Epoch ms. */
  clock: () => number;
  sleep: (ms: number) => Promise<void>;
  /** Uniform in [0, 1). */
  random: () => number;
}

/** Jira's ErrorCollection as text: `errorMessages` then the values of `errors`. Plain-text bodies pass through. */
export function jiraMessages(body: string): string[] {
  let parsed: unknown;
  try {
    parsed = JSON.parse(body);
  } catch {
    const text = body.trim();
    // Short plain text (Jira's 401 body) is a message; an HTML error page is not.
    return text && text.length <= 300 && !text.startsWith('<') ? [text] : [];
  }
  if (!parsed || typeof parsed !== 'object') return [];
  const { errorMessages, errors, message } = parsed as {
    errorMessages?: unknown;
    errors?: unknown;
    message?: unknown;
  };
  const out: string[] = [];
  if (Array.isArray(errorMessages)) out.push(...errorMessages.filter((m): m is string => typeof m === 'string' && m.trim() !== ''));
  if (errors && typeof errors === 'object') {
    out.push(...Object.values(errors).filter((m): m is string => typeof m === 'string' && m.trim() !== ''));
  }
  if (out.length === 0 && typeof message === 'string' && message.trim()) out.push(message);
  return out.map((m) => m.trim());
}

/** One failed attempt worth retrying. */
type Failure =
  | { kind: 'status'; status: number; retryAfterMs: number | null }
  /** The request failed on the way (refused, reset, DNS). */
  | { kind: 'network'; detail: string }
  /** Jira was reached but gave no complete answer in time, or a body cut off. */
  | { kind: 'answer'; detail: string };

/** Sends `req` and answers its JSON body, checked against `shape` (what the caller reads). */
export async function callJira<T>(ctx: CallContext, req: HttpRequest, shape: Shape<T>): Promise<T> {
  const { policy, clock } = ctx;
  const started = clock();
  const deadline = Math.min(started + policy.deadlineMs, policy.deadlineAt ?? Infinity);
  let attempts = 0;
  for (;;) {
    attempts++;
    const timeoutMs = Math.max(1, Math.min(policy.attemptTimeoutMs, deadline - clock()));
    const outcome = await attempt(ctx, req, timeoutMs);
    if (outcome.ok) return checked(outcome.value, shape, describeRequest(req));
    const failure = outcome.failure;

    const now = clock();
    const retryAfter = failure.kind === 'status' ? failure.retryAfterMs : null;
    const { delay, sleep } = retryWait(attempts, retryAfter, policy, ctx.random);
    const worth = worthRetrying(now, sleep, deadline, policy.attemptTimeoutMs);
    if (attempts >= policy.maxAttempts || !worth) {
      throw giveUp(failure, {
        attempts,
        elapsedMs: now - started,
        what: describeRequest(req),
        waitRefusedMs: retryAfter !== null && !worth ? delay : null,
      });
    }
    await ctx.sleep(sleep);
  }
}

type Outcome = { ok: true; value: unknown } | { ok: false; failure: Failure };

/** One try within `timeoutMs`: a value, a failure worth retrying, or a thrown final error (4xx, consent). */
async function attempt(ctx: CallContext, req: HttpRequest, timeoutMs: number): Promise<Outcome> {
  let done: ExchangeResult;
  try {
    done = await exchangeWithin(ctx.transport, req, timeoutMs);
  } catch (err) {
    if (err instanceof AppError || isMarkedFinal(err)) throw err;
    return { ok: false, failure: { kind: 'network', detail: describeNetworkError(err) } };
  }
  if (done.kind === 'timeout') {
    return { ok: false, failure: { kind: 'answer', detail: `no complete answer within ${duration(timeoutMs)}` } };
  }
  const { res, text } = done;
  if (res.status >= 200 && res.status < 300) {
    if (text.trim() === '') return { ok: true, value: undefined };
    try {
      return { ok: true, value: JSON.parse(text) as unknown };
    } catch {
      // A 200 that is not JSON was cut off on the way (or came from something that is not Jira).
      return { ok: false, failure: { kind: 'answer', detail: 'the answer was cut off (not valid JSON)' } };
    }
  }
  if (res.status === 429 || res.status >= 500) {
    return {
      ok: false,
      failure: {
        kind: 'status',
        status: res.status,
        retryAfterMs: parseRetryAfter(res.headers.get('Retry-After'), ctx.clock()),
      },
    };
  }
  throw toHttpError(res.status, text, describeRequest(req));
}

function describeRequest(req: HttpRequest): string {
  return `${req.method} ${req.path}`;
}

/** The body if it has the shape the caller reads; otherwise UNAVAILABLE (reason JIRA) naming the bad field. */
function checked<T>(value: unknown, shape: Shape<T>, request: string): T {
  const problem = shape.problem(value, BODY_PATH);
  if (problem === null) return value as T;
  throw new JiraUnavailableError(`Jira answered in an unexpected shape: ${describeProblem(problem)} (${request}).`, {
    request,
    problem,
  });
}

/** undici's "fetch failed" hides the useful part (ECONNREFUSED, ENOTFOUND…) in `cause`. */
function describeNetworkError(err: unknown): string {
  if (!(err instanceof Error)) return String(err);
  const cause = (err as { cause?: unknown }).cause;
  const extra = cause instanceof Error ? ((cause as { code?: unknown }).code ?? cause.message) : undefined;
  return typeof extra === 'string' && extra && !err.message.includes(extra) ? `${err.message} (${extra})` : err.message;
}

/** A transport marks errors that retrying cannot fix (e.g. Forge's consent error) with `retryable: false`. */
function isMarkedFinal(err: unknown): boolean {
  return typeof err === 'object' && err !== null && (err as { retryable?: unknown }).retryable === false;
}

/** Maps a final (non-retryable) HTTP status to one of our error classes, keeping Jira's words. */
export function toHttpError(status: number, body: string, what: string): Error {
  const messages = jiraMessages(body);
  const jira = messages.join(' ');
  const details = { status, request: what, messages };
  switch (status) {
    case 400:
      return new BadInputError(jira || 'Jira rejected the request as invalid.', details, jqlRefusal(messages));
    case 401:
      return new ForbiddenError(
        'Jira did not accept the sign-in (401): you are not signed in, the API token is wrong or expired, or Shipshape has not been granted access to Jira yet.',
        details,
      );
    case 403:
      return new ForbiddenError(`You do not have permission to see this in Jira (403)${jira ? `: ${jira}` : '.'}`, details);
    case 404:
      return new NotFoundError(jira || 'Jira could not find what was asked for, or you do not have permission to see it.', details);
    default:
      // 3xx, 405, 409, 413…: our request or Jira's routing is wrong; nothing the user can fix.
      return new Error(`Jira answered ${what} with ${status}${jira ? `: ${jira}` : ''}.`);
  }
}

function seconds(ms: number): string {
  return `${Math.round(ms / 1000)} s`;
}


function giveUp(
  failure: Failure,
  info: {
    attempts: number;
    elapsedMs: number;
    what: string;
    waitRefusedMs: number | null;
  },
): AppError {
  const tries = `${info.attempts} attempt${info.attempts === 1 ? '' : 's'}`;
  const details = {
    request: info.what,
    attempts: info.attempts,
    elapsedMs: info.elapsedMs,
  };
  if (failure.kind === 'answer') {
    return new JiraUnavailableError(`Jira gave no usable answer for ${seconds(info.elapsedMs)} (${tries}): ${failure.detail}.`, details);
  }
  if (failure.kind === 'network') {
    return new JiraUnavailableError(`Jira could not be reached for ${seconds(info.elapsedMs)} (${tries}): ${failure.detail}`, details);
  }
  if (failure.status === 429) {
    const why =
      info.waitRefusedMs !== null
        ? `Jira is rate-limiting requests and asked us to wait ${seconds(info.waitRefusedMs)}, longer than the time left (${tries}). Try again in a minute.`
        : `Jira kept answering 429 (rate limited) for ${seconds(info.elapsedMs)} (${tries}). Try again in a minute.`;
    return new JiraRateLimitedError(why, { ...details, status: 429 });
  }
  return new JiraUnavailableError(`Jira kept answering ${failure.status} for ${seconds(info.elapsedMs)} (${tries}).`, {
    ...details,
    status: failure.status,
  });
}
