/**
 * `callConfluence`: the one function that talks to the transport. It owns headers, status checks,
 * error mapping and retries; the endpoint functions in client.ts sit on it.
 *
 * Retries: 429 for every method (the request was not processed), honouring `Retry-After`; 5xx and
 * network failures only for GET and PUT (a PUT carries its version number, so a repeat cannot
 * apply twice), never for POST (a repeated create could make a second page). Everything stops at
 * `maxAttempts` or when the time budget is spent.
 */
import {
  ConfluenceBadRequestError,
  ConfluenceConflictError,
  ConfluenceForbiddenError,
  ConfluenceNotFoundError,
  ConfluenceRateLimitedError,
  ConfluenceUnavailableError,
  type ConfluenceErrorDetails,
} from './errors';
import type { ConfluenceRequest, ConfluenceResponse, ConfluenceTransport } from './transport';

export interface CallOptions {
  /** Waits between attempts; tests pass a fake. */
  sleep?: (ms: number) => Promise<void>;
  /** Milliseconds clock for the budget; tests pass a fake. */
  nowMs?: () => number;
  /** Attempts in all, first included (default 4). */
  maxAttempts?: number;
  /** Time budget for one call, retries included, in ms (default 20 s: Forge functions get 25 s). */
  budgetMs?: number;
  /** First backoff for 5xx, doubled each time (default 500 ms). */
  baseDelayMs?: number;
}

export interface CallResult<T> {
  status: number;
  data: T;
  headers: ConfluenceResponse['headers'];
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

function retryAfterMs(res: ConfluenceResponse): number | undefined {
  const raw = res.headers.get('retry-after');
  if (raw === null) return undefined;
  const seconds = Number(raw);
  if (Number.isFinite(seconds) && seconds >= 0) return seconds * 1000;
  const at = Date.parse(raw);
  return Number.isNaN(at) ? undefined : Math.max(0, at - Date.now());
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
export function errorFor(status: number, messages: string[], req: ConfluenceRequest): Error {
  const info: ConfluenceErrorDetails = { status, messages, method: req.method, path: req.path };
  if (status === 400) return new ConfluenceBadRequestError(`Confluence refused the request.${said(messages)}`, info);
  if (status === 401) {
    return new ConfluenceForbiddenError(
      `Confluence did not accept the credentials (401): sign in again, or allow Shipshape to access Confluence.${said(messages)}`,
      info,
    );
  }
  if (status === 403) {
    return new ConfluenceForbiddenError(`You do not have permission to do this in Confluence (403).${said(messages)}`, info);
  }
  if (status === 404) {
    return new ConfluenceNotFoundError(`Confluence found no such space or page, or you cannot see it (404).${said(messages)}`, info);
  }
  if (status === 409) {
    return new ConfluenceConflictError(`Someone else changed the page at the same time (409); try again.${said(messages)}`, info);
  }
  if (status === 413) return new ConfluenceBadRequestError(`The page is too large for Confluence (413).${said(messages)}`, info);
  if (status === 429) return new ConfluenceRateLimitedError(`Confluence is rate limiting requests (429); try again in a minute.${said(messages)}`, info);
  if (status >= 500) return new ConfluenceUnavailableError(`Confluence is unavailable (${status}) after retrying.${said(messages)}`, info);
  return new ConfluenceBadRequestError(`Confluence answered ${status}.${said(messages)}`, info);
}

/** Calls Confluence; answers the parsed JSON body of a 2xx (undefined for an empty body), or throws. */
export async function callConfluence<T>(transport: ConfluenceTransport, req: ConfluenceRequest, opts: CallOptions = {}): Promise<CallResult<T>> {
  const sleep = opts.sleep ?? defaultSleep;
  const nowMs = opts.nowMs ?? Date.now;
  const maxAttempts = Math.max(1, opts.maxAttempts ?? 4);
  const budgetMs = opts.budgetMs ?? 20_000;
  const baseDelay = opts.baseDelayMs ?? 500;
  const deadline = nowMs() + budgetMs;
  const retriesServerErrors = req.method === 'GET' || req.method === 'PUT';

  for (let attempt = 1; ; attempt++) {
    const left = deadline - nowMs();
    let res: ConfluenceResponse;
    try {
      res = await transport({ ...req, timeoutMs: Math.max(1, left) });
    } catch (err) {
      // Forge's consent error (and anything a transport marks final) must reach Forge untouched:
      // it becomes the "Allow access" prompt, and retrying cannot grant consent.
      if (isMarkedFinal(err)) throw err;
      const reason = (err as Error)?.message ?? String(err);
      const wait = baseDelay * 2 ** (attempt - 1);
      if (retriesServerErrors && attempt < maxAttempts && nowMs() + wait < deadline) {
        await sleep(wait);
        continue;
      }
      throw new ConfluenceUnavailableError(`Confluence could not be reached: ${reason}`, {
        status: 0,
        messages: [reason],
        method: req.method,
        path: req.path,
      });
    }
    const text = await res.text();
    if (res.status >= 200 && res.status < 300) {
      let data: unknown = undefined;
      if (text.trim() !== '') {
        try {
          data = JSON.parse(text);
        } catch {
          throw new ConfluenceUnavailableError(`Confluence answered ${res.status} with a body that is not JSON.`, {
            status: res.status,
            messages: [text.slice(0, 200)],
            method: req.method,
            path: req.path,
          });
        }
      }
      return { status: res.status, data: data as T, headers: res.headers };
    }
    const retryable = res.status === 429 || (res.status >= 500 && retriesServerErrors);
    if (retryable && attempt < maxAttempts) {
      const wait = res.status === 429 ? Math.min(retryAfterMs(res) ?? baseDelay * 2 ** (attempt - 1), 10_000) : baseDelay * 2 ** (attempt - 1);
      if (nowMs() + wait < deadline) {
        await sleep(wait);
        continue;
      }
    }
    throw errorFor(res.status, errorMessages(text), req);
  }
}
