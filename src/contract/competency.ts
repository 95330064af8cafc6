/**
 * Competency pages (SPEC §4): resolver keys, payloads and responses shared by the backend
 * (src/resolvers/competency.ts) and the Custom UI, derived from the domain's framework and levels types.
 *
 * Identity: every call acts as `context.accountId` (the viewer, from the Forge context). No payload
 * field ever names whose assessment is read or written, except `ownerAccountId` on the read-only
 * shared views, which answer only when that owner shared with the caller.
 */
import type { DemonstratedBehaviour } from '../domain/assessment-file';
import type { Framework, Level } from '../domain/framework';
import type { LevelComparison } from '../domain/level-compare';
import type { LevelsResult } from '../domain/levels';
import type { IsoDate } from '../domain/types';

export const COMPETENCY_KEYS = {
  frameworkGet: 'competency-framework-get',
  frameworkValidate: 'competency-framework-validate',
  frameworkSaveCustom: 'competency-framework-save-custom',
  frameworkReset: 'competency-framework-reset',
  frameworkAudit: 'competency-framework-audit',
  levelView: 'competency-level-view',
  levelCompare: 'competency-level-compare',
  search: 'competency-search',
  assessmentGetMine: 'competency-assessment-get-mine',
  assessmentSaveMine: 'competency-assessment-save-mine',
  assessmentDeleteMine: 'competency-assessment-delete-mine',
  assessmentShare: 'competency-assessment-share',
  assessmentUnshare: 'competency-assessment-unshare',
  assessmentListSharedWithMe: 'competency-assessment-list-shared-with-me',
  assessmentGetShared: 'competency-assessment-get-shared',
  readinessMine: 'competency-readiness-mine',
  exportMarkdown: 'competency-export-markdown',
  publish: 'competency-publish',
} as const;

/** Limits every payload is checked against (BAD_INPUT beyond them). */
export const COMPETENCY_LIMITS = {
  evidenceChars: 2000,
  personChars: 200,
  demonstratedEntries: 500,
  frameworkTextChars: 2_000_000,
  searchQueryChars: 100,
  searchMinChars: 2,
  searchMaxHits: 500,
  sharesPerAssessment: 20,
  viewerNameChars: 100,
} as const;

// ---------------------------------------------------------------------------------------------
// Framework

export interface FrameworkSource {
  kind: 'default' | 'custom';
  frameworkId: string;
  name: string;
  /** Custom only: account id that saved it, and when (ISO). */
  savedBy: string | null;
  savedAt: string | null;
  /** Set when a stored custom framework could not be read and the default is shown instead. */
  problem: string | null;
}

/** `frameworkGet`, `frameworkSaveCustom`, `frameworkReset` answer this. */
export interface FrameworkInfo {
  framework: Framework;
  isCustom: boolean;
  source: FrameworkSource;
  /** Whether this viewer may replace or reset the team framework (framework editors; default Jira administrators). */
  canEdit?: boolean;
  /** Why not, when `canEdit` is false. */
  cannotEditReason?: string | null;
}

/** Exactly one of `text` (the JSON file's text) or `framework` (an object). */
export interface FrameworkUploadPayload {
  text?: string;
  framework?: unknown;
}

export interface FrameworkValidateResponse {
  ok: boolean;
  /** Every problem, each naming its path, e.g. `levels[2].categories[0].skills[1].behaviours`. */
  errors: Array<{ path: string; message: string }>;
  summary: { id: string; name: string; levels: string[] } | null;
}

export interface FrameworkAuditEntryView {
  action: 'save-custom' | 'reset';
  accountId: string;
  at: string;
  frameworkId: string | null;
  name: string | null;
}

export interface FrameworkAuditResponse {
  entries: FrameworkAuditEntryView[];
}

// ---------------------------------------------------------------------------------------------
// Level views

export interface LevelViewPayload {
  level: string;
}

export interface LevelViewResponse {
  /** The level itself: what it adds (its own behaviours). */
  level: Level;
  ladder: { id: string; name: string; role: string };
  /** Everything expected at it (levels are additive): every lower-ranked level, then itself. */
  everything: Level[];
  /** Neighbours on its ladder, for "previous / next" links. */
  previous: string | null;
  next: string | null;
  /** Behaviours the level itself lists, and at it in all (its own plus every lower level's). */
  counts: { own: number; everything: number };
}

export interface LevelComparePayload {
  from: string;
  to: string;
}

export type LevelCompareResponse = LevelComparison;

export interface SearchPayload {
  query: string;
  /** Optional filters (level id, category name; case-insensitive). */
  level?: string;
  category?: string;
  limit?: number;
}

