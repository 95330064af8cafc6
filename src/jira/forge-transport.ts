/**
 * The Forge transport: Jira REST as the viewing user (SPEC §1: reads are made `asUser`). The only
 * file in src/jira that imports @forge/api, so everything else runs and tests without Forge.
 */
import api, { assumeTrustedRoute } from '@forge/api';
import { toPathAndQuery, type Transport } from './transport';

/** Forge's error when the user has not granted the app access yet; Forge turns it into a consent prompt. */
const NEEDS_AUTHENTICATION = 'NEEDS_AUTHENTICATION_ERR';

export function forgeTransport(): Transport {
  return async (req) => {
    // Why not `route\`…\``: `route` escapes each interpolation itself, so it cannot take a path
    // and a query assembled elsewhere. `toPathAndQuery` gives the same guarantee: every dynamic
    // path segment was encoded by `pathOf` (no `/`, `?`, `#` or `..` can slip in), the whole
    // path is checked against a strict character set, and every query value is percent-encoded.
    const url = assumeTrustedRoute(toPathAndQuery(req.path, req.query));
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
