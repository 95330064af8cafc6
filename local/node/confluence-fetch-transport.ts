/**
 * The fetch transport: the workbench (to the Confluence stand-in) and any non-Forge host. Basic
 * auth with an Atlassian API token, like the Jira CLI transport.
 */
import { toPathAndQuery, type ConfluenceTransport } from '../../src/confluence/transport';

export interface FetchTransportOptions {
  /** Site base without `/wiki`, e.g. `https://acme.atlassian.net` or the stand-in's `url`. */
  baseUrl: string;
  email: string;
  apiToken: string;
  /** Defaults to the global fetch (Node 20). */
  fetch?: typeof fetch;
}

export function fetchConfluenceTransport(opts: FetchTransportOptions): ConfluenceTransport {
  const doFetch = opts.fetch ?? fetch;
  const base = opts.baseUrl.replace(/\/+$/, '');
  const auth = `Basic ${Buffer.from(`${opts.email}:${opts.apiToken}`).toString('base64')}`;
  return async (req) => {
    const controller = new AbortController();
    // callConfluence times each attempt itself and aborts `req.signal`; our timer is for other callers.
    const timer = req.timeoutMs && !req.signal ? setTimeout(() => controller.abort(), req.timeoutMs) : undefined;
    req.signal?.addEventListener('abort', () => controller.abort(), { once: true });
    try {
      const res = await doFetch(`${base}${toPathAndQuery(req.path, req.query)}`, {
        method: req.method,
        headers: {
          Accept: 'application/json',
          Authorization: auth,
          ...(req.body !== undefined ? { 'Content-Type': 'application/json' } : {}),
        },
        body: req.body !== undefined ? JSON.stringify(req.body) : undefined,
        signal: controller.signal,
      });
      const text = await res.text();
      return { status: res.status, headers: res.headers, text: async () => text };
    } finally {
      if (timer) clearTimeout(timer);
    }
  };
}
