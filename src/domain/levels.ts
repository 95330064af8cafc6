/**
 * Level-up readiness and level views (SPEC §4). Pure: framework, assessment and as-of in; the
 * SPEC §5 levels JSON (plus extras) out. Bad input throws `LevelsInputError`.
 */
import { addMonthsClamped, isIsoDate, wholeMonthsBetween } from './dates';
import { LevelsInputError } from './errors';
import type { Framework, Level, Skill } from './framework';
import type { IsoDate } from './types';
import { quote } from './input';

/** SPEC §4: "time in the current level is at least 18 whole calendar months". */
export const MONTHS_REQUIRED = 18;

export interface DemonstratedBehaviour {
  /** A skill of the target level, matched case-insensitively (trimmed). */
  skill: string;
  /** 1-based position in that skill's behaviour list at the target level. */
  behaviour: number;
  /** A link or a sentence; empty or whitespace demonstrates nothing. */
  evidence: string;
}

/** SPEC §4 assessment file. */
export interface Assessment {
  person?: string;
  currentLevel: string;
  currentLevelSince: IsoDate;
  targetLevel: string;
  demonstrated: DemonstratedBehaviour[];
}

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

function norm(s: string): string {
  return s.trim().replace(/\s+/g, ' ').toLowerCase();
}

function levelIds(framework: Framework): string {
  return framework.levels.map((l) => l.id).join(', ');
}

/** A level of the framework by id (case-insensitive, trimmed), or undefined. */
export function findLevel(framework: Framework, id: string): Level | undefined {
  return framework.levels.find((l) => norm(l.id) === norm(id));
}

/** SPEC §4: "An unknown level … is bad input". Finds the level or throws `LevelsInputError` listing valid ids. */
export function requireLevel(framework: Framework, id: string, what = 'level'): Level {
  const level = typeof id === 'string' ? findLevel(framework, id) : undefined;
  if (!level) {
    throw new LevelsInputError(`Unknown ${what} ${quote(id)}: the framework ${quote(framework.name)} has ${levelIds(framework)}.`);
  }
  return level;
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

function describe(v: unknown): string {
  if (v === null) return 'null';
  if (Array.isArray(v)) return 'an array';
  if (typeof v === 'string') return JSON.stringify(v.length > 40 ? `${v.slice(0, 40)}…` : v);
  if (typeof v === 'object') return 'an object';
  return `${typeof v} ${String(v)}`;
}

/**
 * SPEC §4 assessment file shape: `{ person?, currentLevel, currentLevelSince, targetLevel,
 * demonstrated: [{ skill, behaviour, evidence }] }`. Checks types only (levels and skills are
 * checked against the framework by `assessLevelUp`); throws `LevelsInputError` with the path of the
 * first problem, e.g. `assessment.demonstrated[2].behaviour must be a whole number ≥ 1 (got string "2")`.
 */
export function validateAssessment(value: unknown): Assessment {
  const fail = (path: string, expected: string, got: unknown): never => {
    throw new LevelsInputError(`${path} must be ${expected} (got ${got === undefined ? 'nothing' : describe(got)}).`);
  };
  if (typeof value !== 'object' || value === null || Array.isArray(value)) fail('assessment', 'a JSON object', value);
  const o = value as Record<string, unknown>;
  const str = (field: string): string => {
    const v = o[field];
    if (typeof v !== 'string' || v.trim() === '') fail(`assessment.${field}`, 'a non-empty string', v);
    return (v as string).trim();
  };
  let person: string | undefined;
  if (o.person !== undefined && o.person !== null) {
    if (typeof o.person !== 'string') fail('assessment.person', 'a string', o.person);
    person = o.person as string;
  }
  const currentLevel = str('currentLevel');
  const currentLevelSince = str('currentLevelSince');
  if (!isIsoDate(currentLevelSince)) fail('assessment.currentLevelSince', 'a real calendar date as YYYY-MM-DD', o.currentLevelSince);
  const targetLevel = str('targetLevel');
  if (!Array.isArray(o.demonstrated)) fail('assessment.demonstrated', 'an array of { skill, behaviour, evidence }', o.demonstrated);
  const demonstrated = (o.demonstrated as unknown[]).map((raw, i): DemonstratedBehaviour => {
    const path = `assessment.demonstrated[${i}]`;
    if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) fail(path, 'an object { skill, behaviour, evidence }', raw);
    const e = raw as Record<string, unknown>;
    if (typeof e.skill !== 'string' || e.skill.trim() === '') fail(`${path}.skill`, 'a non-empty string', e.skill);
    if (typeof e.behaviour !== 'number' || !Number.isInteger(e.behaviour) || e.behaviour < 1) {
      fail(`${path}.behaviour`, 'a whole number ≥ 1 (the 1-based position of the behaviour)', e.behaviour);
    }
    if (typeof e.evidence !== 'string') fail(`${path}.evidence`, 'a string (a link or a sentence)', e.evidence);
    return { skill: e.skill as string, behaviour: e.behaviour as number, evidence: e.evidence as string };
  });
  return { ...(person !== undefined ? { person } : {}), currentLevel, currentLevelSince, targetLevel, demonstrated };
}

