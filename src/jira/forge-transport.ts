/**
 * The Forge transport: Jira REST as the viewing user (SPEC §1: reads are made `asUser`). Paths
 * arrive as `route` templates written in the client's endpoint functions (where Atlassian's linter
 * reads them); the query is added with `route` too, so no path is ever assumed trusted.
 */
import api from '@forge/api';
import { routeWithQuery } from '../http/transport';
import { assertSafePath, type Transport } from './transport';

/** Forge's error when the user has not granted the app access yet; Forge turns it into a consent prompt. */
const NEEDS_AUTHENTICATION = 'NEEDS_AUTHENTICATION_ERR';

export function forgeTransport(): Transport {
  return async (req) => {
    const url = routeWithQuery(req, assertSafePath);
    const headers: Record<string, string> = { Accept: 'application/json' };
    if (req.body !== undefined) headers['Content-Type'] = 'application/json';
    try {
      // No AbortSignal: Forge's fetch does not take one. callJira races each attempt (body
      // included) against its own timeout and retries it, so a hung request cannot eat the deadline.
      return await api.asUser().requestJira(url, {
        method: req.method,
        headers,
        body: req.body === undefined ? undefined : JSON.stringify(req.body),
      });
    } catch (err) {
      // Retrying cannot grant consent; let the error reach Forge untouched so it can prompt.
      if (err instanceof Error && err.name === NEEDS_AUTHENTICATION) Object.assign(err, { retryable: false });
      throw err;
    }
  };
}
