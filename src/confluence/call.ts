/**
 * `callConfluence`: the one function that talks to the transport. It owns headers, status checks,
 * error mapping and retries; the endpoint functions in client.ts sit on it.
 *
 * Retries: 429 for every method (the request was not processed), honouring `Retry-After`, with the
 * waits of src/http/retry.ts (full-jitter backoff, a little jitter on `Retry-After`); 5xx and
 * network failures only for GET and PUT (a PUT carries its version number, so a repeat cannot
 * apply twice), never for POST (a repeated create could make a second page). An attempt that gets
 * no complete answer within its own timeout, or a 2xx body cut off (not JSON), is retried like a
 * 5xx. Everything stops at `maxAttempts` or when the time budget is spent. A 2xx answer is checked
 * against the shape its caller reads (./schemas); a mismatch is unavailable, not retried.
 */
import { ConfluenceError, type ConfluenceErrorDetails } from './errors';
import { duration, exchangeWithin, type ExchangeResult } from '../http/exchange';
import { parseRetryAfter, retryWait, worthRetrying } from '../http/retry';

type Answer = Extract<ExchangeResult, { kind: 'answer' }>;
import { BODY_PATH, describeProblem, type Shape } from '../http/shape';
import type { HttpRequest, HttpResponse, ConfluenceTransport } from './transport';

export interface CallOptions {
  /** Waits between attempts; tests pass a fake. */
  sleep?: (ms: number) => Promise<void>;
  /** Milliseconds clock for the budget; tests pass a fake. */
  nowMs?: () => number;
  /** Attempts in all, first included (default 4). */
  maxAttempts?: number;
  /** Time budget for one call, retries included, in ms (default 20 s: Forge functions get 25 s). */
  budgetMs?: number;
  /** Absolute cut-off (epoch ms) for every call of a client, e.g. the resolver's start + 23 s. */
  deadlineAt?: number;
  /** Backoff ceiling of the first retry, doubled each time up to 8 s (default 500 ms; full jitter below it). */
  baseDelayMs?: number;
  /** Uniform in [0, 1), for the backoff's jitter; tests pass a fixed one. */
  random?: () => number;
  /** Time one attempt may take, body included, before it is abandoned (default 8 s). */
  attemptTimeoutMs?: number;
}

export interface CallResult<T> {
  status: number;
  data: T;
  headers: HttpResponse['headers'];
}

const defaultSleep = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));

/** The messages in a Confluence error body: v2 `{ errors: [{ title, detail }] }`, `{ message }`, or text. */
export function errorMessages(text: string): string[] {
  const trimmed = text.trim();
  if (trimmed === '') return [];
  try {
    const body = JSON.parse(trimmed) as Record<string, unknown>;
    const out: string[] = [];
    if (Array.isArray(body.errors)) {
      for (const e of body.errors as Array<Record<string, unknown>>) {
        const parts = [e?.title, e?.detail].filter((x): x is string => typeof x === 'string' && x.trim() !== '');
        if (parts.length) out.push(parts.join(': '));
      }
    }
    if (typeof body.message === 'string' && body.message.trim() !== '') out.push(body.message);
    if (Array.isArray(body.errorMessages)) out.push(...(body.errorMessages as unknown[]).filter((m): m is string => typeof m === 'string'));
    return out.length ? out : [trimmed.slice(0, 300)];
  } catch {
    return [trimmed.slice(0, 300)];
  }
}

function said(messages: string[]): string {
  return messages.length ? ` Confluence said: ${messages.join('; ')}` : '';
}

/** A transport marks errors that retrying cannot fix with `retryable: false` (as for Jira). */
function isMarkedFinal(err: unknown): boolean {
  if (err instanceof Error && err.name === 'NEEDS_AUTHENTICATION_ERR') return true;
  return typeof err === 'object' && err !== null && (err as { retryable?: unknown }).retryable === false;
}

/** Maps a final (not retried) failure status to the app's error class. */
export function errorFor(status: number, messages: string[], req: HttpRequest): Error {
  const info: ConfluenceErrorDetails = { status, messages, method: req.method, path: req.path };
  if (status === 400) return new ConfluenceError('BAD_INPUT', `Confluence refused the request.${said(messages)}`, info);
  if (status === 401) {
    return new ConfluenceError('FORBIDDEN', 
      `Confluence did not accept the credentials (401): sign in again, or allow Shipshape to access Confluence.${said(messages)}`,
      info,
    );
  }
  if (status === 403) {
    return new ConfluenceError('FORBIDDEN', `You do not have permission to do this in Confluence (403).${said(messages)}`, info);
  }
  if (status === 404) {
    return new ConfluenceError('NOT_FOUND', `Confluence found no such space or page, or you cannot see it (404).${said(messages)}`, info);
  }
  if (status === 409) {
    return new ConfluenceError('CONFLICT', `Someone else changed the page at the same time (409); try again.${said(messages)}`, info);
  }
  if (status === 413) return new ConfluenceError('BAD_INPUT', `The page is too large for Confluence (413).${said(messages)}`, info);
  if (status === 429) return new ConfluenceError('RATE_LIMITED', `Confluence is rate limiting requests (429); try again in a minute.${said(messages)}`, info);
  if (status >= 500) return new ConfluenceError('UNAVAILABLE', `Confluence is unavailable (${status}) after retrying.${said(messages)}`, info);
  return new ConfluenceError('BAD_INPUT', `Confluence answered ${status}.${said(messages)}`, info);
}

