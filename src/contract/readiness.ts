/**
 * Release readiness (SPEC §3): resolver keys, payloads and responses of the dashboard gadget, its
 * edit view, its sign-offs and the issue panel's release section. The report's fields are the
 * domain's (`ReadinessReport`, `SignoffStatus`), trimmed for the wire.
 */
import type { ReadinessReport, Verdict } from '../domain/readiness';
import type { SignoffStatus } from '../domain/signoffs';
import type { AllowedSigners } from '../domain/settings';
import type { IsoDate, IssueKey, Percent, VersionInfo } from '../domain/types';

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
} as const;

/** SPEC §3 verdict. */
export type ReadinessVerdict = Verdict;

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

export type VersionSummary = Omit<VersionInfo, 'projectKey'>;

export interface ProjectVersions {
  project: { key: string; name: string };
  /** Unreleased (not archived) first by release date, undated after dated; then released, newest first; then archived. */
  versions: VersionSummary[];
  /** The version "the next unreleased version" resolves to today, or null when there is none. */
  nextUnreleasedId: string | null;
}

export type ScopeChange = NonNullable<SignoffStatus['scopeChange']>;

/** One required check as this viewer sees it (`scopeChange` holds only keys this viewer can see). */
export type CheckView = Pick<SignoffStatus, 'checkId' | 'label' | 'signed' | 'stale' | 'scopeChange' | 'signedAt'> & {
  /** When stale because the signer is no longer an allowed signer of the check: why, in a sentence. */
  signerRemovedReason: string | null;
  /** Account id of the signer (current signature, fresh or stale), else null. */
  signedBy: string | null;
  /** The signer's display name when they signed. */
  signedByName: string | null;
  allowedSigners: AllowedSigners;
  /** Whether this viewer may sign (or withdraw) this check. */
  canSign: boolean;
  /** Why not, when `canSign` is false. */
  cannotSignReason: string | null;
};

/** SPEC §5 readiness JSON plus what the gadget shows: the domain's report, trimmed for the wire. */
export type ReadinessView = Omit<ReadinessReport, 'version' | 'signoffs' | 'issueKeys'> & {
  project: { key: string; name: string };
  version: VersionSummary;
  /** True when the version was chosen as "the next unreleased version". */
  followsNextUnreleased: boolean;
  /** SPEC §5 `signoffs`: one per required check; `signedBy` is null when missing or stale. */
  signoffs: Array<Pick<SignoffStatus, 'label' | 'signedBy' | 'signedAt'>>;
  checks: CheckView[];
  /** Base URL for links to Jira (`…/browse/KEY`, `…/projects/KEY/versions/ID`). */
  siteUrl: string;
  viewerAccountId: string;
  /** The viewer's Jira display name (for "sign as …"), or null when not asked for or unknown. */
  viewerName: string | null;
};

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
