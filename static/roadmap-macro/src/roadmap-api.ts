/**
 * Typed wrappers for the roadmap resolvers (DESIGN habit 8), used by the macro view and its config
 * view.
 *
 * TODO(lead): fold into static/shared/api.ts (its `call` is not exported, so the envelope handling
 * is repeated here, as in readiness-api.ts).
 */
import { invoke } from '../../shared/bridge';
import { ApiError } from '../../shared/api';
import {
  ERROR_CODES,
  ROADMAP_KEYS,
  type Envelope,
  type ErrorCode,
  type RoadmapCheckJqlPayload,
  type RoadmapCheckJqlResult,
  type RoadmapExplainPayload,
  type RoadmapExplainView,
  type RoadmapReportPayload,
  type RoadmapView,
} from '../../../src/contract';

const UNREACHABLE = 'Shipshape could not reach its backend. Reload the page; if it keeps happening, tell your admin.';

async function call<T>(key: string, payload: object): Promise<T> {
  let answer: unknown;
  try {
    answer = await invoke(key, payload as Record<string, unknown>);
  } catch {
    throw new ApiError('UNEXPECTED', UNREACHABLE);
  }
  const env = answer as Envelope<T> | null;
  if (typeof env !== 'object' || env === null || typeof env.ok !== 'boolean') throw new ApiError('UNEXPECTED', UNREACHABLE);
  if (env.ok) return env.data;
  const code = (ERROR_CODES as readonly string[]).includes(env.error?.code) ? env.error.code : ('UNEXPECTED' as ErrorCode);
  throw new ApiError(code, typeof env.error?.message === 'string' ? env.error.message : UNREACHABLE);
}

export const getRoadmap = (p: RoadmapReportPayload) => call<RoadmapView>(ROADMAP_KEYS.report, p);
export const explainRoadmap = (p: RoadmapExplainPayload) => call<RoadmapExplainView>(ROADMAP_KEYS.explain, p);
export const checkRoadmapJql = (p: RoadmapCheckJqlPayload) => call<RoadmapCheckJqlResult>(ROADMAP_KEYS.checkJql, p);
