/**
 * Resolvers of the Confluence roadmap macro and its config view (SPEC §2): validate the payload,
 * read Jira as the viewer (`deps.jiraFor(ctx)`), answer with the envelope.
 */
import {
  ROADMAP_EXPLAIN_PAGE_MAX,
  ROADMAP_GROUP_BYS,
  ROADMAP_KEYS,
  ROADMAP_MAX_ITEMS,
  type RoadmapCheckJqlResult,
  type RoadmapExplainView,
  type RoadmapGroupBy,
  type RoadmapView,
} from '../contract';
import { BadInputError } from '../errors';
import { checkRoadmapJql, explainRoadmap, roadmapView } from '../services/roadmap';
import type { ReadBudget } from '../services/roadmap-reader';
import type { ViewerCache } from '../services/tree-cache';
import { viewerCache, type ForgeContext } from './context';
import { jiraPorts } from '../jira';
import { defineResolver, type ResolverHandler } from './define';
import type { AppDeps } from './deps';
import { asObject, ISSUE_KEY_OR_ID, optionalAsOf, optionalWeight, requiredString } from './validate';

/**
 * Forge stops a resolver after 25 s. Reading stops starting new pages after this long, which
 * leaves time for the computation, the answer and one page already in flight.
 */
export const ROADMAP_READ_BUDGET_MS = 18_000;
/** Longest JQL accepted (Jira's own limit is far above what a roadmap needs). */
const JQL_MAX = 4000;

export interface RoadmapResolverOptions {
  /** Reading budget per call, in ms (default ROADMAP_READ_BUDGET_MS). */
  readBudgetMs?: number;
  /** Parallel `parent in (…)` streams per level (default: the reader's). */
  concurrency?: number;
  /** Epoch-ms clock for the budget (tests). */
  clock?: () => number;
}

function optionalGroupBy(p: Record<string, unknown>): RoadmapGroupBy | undefined {
  const v = p.groupBy;
  if (v === undefined || v === null) return undefined;
  if (typeof v !== 'string' || !(ROADMAP_GROUP_BYS as readonly string[]).includes(v)) {
    throw new BadInputError(`"groupBy" must be one of ${ROADMAP_GROUP_BYS.join(', ')}.`);
  }
  return v as RoadmapGroupBy;
}

function optionalInt(p: Record<string, unknown>, field: string, min: number, max: number): number | undefined {
  const v = p[field];
  if (v === undefined || v === null) return undefined;
  if (typeof v !== 'number' || !Number.isInteger(v) || v < min || v > max) {
    throw new BadInputError(`"${field}" must be a whole number from ${min} to ${max}.`);
  }
  return v;
}

export function roadmapResolvers(deps: AppDeps, opts: RoadmapResolverOptions = {}): Record<string, ResolverHandler> {
  const clock = opts.clock ?? Date.now;
  const budget = (): ReadBudget => ({ deadlineAt: clock() + (opts.readBudgetMs ?? ROADMAP_READ_BUDGET_MS), clock });
  const concurrency = opts.concurrency !== undefined ? { concurrency: opts.concurrency } : {};
  // The viewer's cached tree: keyed by their account id, never anyone else's (anonymous: none).
  const cacheOf = (context: ForgeContext): ViewerCache => viewerCache(deps.store, context, clock);

  return {
    [ROADMAP_KEYS.report]: defineResolver<RoadmapView>(ROADMAP_KEYS.report, async ({ payload, context }) => {
      const p = asObject(payload);
      const jql = requiredString(p, 'jql', { max: JQL_MAX });
      const weight = optionalWeight(p) ?? 'count';
      const asOf = optionalAsOf(p) ?? deps.today();
      const groupBy = optionalGroupBy(p) ?? 'none';
      return roadmapView(
        { jira: jiraPorts(deps.jiraFor(context)), siteUrl: deps.siteUrl(context) },
        { jql, weight, asOf, groupBy, budget: budget(), maxItems: ROADMAP_MAX_ITEMS, ...concurrency, cache: cacheOf(context) },
      );
    }),

    [ROADMAP_KEYS.explain]: defineResolver<RoadmapExplainView>(ROADMAP_KEYS.explain, async ({ payload, context }) => {
      const p = asObject(payload);
      const jql = requiredString(p, 'jql', { max: JQL_MAX });
      const weight = optionalWeight(p) ?? 'count';
      const asOf = optionalAsOf(p) ?? deps.today();
      const itemKey = p.itemKey === undefined || p.itemKey === null ? undefined : requiredString(p, 'itemKey', { pattern: ISSUE_KEY_OR_ID, hint: 'an issue key such as PO-12.' }).toUpperCase();
      const imputed = p.imputedWeight;
      if (imputed !== undefined && imputed !== null && (typeof imputed !== 'number' || !Number.isFinite(imputed) || imputed < 0)) {
        throw new BadInputError('"imputedWeight" must be a number ≥ 0.');
      }
      const offset = optionalInt(p, 'offset', 0, 1_000_000) ?? 0;
      const limit = optionalInt(p, 'limit', 1, ROADMAP_EXPLAIN_PAGE_MAX) ?? 200;
      return explainRoadmap({ jira: jiraPorts(deps.jiraFor(context)) }, {
        jql,
        weight,
        asOf,
        ...(itemKey ? { itemKey } : {}),
        ...(typeof imputed === 'number' ? { imputedWeight: imputed } : {}),
        offset,
        limit,
        budget: budget(),
        ...concurrency,
        cache: cacheOf(context),
      });
    }),

    [ROADMAP_KEYS.checkJql]: defineResolver<RoadmapCheckJqlResult>(ROADMAP_KEYS.checkJql, async ({ payload, context }) => {
      const p = asObject(payload);
      const jql = requiredString(p, 'jql', { max: JQL_MAX });
      return checkRoadmapJql({ jira: jiraPorts(deps.jiraFor(context)) }, { jql });
    }),
  };
}
