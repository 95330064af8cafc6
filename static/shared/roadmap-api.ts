/** Typed wrappers for the roadmap resolvers, used by the macro view and its config view. */
import { call } from './api';
import {
  ROADMAP_KEYS,
  type RoadmapCheckJqlPayload,
  type RoadmapCheckJqlResult,
  type RoadmapExplainPayload,
  type RoadmapExplainView,
  type RoadmapReportPayload,
  type RoadmapView,
} from '../../src/contract';

export const getRoadmap = (p: RoadmapReportPayload) => call<RoadmapView>(ROADMAP_KEYS.report, p);
export const explainRoadmap = (p: RoadmapExplainPayload) => call<RoadmapExplainView>(ROADMAP_KEYS.explain, p);
export const checkRoadmapJql = (p: RoadmapCheckJqlPayload) => call<RoadmapCheckJqlResult>(ROADMAP_KEYS.checkJql, p);
