/**
 * The workbench's host dependencies: the same resolvers and services as Forge, with a fetch
 * transport (to the demo site, or a real Jira when JIRA_* is set) instead of `asUser()`, and a
 * file-backed store under .shipshape/ instead of KVS.
 */
import type { ConfluenceClient } from '../../src/confluence/client';
import { createJiraClient } from '../../src/jira';
import { fetchTransport } from '../node/jira-fetch-transport';
import type { ForgeContext } from '../../src/resolvers/context';
import type { AppDeps } from '../../src/resolvers/deps';
import { storyPointsSetting } from '../../src/services/settings';
import { FileStore } from '../node/file-store';
import type { KeyValueStore } from '../../src/store/kv-store';

export interface JiraConnection {
  baseUrl: string;
  email: string;
  apiToken: string;
}

export interface WorkbenchDepsOptions {
  /** One connection for everybody (a real site), or one per viewing account (the demo site's users). */
  jira: JiraConnection | ((accountId: string) => JiraConnection);
  /** Folder of the file-backed store; or a ready store (tests). */
  storeDir?: string;
  store?: KeyValueStore;
  /** Pinned "today" for reproducible runs; defaults to the real UTC date. */
  today?: () => string;
  now?: () => string;
  /** Confluence as the viewer (the workbench's Confluence stand-in); absent: publishing says so. */
  confluenceFor?: (ctx: ForgeContext) => ConfluenceClient;
}

export function createWorkbenchDeps(opts: WorkbenchDepsOptions): AppDeps {
  const store = opts.store ?? new FileStore(opts.storeDir ?? '.shipshape/store');
  const connectionFor = (accountId: string): JiraConnection => (typeof opts.jira === 'function' ? opts.jira(accountId) : opts.jira);
  return {
    jiraFor: (ctx) => {
      // Like Forge, every call gets a client for its own viewer: nothing read as one user is
      // served to another.
      const conn = connectionFor(ctx.accountId ?? '');
      return createJiraClient({ transport: fetchTransport(conn), storyPointsFieldOverride: () => storyPointsSetting({ store }) });
    },
    store,
    today: opts.today ?? (() => new Date().toISOString().slice(0, 10)),
    now: opts.now ?? (() => new Date().toISOString()),
    ...(opts.confluenceFor ? { confluenceFor: opts.confluenceFor } : {}),
    siteUrl: (ctx) => connectionFor(ctx.accountId ?? '').baseUrl.replace(/\/+$/, ''),
  };
}
