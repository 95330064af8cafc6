/**
 * The HTTP transport for the CLI and the workbench: Jira Cloud basic auth (email + API token)
 * over the global `fetch`.
 */
import { toPathAndQuery, type Transport } from '../../src/jira/transport';

export interface FetchTransportOptions {
  /** Site root, e.g. `https://acme.atlassian.net` (a trailing `/` is fine). */
  baseUrl: string;
  email: string;
  apiToken: string;
  /** Upper bound for one request, in ms (default 30 s); the caller's remaining budget may cut it shorter. */
  timeoutMs?: number;
  /** Injectable for tests; defaults to the global fetch. */
  fetch?: typeof fetch;
}

export function fetchTransport(opts: FetchTransportOptions): Transport {
  const base = opts.baseUrl.replace(/\/+$/, '');
  const authorization = `Basic ${Buffer.from(`${opts.email}:${opts.apiToken}`, 'utf8').toString('base64')}`;
  const doFetch = opts.fetch ?? fetch;
  const maxTimeout = opts.timeoutMs ?? 30_000;
  return async (req) => {
    const headers: Record<string, string> = {
      Accept: 'application/json',
      Authorization: authorization,
    };
    if (req.body !== undefined) headers['Content-Type'] = 'application/json';
    // callJira times each attempt itself and aborts `req.signal` (its message names the timeout);
    // our own bound is for callers without a signal.
    const timeoutMs = Math.max(1, Math.min(maxTimeout, req.signal ? maxTimeout : (req.timeoutMs ?? maxTimeout)));
    return doFetch(base + toPathAndQuery(req.path, req.query), {
      method: req.method,
      headers,
      body: req.body === undefined ? undefined : JSON.stringify(req.body),
      signal: req.signal ? AbortSignal.any([req.signal, AbortSignal.timeout(timeoutMs)]) : AbortSignal.timeout(timeoutMs),
    });
  };
}
