/**
 * Self-assessments and level-up readiness (SPEC §4), as the caller.
 *
 * Privacy: `deps.accountId` comes from the Forge context (`context.accountId`) and is the only
 * identity used. An assessment is read or changed only by its owner; someone else reads it only
 * while the owner's read-only share with them exists, and never changes it. No payload field
 * chooses whose assessment is written.
 *
 * A failed call never loses stored data: every payload is validated in full (types, limits, and
 * against the active framework) before anything is written.
 */
import type {
  AssessmentRecord,
  ExportMarkdownResponse,
  MyAssessmentView,
  SharedAssessmentView,
  SharedWithMeItem,
  ShareInfo,
} from '../../contract/competency';
import { COMPETENCY_LIMITS } from '../../contract/competency';
import { isIsoDate } from '../../domain/dates';
import { DomainInputError } from '../../domain/errors';
import { validateAssessment, type Assessment } from '../../domain/assessment-file';
import { requireLevel } from '../../domain/level-ladders';
import { assessLevelUp, type LevelsResult } from '../../domain/levels';
import type { IsoDate } from '../../domain/types';
import { BadInputError, ForbiddenError, NotFoundError } from '../../errors';
import { AssessmentStore, type AssessmentDraft, type ShareGrant, type StoredAssessment } from '../../store/assessment-store';
import type { KeyValueStore } from '../../store/kv-store';
import { domainInput } from './errors';
import { classifyEvidence } from './evidence';
import type { ActiveFramework } from './framework-service';
import { promotionPacketMarkdown } from './markdown';
import { quote } from '../../domain/input';

/** What the assessment use cases need, first parameter of each: storage, the caller, the clock and the active framework. */
export interface AssessmentDeps {
  store: KeyValueStore;
  /** The caller, from the Forge context. */
  accountId: string;
  today: IsoDate;
  /** ISO timestamp. */
  now: string;
  active: ActiveFramework;
  /** Jira site base, for links to issue keys given as evidence. */
  jiraSiteUrl?: string | null;
  /** Milliseconds clock for revision claims (tests). */
  nowMs?: () => number;
}

/** Atlassian account ids (`5b10ac8d82e05b22cc7d4ef5`, `557058:f58131cb-…`). */
export const ACCOUNT_ID = /^[A-Za-z0-9][A-Za-z0-9:_-]{0,127}$/;

export function requireAccountId(value: unknown, field: string): string {
  if (typeof value !== 'string' || !ACCOUNT_ID.test(value.trim())) {
    throw new BadInputError(`"${field}" must be an Atlassian account id (letters, digits, ':', '_' or '-'; at most 128 characters).`);
  }
  return value.trim();
}

function assessments(deps: AssessmentDeps): AssessmentStore {
  return new AssessmentStore(deps.store, deps.nowMs);
}

function optionalDate(p: Record<string, unknown>, field: string): IsoDate | undefined {
  const v = p[field];
  if (v === undefined || v === null) return undefined;
  if (!isIsoDate(v)) throw new BadInputError(`"${field}" must be a real calendar date as YYYY-MM-DD (got ${quote(v)}).`);
  return v;
}

/** The payload of `assessmentSaveMine`, checked in full; answers the draft to store. */
export function parseAssessmentPayload(
  p: Record<string, unknown>,
  active: ActiveFramework,
  today: IsoDate,
): { draft: AssessmentDraft; revision?: number; asOf?: IsoDate } {
  const framework = active.framework;
  if (Array.isArray(p.demonstrated) && p.demonstrated.length > COMPETENCY_LIMITS.demonstratedEntries) {
    throw new BadInputError(`"demonstrated" has ${p.demonstrated.length} entries; at most ${COMPETENCY_LIMITS.demonstratedEntries} are allowed.`);
  }
  const a = domainInput(() => validateAssessment(p));
  if (p.person !== undefined && p.person !== null && typeof p.person !== 'string') throw new BadInputError('"person" must be a string.');
  const person = typeof a.person === 'string' && a.person.trim() !== '' ? a.person.trim().replace(/\s+/g, ' ') : null;
  if (person && person.length > COMPETENCY_LIMITS.personChars) {
    throw new BadInputError(`"person" is too long (${person.length} characters; at most ${COMPETENCY_LIMITS.personChars}).`);
  }
  a.demonstrated.forEach((d, i) => {
    if (d.evidence.length > COMPETENCY_LIMITS.evidenceChars) {
      throw new BadInputError(
        `demonstrated[${i}].evidence is too long (${d.evidence.length} characters; at most ${COMPETENCY_LIMITS.evidenceChars}). Link to a page instead.`,
      );
    }
    if (d.skill.length > 200) throw new BadInputError(`demonstrated[${i}].skill is too long (at most 200 characters).`);
  });
  if (a.currentLevelSince > today) {
    throw new BadInputError(`"currentLevelSince" ${a.currentLevelSince} is in the future (today is ${today}).`);
  }
  let revision: number | undefined;
  if (p.revision !== undefined && p.revision !== null) {
    if (typeof p.revision !== 'number' || !Number.isInteger(p.revision) || p.revision < 0) {
      throw new BadInputError('"revision" must be a whole number ≥ 0 (the revision you loaded; 0 when there was none).');
    }
    revision = p.revision;
  }
  const asOf = optionalDate(p, 'asOf');
  // Levels, skills, positions and "target above current" against the active framework (SPEC §4).
  const result = domainInput(() => assessLevelUp(framework, a, today));
  const target = requireLevel(framework, result.targetLevel);
  const skillNames = target.categories.flatMap((c) => c.skills.map((s) => s.name));
  const canonical = (skill: string): string => skillNames.find((n) => n.trim().toLowerCase() === skill.trim().toLowerCase()) ?? skill;
  return {
    draft: {
      person,
      currentLevel: result.currentLevel,
      currentLevelSince: a.currentLevelSince,
      targetLevel: result.targetLevel,
      demonstrated: a.demonstrated.map((d) => ({ skill: canonical(d.skill), behaviour: d.behaviour, evidence: d.evidence.trim() })),
      frameworkRef: active.ref,
    },
    ...(revision !== undefined ? { revision } : {}),
    ...(asOf !== undefined ? { asOf } : {}),
  };
}

