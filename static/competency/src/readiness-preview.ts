/**
 * A live preview of SPEC §4 level-up readiness for the unsaved form, so the verdict moves as boxes are
 * ticked. The backend's `assessLevelUp` stays the authority: once saved, the page shows the
 * resolver's readiness, and the preview is only used while the form differs from what is stored.
 *
 * Why a copy: the UI may import only src/contract.ts, and the contract has no "readiness of this
 * draft" resolver (see the report: a `competency-readiness-preview` resolver would remove this file).
 * The rules are the SPEC's, written out the same way:
 * - whole months from s to a: (a.year − s.year) × 12 + (a.month − s.month), less one when
 *   a.day < s.day and a is not the last day of its month; eligible from s + 18 months (clamped to
 *   the month's last day);
 * - every category of the target level has at least one ticked behaviour with non-empty evidence.
 */
import { findLevel, markKey, type AssessmentDraft, type Framework } from './model';

/** SPEC §4: "time in the current level is at least 18 whole calendar months". */
export const MONTHS_REQUIRED = 18;

const ISO = /^(\d{4})-(\d{2})-(\d{2})$/;

function parts(d: string): { y: number; m: number; d: number } | null {
  const x = ISO.exec(d);
  if (!x) return null;
  const y = Number(x[1]);
  const m = Number(x[2]);
  const day = Number(x[3]);
  if (m < 1 || m > 12 || day < 1 || day > daysIn(y, m)) return null;
  return { y, m, d: day };
}

function daysIn(y: number, m: number): number {
  if (m === 2) return (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0 ? 29 : 28;
  return m === 4 || m === 6 || m === 9 || m === 11 ? 30 : 31;
}

const pad = (n: number, w = 2) => String(n).padStart(w, '0');

export function isRealDate(d: string): boolean {
  return parts(d) !== null;
}

export function wholeMonths(since: string, asOf: string): number | null {
  const s = parts(since);
  const a = parts(asOf);
  if (!s || !a || asOf < since) return null;
  let months = (a.y - s.y) * 12 + (a.m - s.m);
  if (a.d < s.d && a.d !== daysIn(a.y, a.m)) months -= 1;
  return months;
}

export function addMonthsClamped(since: string, months: number): string | null {
  const s = parts(since);
  if (!s) return null;
  const index = s.y * 12 + (s.m - 1) + months;
  const y = Math.floor(index / 12);
  const m = (index % 12) + 1;
  return `${pad(y, 4)}-${pad(m)}-${pad(Math.min(s.d, daysIn(y, m)))}`;
}

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
  const categories: PreviewCategory[] = (target?.categories ?? []).map((c) => {
    let demonstrated = 0;
    let withoutEvidence = 0;
    let behaviours = 0;
    const missingSkills: string[] = [];
    for (const s of c.skills) {
      let inSkill = 0;
      s.behaviours.forEach((_, i) => {
        behaviours++;
        const m = draft.marks[markKey(draft.targetLevel, s.name, i + 1)];
        if (!m?.checked) return;
        if (m.evidence.trim()) inSkill++;
        else withoutEvidence++;
      });
      demonstrated += inSkill;
      if (inSkill === 0) missingSkills.push(s.name);
    }
    return { name: c.name, covered: demonstrated > 0, demonstrated, behaviours, missingSkills, withoutEvidence };
  });

  let incomplete: string | null = null;
  if (!current || !target) incomplete = 'Choose your current level and a target level.';
  else if (target.rank <= current.rank) incomplete = `The target level must be above ${current.id}.`;
  else if (!draft.currentLevelSince) incomplete = `Enter the date you started in ${current.id}.`;
  else if (!isRealDate(draft.currentLevelSince)) incomplete = 'The start date must be a real calendar date.';
  else if (draft.currentLevelSince > asOf) incomplete = `The start date cannot be after today (${asOf}).`;

  const monthsInRole = incomplete ? null : wholeMonths(draft.currentLevelSince, asOf);
  const eligibleFrom = isRealDate(draft.currentLevelSince) ? addMonthsClamped(draft.currentLevelSince, MONTHS_REQUIRED) : null;
  const timeInRoleMet = monthsInRole !== null && monthsInRole >= MONTHS_REQUIRED;
  const reasons: string[] = [];
  if (incomplete) reasons.push(incomplete);
  else if (!timeInRoleMet) {
    reasons.push(
      `${monthsInRole} whole ${monthsInRole === 1 ? 'month' : 'months'} in ${current!.id} since ${draft.currentLevelSince}; ` +
        `${MONTHS_REQUIRED} are needed (reached on ${eligibleFrom})`,
    );
  }
  for (const c of categories) {
    if (!c.covered) reasons.push(`No ${c.name} behaviour of ${target!.id} demonstrated with evidence (0 of ${c.behaviours})`);
  }
  return {
    eligible: !incomplete && reasons.length === 0,
    monthsInRole,
    monthsRequired: MONTHS_REQUIRED,
    eligibleFrom,
    timeInRoleMet,
    categories,
    reasons,
    incomplete,
  };
}
