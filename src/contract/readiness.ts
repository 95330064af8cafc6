/**
 * Release readiness (SPEC §3): resolver keys, payloads and responses of the dashboard gadget, its
 * edit view, the sign-offs and the settings admin page. Types only (plus the key constants):
 * imported by src/ and static/ alike.
 */
import type { IsoDate, IssueKey, Percent } from '../domain/types';

/** Resolver function keys of the readiness feature. */
import type { ReleaseBaselineMode } from './history';

export const READINESS_KEYS = {
  /** The readiness of one version, with sign-off checks as this viewer sees them. */
  readiness: 'readiness-report',
  /** The versions of a project for the gadget's edit view (unreleased first, by release date). */
  versions: 'readiness-versions',
  sign: 'readiness-sign',
  withdraw: 'readiness-withdraw',
  /** Every sign-off event of the version (who, when, what), filtered for this viewer. */
  audit: 'readiness-audit',
  /** Issue panel: readiness of each fix version of an issue. */
  issueReleases: 'readiness-issue-releases',
  settingsGet: 'settings-get',
  settingsSave: 'settings-save',
} as const;
export type ReadinessResolverKey = (typeof READINESS_KEYS)[keyof typeof READINESS_KEYS];

/** The admin page's module key: settings can be changed only from there (Jira shows it to admins only). */
export const SETTINGS_MODULE_KEY = 'shipshape-settings';

export type ReadinessVerdict = 'released' | 'not_ready' | 'ready' | 'at_risk' | 'on_track';

// ---------------------------------------------------------------------------------------------
// Which version

/**
 * A version of a project: by name or id (`version`, SPEC §3: exact name first, else id), by id only
 * (`versionId`, what the gadget saves), or the next unreleased one (`nextUnreleased`): unreleased
 * and not archived, earliest release date first, undated after dated, ties in Jira's order.
 * Exactly one of the three.
 */
export interface VersionRef {
  projectKey: string;
  version?: string;
  versionId?: string;
  nextUnreleased?: boolean;
}

export interface ReadinessPayload extends VersionRef {
  /** As-of date; defaults to today (UTC). */
  asOf?: IsoDate;
}

export interface SignPayload {
  projectKey: string;
  versionId: string;
  checkId: string;
  asOf?: IsoDate;
}

export interface VersionsPayload {
  projectKey: string;
}

export interface AuditPayload {
  projectKey: string;
  versionId: string;
}

export interface IssueReleasesPayload {
  issueKey: string;
  asOf?: IsoDate;
}

// ---------------------------------------------------------------------------------------------
// Answers

export interface VersionSummary {
  id: string;
  name: string;
  releaseDate: IsoDate | null;
  released: boolean;
  archived: boolean;
}

export interface ProjectVersions {
  project: { key: string; name: string };
  /** Unreleased (not archived) first by release date, undated after dated; then released, newest first; then archived. */
  versions: VersionSummary[];
  /** The version "the next unreleased version" resolves to today, or null when there is none. */
  nextUnreleasedId: string | null;
}

/** Who may sign a check: anyone, or the listed Atlassian account ids. */
export type AllowedSigners = 'anyone' | string[];

export interface ScopeChange {
  added: IssueKey[];
  removed: IssueKey[];
}

/** One required check as this viewer sees it. */
export interface CheckView {
  checkId: string;
  label: string;
  /** Signed and not stale: what the verdict counts. */
  signed: boolean;
  /** Signed for a different set of issues than the version has now: counts as missing. */
  stale: boolean;
  /** When stale: issue keys added and removed since signing (only keys this viewer can see). */
  scopeChange: ScopeChange | null;
  /** When stale because the signer is no longer an allowed signer of the check: why, in a sentence. */
  signerRemovedReason: string | null;
  /** Account id of the signer (current signature, fresh or stale), else null. */
  signedBy: string | null;
  /** The signer's display name when they signed. */
  signedByName: string | null;
  signedAt: string | null;
  allowedSigners: AllowedSigners;
  /** Whether this viewer may sign (or withdraw) this check. */
  canSign: boolean;
  /** Why not, when `canSign` is false. */
  cannotSignReason: string | null;
}

/** SPEC §5 readiness JSON plus what the gadget shows. */
export interface ReadinessView {
  asOf: IsoDate;
  project: { key: string; name: string };
  version: VersionSummary;
  /** True when the version was chosen as "the next unreleased version". */
  followsNextUnreleased: boolean;
  issues: { total: number; done: number; inProgress: number; todo: number };
  percentDone: Percent;
  blockers: IssueKey[];
  openBugs: number;
  openBugKeys: IssueKey[];
  unassigned: number;
  unassignedKeys: IssueKey[];
  daysToRelease: number | null;
  throughputPerDay: number;
  /** Done issues resolved in the last 14 days (the throughput's numerator). */
  resolvedInWindow: number;
  daysNeeded: number | null;
  /** SPEC §5 `signoffs`: one per required check; `signedBy` is null when missing or stale. */
  signoffs: Array<{ label: string; signedBy: string | null; signedAt: string | null }>;
  checks: CheckView[];
  verdict: ReadinessVerdict;
  reasons: string[];
  /** Base URL for links to Jira (`…/browse/KEY`, `…/projects/KEY/versions/ID`). */
  siteUrl: string;
  viewerAccountId: string;
  /** The viewer's Jira display name (for "sign as …"), or null when not asked for or unknown. */
  viewerName: string | null;
}

