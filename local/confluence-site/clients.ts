/**
 * For the workbench host: `confluenceFor(ctx)` against the stand-in, acting as the demo user whose
 * account id is the call's `context.accountId` (the same users as the demo Jira site). An unknown
 * account gets no credentials, so Confluence answers 401 (FORBIDDEN), as it would.
 */
import { createConfluenceClient, type ConfluenceClient } from '../../src/confluence';
import { fetchConfluenceTransport } from '../node/confluence-fetch-transport';
import type { ForgeContext } from '../../src/resolvers/context';
import { allUsers, DEMO_API_TOKEN } from '../demo-site/model';

export function standInConfluenceFor(siteUrl: string): (ctx: ForgeContext) => ConfluenceClient {
  const users = allUsers();
  return (ctx) => {
    const user = users.find((u) => u.accountId === ctx.accountId);
    return createConfluenceClient(
      fetchConfluenceTransport({ baseUrl: siteUrl, email: user?.email ?? 'unknown@invalid', apiToken: user ? DEMO_API_TOKEN : '' }),
      { wikiBaseUrl: `${siteUrl.replace(/\/+$/, '')}/wiki` },
    );
  };
}
