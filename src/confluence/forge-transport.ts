/**
 * The Forge transport: Confluence REST v2 as the user of the call (`api.asUser()`), so pages are
 * created with the user's own permissions and show them as author. Paths arrive as `route`
 * templates from the client's endpoint functions; the query is added with `route` too.
 */
import api from '@forge/api';
import { routeWithQuery } from '../http/transport';
import { assertSafeConfluencePath, type ConfluenceTransport } from './transport';

export function forgeConfluenceTransport(): ConfluenceTransport {
  return async (req) => {
    const url = routeWithQuery(req, assertSafeConfluencePath);
    try {
      // No AbortSignal: Forge's fetch does not take one. callConfluence races each attempt (body
      // included) against its own timeout, so a hung request cannot eat the budget.
      const res = await api.asUser().requestConfluence(url, {
        method: req.method,
        headers: {
          Accept: 'application/json',
          ...(req.body !== undefined ? { 'Content-Type': 'application/json' } : {}),
        },
        ...(req.body !== undefined ? { body: JSON.stringify(req.body) } : {}),
      });
      return { status: res.status, headers: res.headers, text: () => res.text() };
    } catch (err) {
      // The user has not allowed the app to act in Confluence yet: Forge turns this into a
      // consent prompt, so it must travel up untouched and never be retried.
      if (err instanceof Error && err.name === 'NEEDS_AUTHENTICATION_ERR') Object.assign(err, { retryable: false });
      throw err;
    }
  };
}
