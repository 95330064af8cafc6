/**
 * What the workbench's modules read: the demo Jira site (with the Confluence v2 stand-in beside
 * it) or a real Jira, the directory the host page's pickers list, and the app's resolvers over it.
 */
import path from 'node:path';
import type { Envelope } from '../../../src/contract';
import type { ConfluenceClient } from '../../../src/confluence/client';
import { buildHandlers } from '../../../src/resolvers';
import type { ForgeContext } from '../../../src/resolvers/context';
import { standInConfluenceFor, startConfluenceSite, type ConfluenceSite } from '../../confluence-site';
import { createDataset, DEMO_API_TOKEN, startDemoSite, todayUtc, type DemoSite } from '../../demo-site';
import { createWorkbenchDeps } from '../deps';
import { demoDirectory, jiraDirectory, type JiraCredentials, type SiteDirectory } from './site-directory';

export type ResolverHandlers = Record<string, (req: { payload: unknown; context: ForgeContext }) => Promise<Envelope<unknown>>>;

/** How the resolvers are built for a Jira connection (the lead's buildHandlers + createWorkbenchDeps). */
export type BackendFactory = (opts: {
  jira: JiraCredentials | ((accountId: string) => JiraCredentials);
  storeDir: string;
  today?: () => string;
  /** Confluence as the viewing user (the stand-in next to the demo site); absent: publishing says so. */
  confluenceFor?: (ctx: ForgeContext) => ConfluenceClient;
}) => ResolverHandlers;

/** The app's own resolvers over the workbench deps: the same code Forge runs. */
export const appBackend: BackendFactory = (opts) => buildHandlers(createWorkbenchDeps(opts));

export interface BackendOptions {
  /** A real Jira instead of the demo site. */
  jira?: JiraCredentials;
  /** Demo site: as-of date (default today, UTC) and seed (default the dataset's). */
  today?: string;
  seed?: number;
  latencyMs?: number;
  /** Demo site only: also start the Confluence v2 stand-in (spaces for the picker, publishing). Default true. */
  confluence?: boolean;
  backend: BackendFactory;
  /** The app's store lives in `<stateDir>/store`. */
  stateDir: string;
}

export interface Backend {
  directory: SiteDirectory;
  handlers: ResolverHandlers;
  demoSite?: DemoSite;
  confluenceSite?: ConfluenceSite;
}

export async function startBackend(opts: BackendOptions): Promise<Backend> {
  const storeDir = path.join(opts.stateDir, 'store');
  if (opts.jira) {
    return { directory: jiraDirectory(opts.jira), handlers: opts.backend({ jira: opts.jira, storeDir }) };
  }
  const dataset = createDataset({ today: opts.today ?? todayUtc(), ...(opts.seed !== undefined ? { seed: opts.seed } : {}) });
  const demoSite = await startDemoSite({ dataset, latencyMs: opts.latencyMs ?? 0 });
  // Confluence next to the demo Jira (same users, same API token): the picker's spaces are its
  // spaces, and the competency pages publish to it as the viewing user.
  let confluenceSite: ConfluenceSite | undefined;
  if (opts.confluence !== false) {
    try {
      confluenceSite = await startConfluenceSite({ port: 0 });
    } catch (e) {
      await demoSite.close();
      throw e;
    }
  }
  const wiki = confluenceSite;
  const directory = demoDirectory(dataset, demoSite.url, wiki ? wiki.spaces().map((s) => ({ id: s.id, key: s.key, name: s.name })) : undefined);
  const emailOf = new Map(dataset.users.map((u) => [u.accountId, u.email]));
  const handlers = opts.backend({
    jira: (accountId) => ({ baseUrl: demoSite.url, email: emailOf.get(accountId) ?? 'nobody@shipshape.example', apiToken: DEMO_API_TOKEN }),
    storeDir,
    today: () => dataset.today,
    ...(wiki ? { confluenceFor: standInConfluenceFor(wiki.url) } : {}),
  });
  return { directory, handlers, demoSite, confluenceSite };
}
