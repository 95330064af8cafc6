/**
 * Level-up readiness (SPEC §4). Pure: framework, assessment and as-of in; the
 * SPEC §5 levels JSON (plus extras) out. Bad input throws `LevelsInputError`.
 */
import { addMonthsClamped, isIsoDate, wholeMonthsBetween } from './dates';
import { LevelsInputError } from './errors';
import type { Assessment } from './assessment-file';
import type { Framework, Level, Skill } from './framework';
import { norm, requireLevel } from './level-ladders';
import type { IsoDate } from './types';
import { quote } from './input';

/** SPEC §4: "time in the current level is at least 18 whole calendar months". */
export const MONTHS_REQUIRED = 18;

export interface BehaviourCoverage {
  /** 1-based position. */
  position: number;
  text: string;
  demonstrated: boolean;
  /** Non-empty evidence given for it (duplicates of the same behaviour collected here). */
  evidence: string[];
}

export interface SkillCoverage {
  name: string;
  /** Distinct behaviours demonstrated with evidence. */
  demonstrated: number;
  behaviours: BehaviourCoverage[];
}

export interface CategoryCoverage {
  // SPEC §5 fields
  name: string;
  covered: boolean;
  /** Distinct behaviours of the category demonstrated with evidence. */
  demonstrated: number;
  /** Behaviours the target level lists in the category. */
  behaviours: number;
  // extras
  skills: SkillCoverage[];
  /** Skills of the category with nothing demonstrated. */
  missingSkills: string[];
  /** Behaviours of the category not demonstrated. */
  missingBehaviours: Array<{ skill: string; behaviour: number; text: string }>;
}

export interface LevelsResult {
  asOf: IsoDate;
  currentLevel: string;
  targetLevel: string;
  eligible: boolean;
  monthsInRole: number;
  categories: CategoryCoverage[];
  reasons: string[];
  // extras
  person: string | null;
  currentLevelSince: IsoDate;
  monthsRequired: number;
  /** First date with 18 whole months in the current level. */
  eligibleFrom: IsoDate;
  timeInRoleMet: boolean;
  /** Entries that demonstrate nothing because their evidence is empty (1-based entry numbers). */
  ignoredEntries: Array<{ entry: number; skill: string; behaviour: number; reason: string }>;
}

function skillsOf(level: Level): Array<{ category: string; skill: Skill }> {
  return level.categories.flatMap((c) => c.skills.map((skill) => ({ category: c.name, skill })));
}

function requireDate(value: unknown, what: string): IsoDate {
  if (!isIsoDate(value)) {
    throw new LevelsInputError(`The ${what} must be a real calendar date as YYYY-MM-DD (got ${quote(value)}).`);
  }
  return value;
}

/**
 * SPEC §4 "Level-up readiness: eligible if and only if time in the current level is at least 18
 * whole calendar months at the as-of date; and every category of the target level has at least one
 * demonstrated behaviour with evidence". `skill` matched case-insensitively among the target
 * level's skills (the first match if a name repeats); `behaviour` is the 1-based position; empty
 * evidence demonstrates nothing; the same behaviour twice counts once. Throws `LevelsInputError` for
 * an unknown level or skill, a position out of range, an as-of date before the start date, a
 * target not above the current level by rank, or a malformed date.
 */
