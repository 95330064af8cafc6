/**
 * The Jira issue panel (SPEC §2 for one issue): its resolver key, payload and answer, which is the
 * domain's roll-up plus what only the panel needs.
 */
import type { AncestorProgress, IssueProgressResult } from '../domain/progress';
import type { IsoDate, Weight } from '../domain/types';

/** Resolver function keys of the issue panel. */
export const ISSUE_PANEL_KEYS = {
  issueProgress: 'issue-progress',
} as const;

export interface IssueProgressPayload {
  /** Issue key or id; the panel sends the one from its Forge context. */
  issueKey: string;
  /** SPEC §2 weighting; default `count`. */
  weight?: Weight;
  /** As-of date; defaults to today (UTC). */
  asOf?: IsoDate;
}

export type { IssueSummary, ChildProgress, AncestorProgress } from '../domain/progress';
export type { Forecast, ForecastState } from '../domain/forecast';

/**
 * The panel's answer: the domain's roll-up of the issue (SPEC §2 units, all levels down; direct
 * children each with their own roll-up; `hasChildren` false when the issue is its own unit; the
 * 28-day `forecast` with its `method` sentence), plus the site's base URL for links
 * (`…/browse/KEY`) and, when the issue has no work beneath it, its `parentChain`.
 */
export type IssueProgress = IssueProgressResult & {
  siteUrl: string;
  /**
   * The issue's ancestors (parent first, then its parent …, at most 5), each with its own roll-up
   * in the same weighting, as its own panel would show it. Empty when `hasChildren` is true (the
   * panel then shows the issue's own children), when the issue has no parent, or when the viewer
   * cannot see the parent.
   */
  parentChain: AncestorProgress[];
};
