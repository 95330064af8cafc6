/**
 * History and odds (SPEC §7) between the backend and the gadget, the roadmap macro and the issue
 * panel: resolver keys, payloads and responses. Types only (plus the key table and choices).
 */
import type { DailyPoint, ReleaseBaselineSource, ReleaseScope } from '../domain/release-history';
import type { ItemHistory } from '../domain/roadmap-history';
import type { DueDateChange } from '../domain/history';
import type { Odds } from '../domain/odds';
import type { IsoDate, IssueKey, Weight } from '../domain/types';

export const HISTORY_KEYS = {
  /** A version's scope since its baseline, daily scope/done and the odds (the gadget). */
  release: 'history-release',
  /** A roadmap's slips since its baseline and the odds for its units (the macro). */
  roadmap: 'history-roadmap',
  /** One issue's due-date slip and the odds for the work beneath it (the issue panel). */
  issue: 'history-issue',
} as const;
export type HistoryResolverKey = (typeof HISTORY_KEYS)[keyof typeof HISTORY_KEYS];

/** The gadget's baseline choice: the version's start date (default), a date, or 28 days before the as-of date. */
export type ReleaseBaselineMode = 'startDate' | 'date' | 'daysAgo';
export const RELEASE_BASELINE_MODES: readonly ReleaseBaselineMode[] = ['startDate', 'date', 'daysAgo'];
/** The macro's baseline choice: the quarter start (default), a date, or none (no history shown). */
export type RoadmapBaselineMode = 'quarter' | 'date' | 'none';
export const ROADMAP_BASELINE_MODES: readonly RoadmapBaselineMode[] = ['quarter', 'date', 'none'];

export interface ReleaseHistoryPayload {
  projectKey: string;
  versionId: string;
  asOf?: IsoDate;
  baselineMode?: ReleaseBaselineMode;
  /** With `baselineMode: 'date'`. */
  baselineDate?: IsoDate;
}

export interface ReleaseHistoryView {
  asOf: IsoDate;
  version: { id: string; name: string; releaseDate: IsoDate | null; startDate: IsoDate | null };
  scope: ReleaseScope;
  daily: DailyPoint[];
  forecast: Odds;
  baselineSource: ReleaseBaselineSource;
  deliveredKeys: IssueKey[];
  remaining: number;
  /** How the odds are computed, for the "how" disclosure. */
  method: string;
}

export interface RoadmapHistoryPayload {
  jql: string;
  weight?: Weight;
  asOf?: IsoDate;
  baselineMode?: Exclude<RoadmapBaselineMode, 'none'>;
  baselineDate?: IsoDate;
}

export interface RoadmapHistoryView {
  asOf: IsoDate;
  baseline: { date: IsoDate; units: number; done: number };
  slipped: IssueKey[];
  items: ItemHistory[];
  odds: Odds;
  remaining: number;
  /** Units done since the baseline (done now, not done at the baseline): "N done since". */
  doneSince: number;
  method: string;
  /** True when the roadmap was too big to read in time: the history covers what was read. */
  partial: boolean;
}

export interface IssueHistoryPayload {
  issueKey: string;
  asOf?: IsoDate;
  baselineDate?: IsoDate;
}

export interface IssueHistoryView {
  asOf: IsoDate;
  key: IssueKey;
  baselineDate: IsoDate;
  dueDateAtBaseline: IsoDate | null;
  dueDate: IsoDate | null;
  slipDays: number | null;
  dueDateHistory: DueDateChange[];
  /** Odds for the units beneath the issue (or the issue itself when it has none). */
  odds: Odds;
  remaining: number;
  method: string;
}
