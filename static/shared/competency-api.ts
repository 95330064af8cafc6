/**
 * Typed wrappers for the competency resolvers (SPEC §4), used by the career
 * framework page, the matrix macro and its config view. Components never call `invoke` raw.
 *
 * Identity is the Forge context's account id on the backend: no wrapper takes "whose" assessment,
 * except the read-only shared views (`ownerAccountId`), which answer only while a share exists.
 */
import { call } from './api';
import {
  COMPETENCY_KEYS,
  type AsOfPayload,
  type AssessmentSavePayload,
  type ExportMarkdownPayload,
  type ExportMarkdownResponse,
  type FrameworkAuditResponse,
  type FrameworkInfo,
  type FrameworkUploadPayload,
  type FrameworkValidateResponse,
  type GetSharedPayload,
  type LevelComparePayload,
  type LevelCompareResponse,
  type LevelViewPayload,
  type LevelViewResponse,
  type MyAssessmentView,
  type PublishPayload,
  type PublishResponse,
  type SearchPayload,
  type SearchResponse,
  type SharedAssessmentView,
  type SharedWithMeResponse,
  type SharePayload,
  type SharesResponse,
  type UnsharePayload,
} from '../../src/contract';

const K = COMPETENCY_KEYS;

// Framework
export const getFramework = () => call<FrameworkInfo>(K.frameworkGet, {});
export const validateFramework = (p: FrameworkUploadPayload) => call<FrameworkValidateResponse>(K.frameworkValidate, p);
export const saveCustomFramework = (p: FrameworkUploadPayload) => call<FrameworkInfo>(K.frameworkSaveCustom, p);
export const resetFramework = () => call<FrameworkInfo>(K.frameworkReset, {});
export const getFrameworkAudit = () => call<FrameworkAuditResponse>(K.frameworkAudit, {});

// Level views
export const getLevelView = (p: LevelViewPayload) => call<LevelViewResponse>(K.levelView, p);
export const compareLevels = (p: LevelComparePayload) => call<LevelCompareResponse>(K.levelCompare, p);
export const searchBehaviours = (p: SearchPayload) => call<SearchResponse>(K.search, p);

// My assessment
export const getMyAssessment = (p: AsOfPayload = {}) => call<MyAssessmentView>(K.assessmentGetMine, p);
export const saveMyAssessment = (p: AssessmentSavePayload) => call<MyAssessmentView>(K.assessmentSaveMine, p);
export const deleteMyAssessment = () => call<{ deleted: boolean }>(K.assessmentDeleteMine, {});

// Sharing
export const shareAssessment = (p: SharePayload) => call<SharesResponse>(K.assessmentShare, p);
export const unshareAssessment = (p: UnsharePayload) => call<SharesResponse>(K.assessmentUnshare, p);
export const listSharedWithMe = () => call<SharedWithMeResponse>(K.assessmentListSharedWithMe, {});
export const getSharedAssessment = (p: GetSharedPayload) => call<SharedAssessmentView>(K.assessmentGetShared, p);

// Export and publish
export const exportMarkdown = (p: ExportMarkdownPayload = {}) => call<ExportMarkdownResponse>(K.exportMarkdown, p);
export const publishToConfluence = (p: PublishPayload) => call<PublishResponse>(K.publish, p);