/** Why an attempt got no usable answer: worth retrying where the method allows it. */
type Miss = { reason: string; status: number };

/**
 * Calls Confluence; answers the parsed JSON body of a 2xx checked against `shape` (undefined for
 * an empty body when the shape allows it), or throws.
 */
export async function callConfluence<T>(
  transport: ConfluenceTransport,
  req: HttpRequest,
  shape: Shape<T>,
  opts: CallOptions = {},
): Promise<CallResult<T>> {
  const sleep = opts.sleep ?? defaultSleep;
  const nowMs = opts.nowMs ?? Date.now;
  const maxAttempts = Math.max(1, opts.maxAttempts ?? 4);
  const budgetMs = opts.budgetMs ?? 20_000;
  const backoff = { baseDelayMs: opts.baseDelayMs ?? 500, maxDelayMs: 8_000 };
  const random = opts.random ?? Math.random;
  const attemptTimeoutMs = opts.attemptTimeoutMs ?? 8_000;
  const deadline = Math.min(nowMs() + budgetMs, opts.deadlineAt ?? Infinity);
  const retriesServerErrors = req.method === 'GET' || req.method === 'PUT';

  for (let attempt = 1; ; attempt++) {
    const timeoutMs = Math.max(1, Math.min(attemptTimeoutMs, deadline - nowMs()));
    let miss: Miss | null = null;
    let answer: Answer | null = null;
    try {
      const result = await exchangeWithin(transport, req, timeoutMs);
      if (result.kind === 'timeout') miss = { reason: `gave no complete answer within ${duration(timeoutMs)}`, status: 0 };
      else answer = result;
    } catch (err) {
      // Forge's consent error (and anything a transport marks final) must reach Forge untouched:
      // it becomes the "Allow access" prompt, and retrying cannot grant consent.
      if (isMarkedFinal(err)) throw err;
      miss = { reason: `could not be reached: ${(err as Error)?.message ?? String(err)}`, status: 0 };
    }
    if (answer && answer.res.status >= 200 && answer.res.status < 300) {
      const parsed = parseJson(answer.text);
      if (parsed.ok) return { status: answer.res.status, data: checked(parsed.value, shape, req), headers: answer.res.headers };
      miss = { reason: `answered ${answer.res.status} with a body cut off (not valid JSON)`, status: answer.res.status };
    }
    if (miss || !answer) {
      const why = miss ?? { reason: 'gave no answer', status: 0 };
      const wait = retryWait(attempt, null, backoff, random);
      if (retriesServerErrors && attempt < maxAttempts && worthRetrying(nowMs(), wait.sleep, deadline, attemptTimeoutMs)) {
        await sleep(wait.sleep);
        continue;
      }
      throw new ConfluenceError('UNAVAILABLE', `Confluence ${why.reason}`, {
        status: why.status,
        messages: [why.reason],
        method: req.method,
        path: req.path,
      });
    }
    const { res, text } = answer;
    const retryable = res.status === 429 || (res.status >= 500 && retriesServerErrors);
    if (retryable && attempt < maxAttempts) {
      const retryAfter = res.status === 429 ? parseRetryAfter(res.headers.get('retry-after'), nowMs()) : null;
      const wait = retryWait(attempt, retryAfter, backoff, random);
      // A wait past the budget is not worth it: the caller hears "rate limited" now, not in 20 s.
      if (worthRetrying(nowMs(), wait.sleep, deadline, attemptTimeoutMs)) {
        await sleep(wait.sleep);
        continue;
      }
    }
    throw errorFor(res.status, errorMessages(text), req);
  }
}

function parseJson(text: string): { ok: true; value: unknown } | { ok: false } {
  if (text.trim() === '') return { ok: true, value: undefined };
  try {
    return { ok: true, value: JSON.parse(text) as unknown };
  } catch {
    return { ok: false };
  }
}

/** The body if it has the shape the caller reads; otherwise unavailable, naming the bad field. */
function checked<T>(value: unknown, shape: Shape<T>, req: HttpRequest): T {
  const problem = shape.problem(value, BODY_PATH);
  if (problem === null) return value as T;
  const message = `Confluence answered in an unexpected shape: ${describeProblem(problem)} (${req.method} ${req.path}).`;
  throw new ConfluenceError('UNAVAILABLE', message, { status: 200, messages: [describeProblem(problem)], method: req.method, path: req.path });
}
