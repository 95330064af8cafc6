/**
 * The one `invoke` in the apps (DESIGN habit 8): `call` unwraps the resolver envelope and throws an
 * `ApiError` carrying the envelope's code and message, which `ErrorState` shows as is (the UI never
 * guesses from a stack trace). The typed wrappers sit on it, one per resolver: the issue panel's
 * here, the features' in `roadmap-api.ts`, `readiness-api.ts`, `competency-api.ts`. Components
 * never call `invoke` raw.
 */
import { invoke } from './bridge';
import {
  ERROR_CODES,
  ISSUE_PANEL_KEYS,
  type Envelope,
  type ErrorCode,
  type IssueProgress,
  type IssueProgressPayload,
} from '../../src/contract';

export class ApiError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'ApiError';
  }
}

const UNREACHABLE =
  'Shipshape could not reach its backend. Reload the page; if it keeps happening, tell your admin.';

function isEnvelope(value: unknown): value is Envelope<unknown> {
  if (typeof value !== 'object' || value === null || !('ok' in value)) return false;
  const v = value as { ok: unknown; error?: { code?: unknown; message?: unknown } };
  if (v.ok === true) return 'data' in value;
  return v.ok === false && typeof v.error?.message === 'string';
}

/** Calls resolver `key` with `payload`; resolves with the envelope's `data`, rejects with an `ApiError`. */
export async function call<T>(key: string, payload: object = {}): Promise<T> {
  let answer: unknown;
  try {
    answer = await invoke(key, payload as Record<string, unknown>);
  } catch {
    // The bridge itself failed (no resolver, network, rate limit): not a resolver answer.
    throw new ApiError('UNEXPECTED', UNREACHABLE);
  }
  if (!isEnvelope(answer)) throw new ApiError('UNEXPECTED', UNREACHABLE);
  if (answer.ok) return answer.data as T;
  const code = (ERROR_CODES as readonly string[]).includes(answer.error.code) ? answer.error.code : 'UNEXPECTED';
  throw new ApiError(code, answer.error.message);
}

/** The Jira issue panel: roll-up of everything beneath an issue (SPEC §2 units). */
export function getIssueProgress(payload: IssueProgressPayload): Promise<IssueProgress> {
  return call<IssueProgress>(ISSUE_PANEL_KEYS.issueProgress, payload);
}

/** Anything thrown turned into what the UI shows. */
export function toApiError(err: unknown): ApiError {
  if (err instanceof ApiError) return err;
  return new ApiError('UNEXPECTED', UNREACHABLE);
}
