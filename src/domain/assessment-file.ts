/**
 * The SPEC §4 assessment file, checked for shape before the framework judges it. Pure.
 */
import { isIsoDate } from './dates';
import { LevelsInputError } from './errors';
import type { IsoDate } from './types';

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