export function assessLevelUp(framework: Framework, assessment: Assessment, asOf: IsoDate): LevelsResult {
  requireDate(asOf, 'as-of date');
  const since = requireDate(assessment.currentLevelSince, 'currentLevelSince date');
  const current = requireLevel(framework, assessment.currentLevel, 'current level');
  const target = requireLevel(framework, assessment.targetLevel, 'target level');
  if (target.rank <= current.rank) {
    throw new LevelsInputError(
      `The target level ${target.id} (rank ${target.rank}) is not above the current level ${current.id} (rank ${current.rank}); ` +
        `choose a level ranked higher than ${current.rank}.`,
    );
  }
  if (asOf < since) {
    throw new LevelsInputError(`The as-of date ${asOf} is before the date ${since} the person started in ${current.id}.`);
  }

  const targetSkills = skillsOf(target);
  // demonstrated[category][skill] = position → evidence[]
  const evidence = new Map<Skill, Map<number, string[]>>();
  const ignoredEntries: LevelsResult['ignoredEntries'] = [];
  (assessment.demonstrated ?? []).forEach((entry, i) => {
    const n = i + 1;
    const found = typeof entry.skill === 'string' ? targetSkills.find((s) => norm(s.skill.name) === norm(entry.skill)) : undefined;
    if (!found) {
      throw new LevelsInputError(
        `Demonstrated entry ${n}: unknown skill ${JSON.stringify(entry.skill)} for ${target.id}; its skills are: ` +
          `${targetSkills.map((s) => s.skill.name).join(', ')}.`,
      );
    }
    const count = found.skill.behaviours.length;
    if (!Number.isInteger(entry.behaviour) || entry.behaviour < 1 || entry.behaviour > count) {
      throw new LevelsInputError(
        `Demonstrated entry ${n}: behaviour ${JSON.stringify(entry.behaviour)} is out of range for "${found.skill.name}" at ${target.id}; ` +
          (count === 1 ? 'the only position is 1.' : `positions run from 1 to ${count}.`),
      );
    }
    const text = typeof entry.evidence === 'string' ? entry.evidence.trim() : '';
    if (text === '') {
      ignoredEntries.push({ entry: n, skill: found.skill.name, behaviour: entry.behaviour, reason: 'empty evidence demonstrates nothing' });
      return;
    }
    let bySkill = evidence.get(found.skill);
    if (!bySkill) evidence.set(found.skill, (bySkill = new Map()));
    const list = bySkill.get(entry.behaviour);
    if (list) list.push(text);
    else bySkill.set(entry.behaviour, [text]);
  });

  const categories: CategoryCoverage[] = target.categories.map((c) => {
    const skills: SkillCoverage[] = c.skills.map((skill) => {
      const given = evidence.get(skill);
      const behaviours = skill.behaviours.map((text, idx) => {
        const ev = given?.get(idx + 1) ?? [];
        return { position: idx + 1, text, demonstrated: ev.length > 0, evidence: ev };
      });
      return { name: skill.name, demonstrated: behaviours.filter((b) => b.demonstrated).length, behaviours };
    });
    const demonstrated = skills.reduce((s, k) => s + k.demonstrated, 0);
    return {
      name: c.name,
      covered: demonstrated > 0,
      demonstrated,
      behaviours: skills.reduce((s, k) => s + k.behaviours.length, 0),
      skills,
      missingSkills: skills.filter((k) => k.demonstrated === 0).map((k) => k.name),
      missingBehaviours: skills.flatMap((k) =>
        k.behaviours.filter((b) => !b.demonstrated).map((b) => ({ skill: k.name, behaviour: b.position, text: b.text })),
      ),
    };
  });

  const monthsInRole = wholeMonthsBetween(since, asOf);
  const eligibleFrom = addMonthsClamped(since, MONTHS_REQUIRED);
  const timeInRoleMet = monthsInRole >= MONTHS_REQUIRED;
  const reasons: string[] = [];
  if (!timeInRoleMet) {
    reasons.push(
      `${monthsInRole} whole ${monthsInRole === 1 ? 'month' : 'months'} in ${current.id} since ${since}; ` +
        `${MONTHS_REQUIRED} are needed (reached on ${eligibleFrom})`,
    );
  }
  for (const c of categories) {
    if (!c.covered) reasons.push(`No ${c.name} behaviour of ${target.id} demonstrated with evidence (0 of ${c.behaviours})`);
  }

  return {
    asOf,
    currentLevel: current.id,
    targetLevel: target.id,
    eligible: reasons.length === 0,
    monthsInRole,
    categories,
    reasons,
    person: typeof assessment.person === 'string' && assessment.person.trim() !== '' ? assessment.person : null,
    currentLevelSince: since,
    monthsRequired: MONTHS_REQUIRED,
    eligibleFrom,
    timeInRoleMet,
    ignoredEntries,
  };
}
