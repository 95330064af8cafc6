/**
 * Atlassian's own Forge tooling (`@forge/lint`, `@forge/bundler`, `@forge/cli-shared`), loaded from
 * tools/forge-check/node_modules: kept apart from the app because @forge/cli-shared pulls keytar, a
 * native module that cannot build offline (installed with `npm ci --ignore-scripts`). Everything
 * here runs offline: feature gates answer "not set", OpenAPI specs come from files.
 */
import { createRequire } from 'node:module';
import fs from 'node:fs';
import path from 'node:path';

export const REPO_ROOT = path.resolve(__dirname, '..');
export const TOOL_DIR = path.join(REPO_ROOT, 'tools', 'forge-check');

/** `require` resolving from the tool folder, so its pinned versions are used (never the app's). */
export function toolRequire(): NodeRequire {
  const pkg = path.join(TOOL_DIR, 'package.json');
  if (!fs.existsSync(path.join(TOOL_DIR, 'node_modules', '@forge', 'lint'))) {
    throw new Error('tools/forge-check is not installed: run `npm ci --ignore-scripts --prefix tools/forge-check`.');
  }
  return createRequire(pkg);
}

/** The OpenAPI files the permission linter reads instead of fetching them from developer.atlassian.com. */
export function localSwaggerEnv(): Record<string, string> {
  const shared = path.resolve(REPO_ROOT, '..', 'shared', 'jira');
  const none = path.join(TOOL_DIR, 'no-paths-openapi.json');
  return {
    USE_LOCAL_SWAGGER: '1',
    LOCAL_JIRA_SWAGGER: path.join(shared, 'jira-platform-openapi.json'),
    LOCAL_CONF_V2_SWAGGER: path.join(shared, 'confluence-v2-openapi.json'),
    // Products Shipshape never calls: an empty `paths`, so a call to one of them would match nothing.
    LOCAL_JSM_SWAGGER: none,
    LOCAL_JSW_SWAGGER: none,
    LOCAL_CONF_SWAGGER: none,
    LOCAL_BB_SWAGGER: none,
  };
}

/**
 * A feature-gate reader that never goes to the network: every gate and dynamic config is unset,
 * so each check takes the default `forge` itself uses when the gate service cannot be reached.
 */
export function offlineStatsig(cliShared: { StatsigReader: new () => object }): object {
  class OfflineStatsig extends cliShared.StatsigReader {
    async checkGate(): Promise<null> {
      return null;
    }
    async getDynamicConfig(): Promise<null> {
      return null;
    }
  }
  return new OfflineStatsig();
}

/** Logger shape the tools take: everything to stdout, debug only with FORGE_CHECK_DEBUG. */
export const consoleLogger = {
  info: (msg: string) => console.log(msg),
  warn: (msg: string) => console.warn(msg),
  error: (msg: string) => console.error(msg),
  debug: (msg: string) => {
    if (process.env.FORGE_CHECK_DEBUG) console.error(msg);
  },
  trace: () => undefined,
  traceEnabled: false,
  debugEnabled: false,
};
