/**
 * Typed wrappers for the readiness and settings resolvers (DESIGN habit 8), used by the gadget,
 * its edit view, the settings page and the issue panel's release section.
 *
 * TODO(lead): fold into static/shared/api.ts (its `call` is not exported, so the envelope handling
 * is repeated here).
 */
import { invoke } from '../../shared/bridge';
import { ApiError } from '../../shared/api';
import {
  ERROR_CODES,
  READINESS_KEYS,
  type AuditEntry,
  type AuditPayload,
  type Envelope,
  type ErrorCode,
  type IssueReleases,
  type IssueReleasesPayload,
  type ProjectVersions,
  type ReadinessPayload,
  type ReadinessView,
  type SettingsSavePayload,
  type SettingsView,
  type SignoffsFile,
  type SignPayload,
  type VersionsPayload,
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

export const getReadiness = (p: ReadinessPayload) => call<ReadinessView>(READINESS_KEYS.readiness, p);
export const getProjectVersions = (p: VersionsPayload) => call<ProjectVersions>(READINESS_KEYS.versions, p);
export const signCheck = (p: SignPayload) => call<ReadinessView>(READINESS_KEYS.sign, p);
export const withdrawCheck = (p: SignPayload) => call<ReadinessView>(READINESS_KEYS.withdraw, p);
export const getAudit = (p: AuditPayload) => call<AuditEntry[]>(READINESS_KEYS.audit, p);
export const exportSignoffs = (p: ReadinessPayload) => call<SignoffsFile>(READINESS_KEYS.exportSignoffs, p);
export const getIssueReleases = (p: IssueReleasesPayload) => call<IssueReleases>(READINESS_KEYS.issueReleases, p);
export const getSettings = () => call<SettingsView>(READINESS_KEYS.settingsGet, {});
export const saveSettings = (p: SettingsSavePayload) => call<SettingsView>(READINESS_KEYS.settingsSave, p);
