/**
 * The one `invoke` in the apps: `call` unwraps the resolver envelope and throws an `ApiError`
 * carrying the envelope's code, message and reason; `ErrorState` shows the message as is, and
 * screens branch on `code` and `reason` (the UI never parses message text). The typed wrappers sit on it, one per resolver: the issue panel's
 * here, the features' in `roadmap-api.ts`, `readiness-api.ts`, `competency-api.ts`. Components
 * never call `invoke` raw.
 */
import { invoke } from './bridge';
import {
  ERROR_CODES,
  ERROR_REASONS,
  ISSUE_PANEL_KEYS,
  type Envelope,
  type ErrorCode,
  type ErrorReason,
  type IssueProgress,
  type IssueProgressPayload,
} from '../../src/contract';

export class ApiError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly reason?: ErrorReason,
    /** What the reason names (e.g. the project keys of `UNKNOWN_PROJECT`). */
    readonly subjects: readonly string[] = [],
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
  const { error } = answer;
  const code = (ERROR_CODES as readonly string[]).includes(error.code) ? error.code : 'UNEXPECTED';
  const reason = (ERROR_REASONS as readonly unknown[]).includes(error.reason) ? error.reason : undefined;
  const subjects = Array.isArray(error.subjects) ? error.subjects.filter((s): s is string => typeof s === 'string') : [];
  throw new ApiError(code, error.message, reason, subjects);
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
