/**
 * Typed wrappers for the readiness and settings resolvers, used by the gadget,
 * its edit view, the settings page and the issue panel's release section.
 */
import { call } from './api';
import {
  READINESS_KEYS,
  SETTINGS_KEYS,
  type AuditEntry,
  type AuditPayload,
  type IssueReleases,
  type IssueReleasesPayload,
  type ProjectVersions,
  type ReadinessPayload,
  type ReadinessView,
  type SettingsSavePayload,
  type SettingsView,
  type SignPayload,
  type VersionsPayload,
} from '../../src/contract';

export const getReadiness = (p: ReadinessPayload) => call<ReadinessView>(READINESS_KEYS.readiness, p);
export const getProjectVersions = (p: VersionsPayload) => call<ProjectVersions>(READINESS_KEYS.versions, p);
export const signCheck = (p: SignPayload) => call<ReadinessView>(READINESS_KEYS.sign, p);
export const withdrawCheck = (p: SignPayload) => call<ReadinessView>(READINESS_KEYS.withdraw, p);
export const getAudit = (p: AuditPayload) => call<AuditEntry[]>(READINESS_KEYS.audit, p);
export const getIssueReleases = (p: IssueReleasesPayload) => call<IssueReleases>(READINESS_KEYS.issueReleases, p);
export const getSettings = () => call<SettingsView>(SETTINGS_KEYS.get, {});
export const saveSettings = (p: SettingsSavePayload) => call<SettingsView>(SETTINGS_KEYS.save, p);

/** `signoffs-<version>.json`, the version's name made safe for a file name ("PO 2.1" → signoffs-PO-2.1.json). */
export function signoffsFileName(versionName: string): string {
  const safe = versionName.trim().replace(/[^A-Za-z0-9._-]+/g, '-').replace(/^-+|-+$/g, '');
  return `signoffs-${safe || 'version'}.json`;
}
