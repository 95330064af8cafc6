import { isIsoDate } from '../domain/dates';
import { WEIGHTS, type IsoDate, type Weight } from '../domain/types';
import { BadInputError } from '../errors';

/**
 * Small payload validators: every resolver checks its payload with these before doing anything,
 * and a wrong payload gets a BAD_INPUT naming the field.
 */
export function asObject(payload: unknown): Record<string, unknown> {
  if (payload === undefined || payload === null) return {};
  if (typeof payload !== 'object' || Array.isArray(payload)) {
    throw new BadInputError('The request payload must be an object.');
  }
  return payload as Record<string, unknown>;
}

export function requiredString(p: Record<string, unknown>, field: string, opts: { max?: number; pattern?: RegExp; hint?: string } = {}): string {
  const v = p[field];
  if (typeof v !== 'string' || v.trim() === '') throw new BadInputError(`"${field}" is required and must be a non-empty string.`);
  const s = v.trim();
  if (opts.max !== undefined && s.length > opts.max) throw new BadInputError(`"${field}" is too long (at most ${opts.max} characters).`);
  if (opts.pattern && !opts.pattern.test(s)) throw new BadInputError(`"${field}" is not valid${opts.hint ? `: ${opts.hint}` : '.'}`);
  return s;
}

export function optionalString(p: Record<string, unknown>, field: string, opts: { max?: number } = {}): string | undefined {
  const v = p[field];
  if (v === undefined || v === null) return undefined;
  if (typeof v !== 'string') throw new BadInputError(`"${field}" must be a string.`);
  if (opts.max !== undefined && v.length > opts.max) throw new BadInputError(`"${field}" is too long (at most ${opts.max} characters).`);
  return v;
}

export function optionalBoolean(p: Record<string, unknown>, field: string): boolean | undefined {
  const v = p[field];
  if (v === undefined || v === null) return undefined;
  if (typeof v !== 'boolean') throw new BadInputError(`"${field}" must be true or false.`);
  return v;
}

export function optionalWeight(p: Record<string, unknown>, field = 'weight'): Weight | undefined {
  const v = p[field];
  if (v === undefined || v === null) return undefined;
  if (typeof v !== 'string' || !(WEIGHTS as readonly string[]).includes(v)) {
    throw new BadInputError(`"${field}" must be one of ${WEIGHTS.join(', ')}.`);
  }
  return v as Weight;
}

export function optionalAsOf(p: Record<string, unknown>, field = 'asOf'): IsoDate | undefined {
  const v = p[field];
  if (v === undefined || v === null) return undefined;
  if (typeof v !== 'string' || !isIsoDate(v)) throw new BadInputError(`"${field}" must be a date as YYYY-MM-DD.`);
  return v;
}

/** Jira issue keys (`PO-12`) or numeric ids. */
import { PROJECT_KEY_OR_ID } from '../domain/issue-key';
export { ISSUE_KEY_OR_ID } from '../domain/issue-key';

/** A project key (`PO`) or a numeric project id, for `requiredString`. */
export const PROJECT = { max: 255, pattern: PROJECT_KEY_OR_ID, hint: 'a project key such as PO' };
/** A version id (Jira's are digits), for `requiredString`. */
export const VERSION_ID = { max: 18, pattern: /^\d+$/, hint: 'a version id (digits)' };
