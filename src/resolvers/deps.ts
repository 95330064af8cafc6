import type { IsoDate } from '../domain/types';
import type { ConfluenceClient } from '../confluence/client';
import type { JiraClient } from '../jira';
import type { KeyValueStore } from '../store/kv-store';
import type { ForgeContext } from './context';

/**
 * What resolvers need from their host. Forge (src/forge), the workbench (local/workbench/deps.ts)
 * and tests each provide one; only the transport and the store differ.
 */
export interface AppDeps {
  /** A Jira client that reads as the user of this call (Forge: `asUser()`). */
  jiraFor(ctx: ForgeContext): JiraClient;
  /** App storage (Forge KVS, a file in the workbench, memory in tests). */
  store: KeyValueStore;
  /** Today's UTC date: the default as-of. The only clock the services see. */
  today(): IsoDate;
  /** The current instant as an ISO timestamp, for records such as sign-offs. */
  now(): string;
  /** The Jira site's base URL for links, e.g. `https://acme.atlassian.net`. */
  siteUrl(ctx: ForgeContext): string;
  /** A Confluence v2 client acting as the user of this call; absent where there is no Confluence. */
  confluenceFor?(ctx: ForgeContext): ConfluenceClient;
}
