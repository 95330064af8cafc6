/**
 * A live preview of SPEC §4 level-up readiness for the unsaved form, so the verdict moves as boxes
 * are ticked. It runs the domain's own `assessLevelUp` (src/domain is pure: no I/O, no Forge), so
 * the preview and the saved result are one calculation; once saved, the page shows the
 * resolver's answer. Only the "form not complete yet" messages are the UI's own.
 */
import { addMonthsClamped, isIsoDate } from '../../../src/domain/dates';
import { assessLevelUp, MONTHS_REQUIRED } from '../../../src/domain/levels';
import { findLevel, markKey, type AssessmentDraft, type Framework } from '../../shared/competency/model';

export { MONTHS_REQUIRED };

export interface PreviewCategory {
  name: string;
  covered: boolean;
  demonstrated: number;
  behaviours: number;
  missingSkills: string[];
  /** Ticked but without evidence: they demonstrate nothing yet. */
  withoutEvidence: number;
}

export interface ReadinessPreview {
  eligible: boolean;
  monthsInRole: number | null;
  monthsRequired: number;
  eligibleFrom: string | null;
  timeInRoleMet: boolean;
  categories: PreviewCategory[];
  reasons: string[];
  /** Why no verdict can be given yet (no start date, a date after as-of …). */
  incomplete: string | null;
}

export function previewReadiness(fw: Framework, draft: AssessmentDraft, asOf: string): ReadinessPreview {
  const current = findLevel(fw, draft.currentLevel);
  const target = findLevel(fw, draft.targetLevel);

  let incomplete: string | null = null;
  if (!current || !target) incomplete = 'Choose your current level and a target level.';
  else if (target.rank <= current.rank) incomplete = `The target level must be above ${current.id}.`;
  else if (!draft.currentLevelSince) incomplete = `Enter the date you started in ${current.id}.`;
  else if (!isIsoDate(draft.currentLevelSince)) incomplete = 'The start date must be a real calendar date.';
  else if (draft.currentLevelSince > asOf) incomplete = `The start date cannot be after today (${asOf}).`;

  // Ticked boxes of the target level, as the assessment file would list them.
  const demonstrated: Array<{ skill: string; behaviour: number; evidence: string }> = [];
  const withoutEvidence = new Map<string, number>();
  for (const c of target?.categories ?? []) {
    for (const sk of c.skills) {
      sk.behaviours.forEach((_, i) => {
        const m = draft.marks[markKey(draft.targetLevel, sk.name, i + 1)];
        if (!m?.checked) return;
        demonstrated.push({ skill: sk.name, behaviour: i + 1, evidence: m.evidence });
        if (!m.evidence.trim()) withoutEvidence.set(c.name, (withoutEvidence.get(c.name) ?? 0) + 1);
      });
    }
  }

  // Coverage does not depend on the start date, so it is shown even before the form is complete
  // (the domain is asked with a start date of today, and its time-in-role verdict is ignored).
  const ranksOk = !!current && !!target && target.rank > current.rank;
  const since = incomplete ? asOf : draft.currentLevelSince;
  const result = ranksOk ? assessLevelUp(fw, { currentLevel: current!.id, currentLevelSince: since, targetLevel: target!.id, demonstrated }, asOf) : null;

  const categories: PreviewCategory[] = (result?.categories ?? []).map((c) => ({
    name: c.name,
    covered: c.covered,
    demonstrated: c.demonstrated,
    behaviours: c.behaviours,
    missingSkills: [...c.missingSkills],
    withoutEvidence: withoutEvidence.get(c.name) ?? 0,
  }));
  // The domain lists the time-in-role reason first when it is not met; drop it while incomplete.
  const domainReasons = result ? (incomplete && !result.timeInRoleMet ? result.reasons.slice(1) : result.reasons) : [];
  return {
    eligible: !incomplete && !!result?.eligible,
    monthsInRole: incomplete ? null : (result?.monthsInRole ?? null),
    monthsRequired: MONTHS_REQUIRED,
    eligibleFrom: isIsoDate(draft.currentLevelSince) ? addMonthsClamped(draft.currentLevelSince, MONTHS_REQUIRED) : null,
    timeInRoleMet: !incomplete && !!result?.timeInRoleMet,
    categories,
    reasons: incomplete ? [incomplete, ...domainReasons] : domainReasons,
    incomplete,
  };
}