export interface SearchHit {
  levelId: string;
  ladderId: string;
  category: string;
  skill: string;
  /** 1-based position of the behaviour in its skill (SPEC §4 positions). */
  position: number;
  behaviour: string;
  matchedIn: 'behaviour' | 'skill' | 'both';
}

export interface SearchResponse {
  query: string;
  hits: SearchHit[];
  /** Hits before the limit. */
  total: number;
  truncated: boolean;
}

// ---------------------------------------------------------------------------------------------
// Assessments

/** One demonstrated behaviour of the SPEC §4 assessment; `evidence` is a link (Jira issue key or URL, Confluence page URL) or a sentence, at most `COMPETENCY_LIMITS.evidenceChars`. */
export type DemonstratedInput = DemonstratedBehaviour;

/** What `assessmentSaveMine` takes. Any account id in it is ignored: the owner is the caller. */
export interface AssessmentSavePayload {
  person?: string | null;
  currentLevel: string;
  /** `YYYY-MM-DD`, not after today. */
  currentLevelSince: IsoDate;
  targetLevel: string;
  demonstrated: DemonstratedInput[];
  /** The revision the UI loaded (0 when there was none): a newer stored one refuses the save. */
  revision?: number;
  /** As-of for the readiness in the answer (default today). */
  asOf?: IsoDate;
}

export type EvidenceKind = 'jira-issue' | 'confluence-page' | 'url' | 'text' | 'empty';

export interface DemonstratedRecord extends DemonstratedInput {
  evidenceKind: EvidenceKind;
  /** A safe http(s) link for the evidence, or null for text. */
  evidenceHref: string | null;
}

export interface AssessmentRecord {
  ownerAccountId: string;
  person: string | null;
  currentLevel: string;
  currentLevelSince: IsoDate;
  targetLevel: string;
  demonstrated: DemonstratedRecord[];
  revision: number;
  updatedAt: string;
}

export interface ShareInfo {
  viewerAccountId: string;
  viewerName: string | null;
  grantedAt: string;
}

export interface AsOfPayload {
  asOf?: IsoDate;
}

/** `assessmentGetMine` and `assessmentSaveMine` answer this. */
export interface MyAssessmentView {
  assessment: AssessmentRecord | null;
  /** SPEC §4 readiness at `asOf`; null when there is no assessment or it cannot be computed. */
  readiness: LevelsResult | null;
  /** Why readiness could not be computed (e.g. the framework changed and a skill is gone). */
  problem: string | null;
  /** True when the assessment was saved against another framework than the active one. */
  frameworkChanged: boolean;
  asOf: IsoDate;
  sharedWith: ShareInfo[];
}

export interface SharePayload {
  viewerAccountId: string;
  /** A label for the list, e.g. the manager's name. */
  viewerName?: string;
}

export interface UnsharePayload {
  viewerAccountId: string;
}

export interface SharesResponse {
  sharedWith: ShareInfo[];
}

export interface SharedWithMeItem {
  ownerAccountId: string;
  person: string | null;
  currentLevel: string;
  targetLevel: string;
  grantedAt: string;
  updatedAt: string;
}

export interface SharedWithMeResponse {
  items: SharedWithMeItem[];
}

export interface GetSharedPayload {
  ownerAccountId: string;
  asOf?: IsoDate;
}

/** Read-only view of someone else's assessment they shared with the caller. */
export interface SharedAssessmentView {
  assessment: AssessmentRecord;
  readiness: LevelsResult | null;
  problem: string | null;
  frameworkChanged: boolean;
  asOf: IsoDate;
  readOnly: true;
  grantedAt: string;
}

export interface ExportMarkdownPayload {
  asOf?: IsoDate;
  /** Export someone else's assessment: only when they shared it with the caller. */
  ownerAccountId?: string;
}

export interface ExportMarkdownResponse {
  markdown: string;
  /** Suggested file name, e.g. `promotion-packet-PO2-2025-11-30.md`. */
  filename: string;
  asOf: IsoDate;
}

// ---------------------------------------------------------------------------------------------
// Publish to Confluence

export interface PublishPayload {
  /** Confluence space key, e.g. `PO` (or `~accountId` for a personal space). */
  spaceKey: string;
}

export interface PublishedPageInfo {
  role: 'overview' | 'level';
  levelId: string | null;
  title: string;
  id: string;
  url: string | null;
  action: 'created' | 'updated';
  /** The page's version number after this publish. */
  version: number;
}

export interface PublishResponse {
  space: { id: string; key: string; name: string; url: string | null };
  frameworkId: string;
  pages: PublishedPageInfo[];
  publishedAt: string;
}
