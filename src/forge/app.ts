/**
 * Forge wiring: the resolver function the manifest names, with Forge's transport (Jira as the
 * viewing user) and KVS storage. Everything else is the same code the workbench and tests run.
 */
import Resolver from '@forge/resolver';
import { createConfluenceClient } from '../confluence';
import { forgeConfluenceTransport } from '../confluence/forge-transport';
import { createJiraClient } from '../jira';
import { forgeTransport } from '../jira/forge-transport';
import { buildHandlers, type AppDeps, type ForgeContext } from '../resolvers';
import { storyPointsSetting } from '../services/settings';
import { KvsStore } from '../store/kvs-store';

/** Resolver calls must finish in 25 s; keep a margin for the response to travel. */
const RESOLVER_BUDGET_MS = 23_000;

export function forgeDeps(): AppDeps {
  const store = new KvsStore();
  return {
    jiraFor: () =>
      createJiraClient({
        transport: forgeTransport(),
        deadlineAt: Date.now() + RESOLVER_BUDGET_MS,
        storyPointsFieldOverride: () => storyPointsSetting({ store }),
      }),
    confluenceFor: () => createConfluenceClient(forgeConfluenceTransport(), { deadlineAt: Date.now() + RESOLVER_BUDGET_MS }),
    store,
    today: () => new Date().toISOString().slice(0, 10),
    now: () => new Date().toISOString(),
    // Links are opened with router.open and a relative path would do in Jira, but Confluence
    // needs the site; Forge gives it in the context.
    siteUrl: (ctx: ForgeContext) => (typeof ctx.siteUrl === 'string' ? ctx.siteUrl.replace(/\/+$/, '') : ''),
  };
}

const resolver = new Resolver();
for (const [key, handle] of Object.entries(buildHandlers(forgeDeps()))) {
  resolver.define(key, (req) => handle({ payload: req.payload, context: req.context as ForgeContext }));
}

export const handler = resolver.getDefinitions();
