/**
 * The UI's view of a career framework (SPEC §4): the domain types as the contract carries them, and
 * the small pure helpers the screens need (ladders, default target level, the assessment draft).
 *
 * The UI meets the backend only in src/contract.ts, which names the domain types without
 * re-exporting them; they are derived from the contract's responses here.
 */
import type {
  AssessmentRecord,
  AssessmentSavePayload,
  FrameworkInfo,
  LevelCompareResponse,
  LevelViewResponse,
  MyAssessmentView,
} from '../../../src/contract';

export type Framework = FrameworkInfo['framework'];
export type Level = LevelViewResponse['level'];
export type Category = Level['categories'][number];
export type Skill = Category['skills'][number];
export type Ladder = Framework['ladders'][number];
export type LevelsResult = NonNullable<MyAssessmentView['readiness']>;
export type CategoryCoverage = LevelsResult['categories'][number];
export type LevelComparison = LevelCompareResponse;
export type SkillComparison = LevelComparison['categories'][number]['skills'][number];
export type ChangeStatus = SkillComparison['status'];

/** The framework rules the screens need are the domain's (SPEC §4): one copy, shared with the server. */
export { defaultTargetLevel as defaultTarget, findLevel, ladderOf, levelsAbove as targetsAbove, norm } from '../../../src/domain/level-ladders';
import { defaultTargetLevel as defaultTarget, findLevel, ladderOf, norm } from '../../../src/domain/level-ladders';

/** "PO2 · Product Operations Specialist" */
export function levelTitle(fw: Framework, level: Level): string {
  const ladder = ladderOf(fw, level);
  return ladder?.role ? `${level.id} · ${ladder.role}` : level.id;
}

export function behaviourCount(level: Level): number {
  return level.categories.reduce((n, c) => n + c.skills.reduce((m, s) => m + s.behaviours.length, 0), 0);
}

// ---------------------------------------------------------------------------------------------
// The assessment draft: what the form holds before it is saved.

export interface DraftMark {
  /** Ticked as demonstrated. */
  checked: boolean;
  evidence: string;
}

export interface AssessmentDraft {
  person: string;
  currentLevel: string;
  currentLevelSince: string;
  targetLevel: string;
  /** `target level|skill#position` → mark; kept per target level, so switching back restores them. */
  marks: Record<string, DraftMark>;
}

export const markKey = (level: string, skill: string, position: number): string => `${norm(level)}|${norm(skill)}#${position}`;

export function emptyDraft(fw: Framework): AssessmentDraft {
  const first = fw.levels[0]?.id ?? '';
  return { person: '', currentLevel: first, currentLevelSince: '', targetLevel: defaultTarget(fw, first) ?? '', marks: {} };
}

export function draftOf(fw: Framework, a: AssessmentRecord | null): AssessmentDraft {
  if (!a) return emptyDraft(fw);
  const marks: Record<string, DraftMark> = {};
  for (const d of a.demonstrated) {
    const key = markKey(a.targetLevel, d.skill, d.behaviour);
    const prev = marks[key];
    // The same behaviour twice counts once (SPEC §4): keep the first non-empty evidence.
    if (!prev || (!prev.evidence && d.evidence)) marks[key] = { checked: true, evidence: d.evidence };
  }
  return { person: a.person ?? '', currentLevel: a.currentLevel, currentLevelSince: a.currentLevelSince, targetLevel: a.targetLevel, marks };
}

/**
 * The save payload: one entry per ticked behaviour of the target level, in the framework's order.
 * A tick without evidence is kept (so it survives a reload) and demonstrates nothing (SPEC §4).
 */
export function payloadOf(fw: Framework, draft: AssessmentDraft, revision: number): AssessmentSavePayload {
  const target = findLevel(fw, draft.targetLevel);
  const demonstrated: AssessmentSavePayload['demonstrated'] = [];
  for (const c of target?.categories ?? []) {
    for (const s of c.skills) {
      s.behaviours.forEach((_, i) => {
        const m = draft.marks[markKey(draft.targetLevel, s.name, i + 1)];
        if (m?.checked) demonstrated.push({ skill: s.name, behaviour: i + 1, evidence: m.evidence.trim() });
      });
    }
  }
  return {
    person: draft.person.trim() || null,
    currentLevel: draft.currentLevel,
    currentLevelSince: draft.currentLevelSince,
    targetLevel: draft.targetLevel,
    demonstrated,
    revision,
  };
}

export function sameDraft(a: AssessmentDraft, b: AssessmentDraft): boolean {
  const prefix = `${norm(a.targetLevel)}|`;
  const marks = (d: AssessmentDraft) =>
    Object.entries(d.marks)
      .filter(([k, m]) => m.checked && k.startsWith(prefix))
      .map(([k, m]) => `${k}=${m.evidence.trim()}`)
      .sort()
      .join('\n');
  return (
    a.person.trim() === b.person.trim() &&
    a.currentLevel === b.currentLevel &&
    a.currentLevelSince === b.currentLevelSince &&
    a.targetLevel === b.targetLevel &&
    marks(a) === marks(b)
  );
}