/**
 * SPEC §4: "Levels are additive: a page for a level … can show everything expected at it (its own
 * and every lower level's, grouped by level)". Every level ranked below `levelId` (any ladder), in
 * ascending rank, ending with the level itself.
 */
export function levelsUpTo(framework: Framework, levelId: string): Level[] {
  const level = requireLevel(framework, levelId);
  const lower = framework.levels.filter((l) => l.rank < level.rank).sort((x, y) => x.rank - y.rank); // stable
  return [...lower, level];
}

export type ChangeStatus = 'added' | 'removed' | 'changed' | 'same';

export interface SkillComparison {
  name: string;
  /** `added`: only at `to`; `removed`: only at `from`; `changed`/`same` by behaviours. */
  status: ChangeStatus;
  added: string[];
  removed: string[];
  same: string[];
}

export interface CategoryComparison {
  name: string;
  status: ChangeStatus;
  skills: SkillComparison[];
}

export interface LevelComparison {
  from: string;
  to: string;
  categories: CategoryComparison[];
}

/**
 * For the UI's "what changes from level a to level b" view (SPEC §4 levels as data): skill by skill,
 * behaviours added, removed and the same (text compared case-insensitively, whitespace collapsed).
 * Categories and skills matched by name (case-insensitive); order follows `b`, then what only `a` has.
 */
export function compareLevels(framework: Framework, a: string, b: string): LevelComparison {
  const from = requireLevel(framework, a);
  const to = requireLevel(framework, b);
  const names = (list: Array<{ name: string }>): string[] => list.map((x) => x.name);
  const unionByName = <T extends { name: string }>(xs: T[], ys: T[]): string[] => {
    const out: string[] = [];
    for (const n of [...names(ys), ...names(xs)]) if (!out.some((o) => norm(o) === norm(n))) out.push(n);
    return out;
  };
  const categories = unionByName(from.categories, to.categories).map((cname): CategoryComparison => {
    const ca = from.categories.find((c) => norm(c.name) === norm(cname));
    const cb = to.categories.find((c) => norm(c.name) === norm(cname));
    const skills = unionByName(ca?.skills ?? [], cb?.skills ?? []).map((sname): SkillComparison => {
      const sa = ca?.skills.find((s) => norm(s.name) === norm(sname));
      const sb = cb?.skills.find((s) => norm(s.name) === norm(sname));
      const ba = sa?.behaviours ?? [];
      const bb = sb?.behaviours ?? [];
      const inA = new Set(ba.map(norm));
      const inB = new Set(bb.map(norm));
      const added = bb.filter((t) => !inA.has(norm(t)));
      const removed = ba.filter((t) => !inB.has(norm(t)));
      const same = bb.filter((t) => inA.has(norm(t)));
      const status: ChangeStatus = !sa ? 'added' : !sb ? 'removed' : added.length || removed.length ? 'changed' : 'same';
      return { name: sname, status, added, removed, same };
    });
    const status: ChangeStatus = !ca ? 'added' : !cb ? 'removed' : skills.every((s) => s.status === 'same') ? 'same' : 'changed';
    return { name: cname, status, skills };
  });
  return { from: from.id, to: to.id, categories };
}
