/**
 * All resolver handlers, keyed by the function keys in src/contract.ts. Each feature contributes
 * its own file of handlers; hosts (Forge in src/forge, the workbench, tests) call buildHandlers
 * with their own dependencies.
 */
import type { AppDeps } from './deps';
import type { ResolverHandler } from './define';
import { issuePanelResolvers } from './issue-panel';
import { readinessResolvers } from './readiness';
import { settingsResolvers } from './settings';
import { roadmapResolvers } from './roadmap';
import { competencyResolvers } from './competency';
import { pickerResolvers } from './pickers';
import { historyResolvers } from './history';

export type { ResolverHandler, ResolverRequest } from './define';
export type { AppDeps } from './deps';
export type { ForgeContext } from './context';

export function buildHandlers(deps: AppDeps): Record<string, ResolverHandler> {
  const all: Record<string, ResolverHandler> = {};
  for (const group of [issuePanelResolvers(deps), readinessResolvers(deps), settingsResolvers(deps), roadmapResolvers(deps), competencyResolvers(deps), pickerResolvers(deps), historyResolvers(deps)]) {
    for (const [key, handler] of Object.entries(group)) {
      if (all[key]) throw new Error(`Resolver key ${key} is defined twice`);
      all[key] = handler;
    }
  }
  return all;
}
