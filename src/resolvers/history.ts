/**
 * Resolvers of history and odds (SPEC §7) for the gadget, the roadmap macro and the issue panel:
 * validate the payload, read Jira as the viewer, answer with the envelope. Each is its own call,
 * so the main report shows first and history never eats into its 25 s.
 */
import {
  HISTORY_KEYS,
  RELEASE_BASELINE_MODES,
  ROADMAP_MAX_ITEMS,
  type IssueHistoryView,
  type ReleaseBaselineMode,
  type ReleaseHistoryView,
  type RoadmapHistoryView,
} from '../contract';
import { BadInputError } from '../errors';
import { jiraPorts } from '../jira';
import { issueHistoryView, releaseHistoryView, roadmapHistoryView } from '../services/history';
import { viewerCache } from './context';
import { defineResolver, type ResolverHandler } from './define';
import type { AppDeps } from './deps';
import { asObject, ISSUE_KEY_OR_ID, optionalAsOf, optionalWeight, requiredString, PROJECT, VERSION_ID } from './validate';


function oneOf<T extends string>(p: Record<string, unknown>, field: string, allowed: readonly T[]): T | undefined {
  const v = p[field];
  if (v === undefined || v === null) return undefined;
  if (typeof v !== 'string' || !(allowed as readonly string[]).includes(v)) throw new BadInputError(`"${field}" must be one of ${allowed.join(', ')}.`);
  return v as T;
}

/**
 * The tree read of a history call stops starting pages after this long (the report's is 18 s):
 * the bulk changelog rounds (⌈issues ÷ 1000⌉ requests, six at once) and the rebuild still fit in
 * Forge's 25 s at 1 s a request.
 */
export const HISTORY_READ_BUDGET_MS = 14_000;

export function historyResolvers(deps: AppDeps, opts: { readBudgetMs?: number; clock?: () => number } = {}): Record<string, ResolverHandler> {
  const clock = opts.clock ?? Date.now;
  const budget = () => ({ deadlineAt: clock() + (opts.readBudgetMs ?? HISTORY_READ_BUDGET_MS), clock });
  return {
    [HISTORY_KEYS.release]: defineResolver<ReleaseHistoryView>(HISTORY_KEYS.release, async ({ payload, context }) => {
      const p = asObject(payload);
      const baselineMode = oneOf<ReleaseBaselineMode>(p, 'baselineMode', RELEASE_BASELINE_MODES);
      const baselineDate = optionalAsOf(p, 'baselineDate');
      return releaseHistoryView(
        { jira: jiraPorts(deps.jiraFor(context)) },
        {
          projectKey: requiredString(p, 'projectKey', PROJECT),
          versionId: requiredString(p, 'versionId', VERSION_ID),
          asOf: optionalAsOf(p) ?? deps.today(),
          ...(baselineMode ? { baselineMode } : {}),
          ...(baselineDate ? { baselineDate } : {}),
          cache: viewerCache(deps.store, context, clock),
        },
      );
    }),
    [HISTORY_KEYS.roadmap]: defineResolver<RoadmapHistoryView>(HISTORY_KEYS.roadmap, async ({ payload, context }) => {
      const p = asObject(payload);
      const mode = oneOf(p, 'baselineMode', ['quarter', 'date'] as const);
      const baselineDate = optionalAsOf(p, 'baselineDate');
      if (mode === 'date' && !baselineDate) throw new BadInputError('Choose the baseline date (YYYY-MM-DD).');
      return roadmapHistoryView({ jira: jiraPorts(deps.jiraFor(context)) }, {
        jql: requiredString(p, 'jql', { max: 4000 }),
        weight: optionalWeight(p) ?? 'count',
        asOf: optionalAsOf(p) ?? deps.today(),
        baseline: mode === 'date' ? (baselineDate ?? null) : null,
        budget: budget(),
        maxItems: ROADMAP_MAX_ITEMS,
        // The same per-viewer cache as the macro's view.
        cache: viewerCache(deps.store, context, clock),
      });
    }),
    [HISTORY_KEYS.issue]: defineResolver<IssueHistoryView>(HISTORY_KEYS.issue, async ({ payload, context }) => {
      const p = asObject(payload);
      const issueKey = requiredString(p, 'issueKey', { max: 64, pattern: ISSUE_KEY_OR_ID, hint: 'an issue key such as PO-12' }).toUpperCase();
      const baselineDate = optionalAsOf(p, 'baselineDate');
      return issueHistoryView(
        { jira: jiraPorts(deps.jiraFor(context)) },
        // the issue panel's cached tree of this issue (issue-progress.ts reads the same entry)
        { issueKey, asOf: optionalAsOf(p) ?? deps.today(), baseline: baselineDate ?? null, budget: budget(), cache: viewerCache(deps.store, context, clock) },
      );
    }),
  };
}
