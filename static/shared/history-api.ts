/** Typed wrappers for the history resolvers (SPEC §7), used by the gadget, the roadmap macro and the issue panel. */
import { call } from './api';
import {
  HISTORY_KEYS,
  type IssueHistoryPayload,
  type IssueHistoryView,
  type ReleaseHistoryPayload,
  type ReleaseHistoryView,
  type RoadmapHistoryPayload,
  type RoadmapHistoryView,
} from '../../src/contract';

export const getReleaseHistory = (p: ReleaseHistoryPayload) => call<ReleaseHistoryView>(HISTORY_KEYS.release, p);
export const getRoadmapHistory = (p: RoadmapHistoryPayload) => call<RoadmapHistoryView>(HISTORY_KEYS.roadmap, p);
export const getIssueHistory = (p: IssueHistoryPayload) => call<IssueHistoryView>(HISTORY_KEYS.issue, p);