function toAssessment(s: StoredAssessment): Assessment {
  return {
    ...(s.person ? { person: s.person } : {}),
    currentLevel: s.currentLevel,
    currentLevelSince: s.currentLevelSince,
    targetLevel: s.targetLevel,
    demonstrated: s.demonstrated,
  };
}

export function toRecord(s: StoredAssessment, jiraSiteUrl?: string | null): AssessmentRecord {
  return {
    ownerAccountId: s.ownerAccountId,
    person: s.person,
    currentLevel: s.currentLevel,
    currentLevelSince: s.currentLevelSince,
    targetLevel: s.targetLevel,
    demonstrated: s.demonstrated.map((d) => {
      const link = classifyEvidence(d.evidence, jiraSiteUrl);
      return { ...d, evidenceKind: link.kind, evidenceHref: link.href };
    }),
    revision: s.revision,
    updatedAt: s.updatedAt,
  };
}

/** SPEC §4 readiness of a stored assessment, or why it cannot be computed (never throws for content). */
export function readinessOf(
  s: StoredAssessment,
  active: ActiveFramework,
  asOf: IsoDate,
): { readiness: LevelsResult | null; problem: string | null; frameworkChanged: boolean } {
  const frameworkChanged = s.frameworkRef !== active.ref;
  try {
    return { readiness: assessLevelUp(active.framework, toAssessment(s), asOf), problem: null, frameworkChanged };
  } catch (err) {
    if (!(err instanceof DomainInputError)) throw err;
    const why = frameworkChanged ? `The framework changed since this assessment was saved: ${err.message} Update the assessment.` : err.message;
    return { readiness: null, problem: why, frameworkChanged };
  }
}

function shareInfo(g: ShareGrant): ShareInfo {
  return { viewerAccountId: g.viewerAccountId, viewerName: g.viewerName, grantedAt: g.grantedAt };
}

async function myView(deps: AssessmentDeps, stored: StoredAssessment | undefined, asOf: IsoDate): Promise<MyAssessmentView> {
  const sharedWith = (await assessments(deps).grantsBy(deps.accountId)).map(shareInfo);
  if (!stored) return { assessment: null, readiness: null, problem: null, frameworkChanged: false, asOf, sharedWith };
  return { assessment: toRecord(stored, deps.jiraSiteUrl), ...readinessOf(stored, deps.active, asOf), asOf, sharedWith };
}

export async function getMine(deps: AssessmentDeps, req: { asOf?: IsoDate } = {}): Promise<MyAssessmentView> {
  return myView(deps, await assessments(deps).get(deps.accountId), req.asOf ?? deps.today);
}

export async function saveMine(deps: AssessmentDeps, payload: Record<string, unknown>): Promise<MyAssessmentView> {
  const { draft, revision, asOf } = parseAssessmentPayload(payload, deps.active, deps.today);
  const saved = await assessments(deps).save(deps.accountId, draft, deps.now, revision);
  return myView(deps, saved, asOf ?? deps.today);
}

export async function deleteMine(deps: AssessmentDeps): Promise<{ deleted: boolean }> {
  const store = assessments(deps);
  const existed = (await store.get(deps.accountId)) !== undefined;
  await store.delete(deps.accountId);
  return { deleted: existed };
}

