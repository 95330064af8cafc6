/**
 * The resolver `req.context` Forge gives a Custom UI resolver call.
 * Source: https://developer.atlassian.com/platform/forge/runtime-reference/custom-ui-resolver/
 * (`accountId`, `cloudId`, `moduleKey`, `localId`, `extension`, `installContext`; `siteUrl` where
 * the module exposes it). `accountId` is the viewing user: the only identity we trust, never one
 * sent in a payload.
 */
import type { ViewerCache } from '../services/tree-cache';
import type { KeyValueStore } from '../store/kv-store';
export interface ForgeContext {
  accountId?: string;
  cloudId?: string;
  moduleKey?: string;
  localId?: string;
  siteUrl?: string;
  installContext?: string;
  extension?: {
    type?: string;
    issue?: { key?: string; id?: string; type?: string; typeId?: string };
    project?: { key?: string; id?: string; type?: string };
    gadgetConfiguration?: Record<string, unknown>;
    config?: Record<string, unknown>;
    content?: { id?: string; type?: string };
    space?: { key?: string; id?: string };
    [extra: string]: unknown;
  };
  [extra: string]: unknown;
}

/** The viewing user's account id from the context ('' when anonymous): never a payload field. */
export function viewerOf(context: ForgeContext): string {
  return typeof context.accountId === 'string' ? context.accountId : '';
}

/**
 * The viewer's read cache: keyed by their account id, so it is never served to anyone else
 * (SPEC §1); an anonymous viewer gets none.
 */
export function viewerCache(store: KeyValueStore, context: ForgeContext, clock?: () => number): ViewerCache {
  return { store, viewer: viewerOf(context), ...(clock ? { clock } : {}) };
}
