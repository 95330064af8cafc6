/** Competency pages (SPEC §4): framework, level views, assessments, readiness, packet, publishing. */
export * from './assessment-service';
export { domainInput } from './errors';
export { classifyEvidence } from './evidence';
export * from './framework-pages';
export * from './framework-service';
export * from './level-views';
export { mdText, promotionPacketMarkdown } from './markdown';
export * from './publish';
