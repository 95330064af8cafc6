/**
 * The CLI's read cache on disk: `$XDG_CACHE_HOME/shipshape`, else `$HOME/.cache/shipshape`, keyed
 * by site, account and query (the same per-viewer cache the app keeps in Forge storage), so a
 * pipeline that runs readiness every few minutes reads only what changed. `--no-cache` reads
 * afresh (and keeps the result). Without either variable in the environment there is no cache.
 */
import { join } from 'node:path';
import type { ViewerCache } from '../../src/services/tree-cache';
import { FileStore } from '../node/file-store';
import type { CliIo } from './io';
import type { JiraConnection } from './connection';

export function cacheDir(env: CliIo['env']): string | null {
  if (env.XDG_CACHE_HOME) return join(env.XDG_CACHE_HOME, 'shipshape');
  if (env.HOME) return join(env.HOME, '.cache', 'shipshape');
  return null;
}

/** The cache for this connection's site and account, or none (`--no-cache` still writes one). */
export function cliCache(io: CliIo, conn: JiraConnection): ViewerCache | undefined {
  const dir = cacheDir(io.env);
  return dir ? { store: new FileStore(dir), viewer: `${conn.siteUrl}#${conn.account}` } : undefined;
}

/** The cache options for a command: the cache, and whether `--no-cache` asks for a fresh read. */
export function withCache(io: CliIo, conn: JiraConnection, values: Record<string, unknown>): { cache?: ViewerCache; fresh?: boolean } {
  const cache = cliCache(io, conn);
  return cache ? { cache, fresh: values['no-cache'] === true } : {};
}