export interface AuditEntry {
  checkId: string;
  /** The check's label now (or, for a check removed from settings, its id). */
  label: string;
  action: 'sign' | 'withdraw';
  accountId: string;
  displayName: string | null;
  at: string;
  /** Issue keys the sign-off approved, only those this viewer can see. */
  scopeKeys: IssueKey[];
}

/** SPEC §3 sign-offs file: `shipshape readiness --signoffs FILE` reads it (built by src/domain/signoffs-file.ts). */
export type { SignoffsFile } from '../domain/signoffs-file';

/** Issue panel: one fix version of the issue. */
export interface IssueRelease {
  version: VersionSummary;
  projectKey: string;
  verdict: ReadinessVerdict;
  percentDone: Percent;
  /** The first reason, or null. */
  topReason: string | null;
  /** Link to the version in Jira. */
  url: string;
}

export interface IssueReleases {
  issueKey: string;
  asOf: IsoDate;
  releases: IssueRelease[];
}

// ---------------------------------------------------------------------------------------------
// Settings (admin page)

/** What a settings save accepts, and the account-id form (the admin page checks the same before sending). */
export { ACCOUNT_ID_PATTERN, SETTINGS_LIMITS } from '../domain/settings';

export interface CheckSetting {
  /** Stable id (renaming keeps signatures). Omit or null for a new check: the server assigns one. */
  id: string;
  label: string;
  signers: AllowedSigners;
}

export interface AppSettings {
  /** Priority names that make an open issue a blocker (SPEC §3 default Highest, Blocker, Critical). */
  blockerPriorities: string[];
  /** Required sign-offs, in display order. */
  checks: CheckSetting[];
  /** Story-point field id or name; null = discover (SPEC §1). */
  storyPointsField: string | null;
  /**
   * Account ids of the people who may replace or reset the team's career framework; null (the
   * default): Jira administrators.
   */
  frameworkEditors: string[] | null;
  /** Projects with their own blocker priorities or sign-offs (absent in saves before there were any). */
  projects?: ProjectSettings[];
}

/** A project's own settings; a part that is null uses the site's (the settings above). */
export interface ProjectSettings {
  /** Jira's project id (stable across key changes): what the readiness report matches on. */
  projectId: string;
  /** The key when saved, for showing only. */
  projectKey: string;
  projectName?: string;
  blockerPriorities: string[] | null;
  checks: CheckSetting[] | null;
}

export interface SettingsView {
  settings: AppSettings;
  /** Increases with every save; a save names the revision it edited, so two admins cannot overwrite each other unseen. */
  revision: number;
  updatedAt: string | null;
  updatedBy: string | null;
  /** The saver's display name when they saved (null for older saves or when Jira did not say). */
  updatedByName: string | null;
  /** True when nothing was saved yet and these are the SPEC defaults. */
  isDefault: boolean;
  viewerAccountId: string;
  /** Priority names of this Jira site, as suggestions. */
  sitePriorities: string[];
  /** Whether this viewer may save: Jira administrators only (checked as the viewer). */
  canEdit: boolean;
  /** Why not, when `canEdit` is false. */
  cannotEditReason: string | null;
}

export interface SettingsSavePayload {
  revision: number;
  settings: {
    blockerPriorities: string[];
    checks: Array<{ id?: string | null; label: string; signers: AllowedSigners }>;
    storyPointsField: string | null;
    /** Omitted or null: Jira administrators. */
    frameworkEditors?: string[] | null;
    projects?: Array<{
      projectId: string;
      projectKey: string;
      projectName?: string;
      blockerPriorities: string[] | null;
      checks: Array<{ id?: string | null; label: string; signers: AllowedSigners }> | null;
    }>;
  };
}

// ---------------------------------------------------------------------------------------------
// Gadget configuration (saved by Jira with the gadget via view.submit)

export interface ReadinessGadgetConfig {
  projectKey: string;
  /** 'version': the chosen version (id; name kept to explain a deleted one); 'next': the next unreleased version. */
  mode: 'version' | 'next';
  versionId?: string;
  versionName?: string;
  /** Auto-refresh in minutes (Forge reads `refresh` from the submitted configuration). */
  refresh?: number;
  /** SPEC §7 baseline: the version's start date (default), a date, or 28 days ago. */
  baselineMode?: ReleaseBaselineMode;
  /** With `baselineMode: 'date'`. */
  baselineDate?: string;
}