export async function share(deps: AssessmentDeps, req: { viewerAccountId: string; viewerName: string | null }): Promise<{ sharedWith: ShareInfo[] }> {
  const { viewerAccountId, viewerName } = req;
  if (viewerAccountId === deps.accountId) throw new BadInputError('You can already see your own assessment; choose someone else to share it with.');
  const store = assessments(deps);
  if (!(await store.get(deps.accountId))) throw new NotFoundError('Save your assessment before sharing it.');
  const grants = await store.grantsBy(deps.accountId);
  const existing = grants.find((g) => g.viewerAccountId === viewerAccountId);
  if (!existing && grants.length >= COMPETENCY_LIMITS.sharesPerAssessment) {
    throw new BadInputError(`Your assessment is already shared with ${grants.length} people, the most allowed; withdraw a share first.`);
  }
  await store.grant({
    ownerAccountId: deps.accountId,
    viewerAccountId,
    viewerName: viewerName ?? existing?.viewerName ?? null,
    grantedAt: existing?.grantedAt ?? deps.now,
  });
  return { sharedWith: (await store.grantsBy(deps.accountId)).map(shareInfo) };
}

export async function unshare(deps: AssessmentDeps, req: { viewerAccountId: string }): Promise<{ sharedWith: ShareInfo[] }> {
  const store = assessments(deps);
  await store.revoke(deps.accountId, req.viewerAccountId);
  return { sharedWith: (await store.grantsBy(deps.accountId)).map(shareInfo) };
}

export async function listSharedWithMe(deps: AssessmentDeps): Promise<{ items: SharedWithMeItem[] }> {
  const store = assessments(deps);
  const items: SharedWithMeItem[] = [];
  for (const grant of await store.sharedWith(deps.accountId)) {
    const a = await store.get(grant.ownerAccountId);
    if (!a) continue;
    items.push({
      ownerAccountId: grant.ownerAccountId,
      person: a.person,
      currentLevel: a.currentLevel,
      targetLevel: a.targetLevel,
      grantedAt: grant.grantedAt,
      updatedAt: a.updatedAt,
    });
  }
  return { items };
}

/**
 * Someone's assessment as the caller may see it: their own, or one shared with them. Anything
 * else is NOT_FOUND, worded the same whether or not the person has an assessment, so a caller
 * cannot probe who has one.
 */
async function readable(deps: AssessmentDeps, owner: string): Promise<{ stored: StoredAssessment; grantedAt: string }> {
  const store = assessments(deps);
  const notShared = (): never => {
    throw new NotFoundError('No assessment of that person is shared with you.');
  };
  if (owner === deps.accountId) {
    const mine = await store.get(owner);
    if (!mine) throw new NotFoundError('You have no saved assessment yet.');
    return { stored: mine, grantedAt: mine.updatedAt };
  }
  const grant = await store.grantFor(owner, deps.accountId);
  if (!grant) return notShared();
  const stored = await store.get(owner);
  if (!stored) return notShared();
  return { stored, grantedAt: grant.grantedAt };
}

export async function getShared(deps: AssessmentDeps, req: { ownerAccountId: string; asOf?: IsoDate }): Promise<SharedAssessmentView> {
  const asOf = req.asOf ?? deps.today;
  const { stored, grantedAt } = await readable(deps, req.ownerAccountId);
  return { assessment: toRecord(stored, deps.jiraSiteUrl), ...readinessOf(stored, deps.active, asOf), asOf, readOnly: true, grantedAt };
}

export async function readinessMine(deps: AssessmentDeps, req: { asOf?: IsoDate } = {}): Promise<LevelsResult> {
  const asOf = req.asOf ?? deps.today;
  const stored = await assessments(deps).get(deps.accountId);
  if (!stored) throw new NotFoundError('You have no saved assessment yet: record your current level, since when, and a target level first.');
  const { readiness, problem } = readinessOf(stored, deps.active, asOf);
  if (!readiness) throw new BadInputError(problem ?? 'Readiness cannot be computed for this assessment.');
  return readiness;
}

export async function exportMarkdown(deps: AssessmentDeps, req: { asOf?: IsoDate; ownerAccountId?: string } = {}): Promise<ExportMarkdownResponse> {
  const asOf = req.asOf ?? deps.today;
  const { stored } = await readable(deps, req.ownerAccountId ?? deps.accountId);
  const { readiness, problem } = readinessOf(stored, deps.active, asOf);
  if (!readiness) throw new BadInputError(problem ?? 'Readiness cannot be computed for this assessment.');
  const markdown = promotionPacketMarkdown({
    assessment: toRecord(stored, deps.jiraSiteUrl),
    result: readiness,
    framework: deps.active.framework,
    generatedAt: deps.now,
  });
  const slug = (stored.person ?? 'assessment').toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '') || 'assessment';
  return { markdown, filename: `promotion-packet-${slug}-${readiness.targetLevel}-${asOf}.md`, asOf };
}

/** Guards every call: the Forge context must name a user. */
export function requireCaller(accountId: unknown): string {
  if (typeof accountId !== 'string' || accountId.trim() === '') {
    throw new ForbiddenError('Sign in to Atlassian to use your assessment (this call has no user).');
  }
  // It becomes part of storage keys: only what an Atlassian account id can be.
  if (!ACCOUNT_ID.test(accountId)) throw new BadInputError('This call\'s account id is not an Atlassian account id.');
  return accountId;
}
