/**
 * SPEC §3 settings rules: every problem of a settings payload, each with its field. Pure (no I/O,
 * no clock); the server (src/services/settings.ts) refuses a save with these, and the settings page
 * (static/settings) shows the same problems next to their fields before sending.
 */
import { quote } from './input';

import { DEFAULT_BLOCKER_PRIORITIES, DEFAULT_SIGNOFFS } from './readiness';

/** Who may sign a check: anyone, or the listed Atlassian account ids. */
export type AllowedSigners = 'anyone' | string[];

/** A required sign-off (SPEC §3) as configured: "Checks have ids: renaming a check keeps its signatures". */
export interface CheckSetting {
  /** Stable id (renaming keeps signatures). */
  id: string;
  label: string;
  signers: AllowedSigners;
}

/** The settings readiness runs with (SPEC §3 "the settings (blocker priorities, required sign-offs)", SPEC §1 story-point field). */
export interface ReleaseSettings {
  /** Priority names that make an open issue a blocker (SPEC §3 default Highest, Blocker, Critical). */
  blockerPriorities: string[];
  /** Required sign-offs, in display order. */
  checks: CheckSetting[];
  /** Story-point field id or name; null = discover (SPEC §1: "a setting overrides both"). */
  storyPointsField: string | null;
  /** Account ids of the people who may replace or reset the team's career framework; null (the default): Jira administrators. */
  frameworkEditors: string[] | null;
}

/** SPEC §3 defaults: blocker priorities Highest, Blocker, Critical; the four default checks, anyone may sign; SPEC §1: discover the story-point field. */
export function defaultSettings(): ReleaseSettings {
  return {
    blockerPriorities: [...DEFAULT_BLOCKER_PRIORITIES],
    checks: DEFAULT_SIGNOFFS.map((c) => ({ id: c.id, label: c.label, signers: 'anyone' as const })),
    storyPointsField: null,
    frameworkEditors: null,
  };
}

/** What a settings save accepts. */
export const SETTINGS_LIMITS = { priorities: 20, priorityLength: 60, checks: 20, labelLength: 100, signers: 50, fieldLength: 100, frameworkEditors: 50 } as const;
/** Atlassian account ids: `5f8a…` or `557058:…`; no spaces or separators beyond these. */
export const ACCOUNT_ID_PATTERN = /^[A-Za-z0-9][A-Za-z0-9:_-]{0,127}$/;

const CHECK_ID = /^[a-z0-9][a-z0-9-]{0,39}$/;
const norm = (s: string): string => s.trim().toLowerCase();

/**
 * One bad value: `field` says where (`blockerPriorities.2`, `checks.1.label`, `checks.1.signers`,
 * `storyPointsField`, `frameworkEditors`); `message` reads on its own (it names the check). `hint`, when set, is the
 * shorter wording for under the field itself; `also` lists other fields the problem concerns
 * (the earlier rows of a duplicate).
 */
export interface SettingsRuleProblem {
  field: string;
  message: string;
  hint?: string;
  also?: string[];
}

export interface SettingsRuleOptions {
  /** A further check of each well-formed blocker priority (the server's: is it on the Jira site?). */
  priorityProblem?: (name: string) => string | null;
}

/** A readable id from a label, unique among `taken`: "QA sign-off" → `qa-sign-off`, then `qa-sign-off-2`. */
export function newCheckId(label: string, taken: ReadonlySet<string>): string {
  const base = norm(label).replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '').slice(0, 32) || 'check';
  let id = base;
  for (let n = 2; taken.has(id); n++) id = `${base}-${n}`;
  return id;
}

/** A label as saved: trimmed, inner runs of space made one. */
export const cleanLabel = (label: string): string => label.trim().replace(/\s+/g, ' ');

/**
 * Every problem of a settings payload, in page order (priorities, checks, story-point field), so
 * the admin sees them all at once; empty when it can be saved.
 */
export function settingsRuleProblems(input: unknown, opts: SettingsRuleOptions = {}): SettingsRuleProblem[] {
  if (typeof input !== 'object' || input === null || Array.isArray(input)) return [{ field: 'settings', message: '"settings" must be an object.' }];
  const s = input as Record<string, unknown>;
  const problems: SettingsRuleProblem[] = [];
  const add = (field: string, message: string, more: Omit<SettingsRuleProblem, 'field' | 'message'> = {}): void => void problems.push({ field, message, ...more });

  if (!Array.isArray(s.blockerPriorities)) add('blockerPriorities', '"blockerPriorities" must be a list.');
  else {
    const list = s.blockerPriorities as unknown[];
    if (list.length > SETTINGS_LIMITS.priorities) add('blockerPriorities', `At most ${SETTINGS_LIMITS.priorities} blocker priorities.`);
    const seen = new Set<string>();
    list.forEach((v, i) => {
      const field = `blockerPriorities.${i}`;
      if (typeof v !== 'string') return add(field, `"blockerPriorities" item ${i + 1} must be text.`);
      const p = v.trim();
      if (p === '') return add(field, 'A blocker priority cannot be empty.');
      if (p.length > SETTINGS_LIMITS.priorityLength) return add(field, `Blocker priority "${p.slice(0, 20)}…" is too long (at most ${SETTINGS_LIMITS.priorityLength} characters).`);
      if (seen.has(norm(p))) return add(field, `Blocker priority "${p}" is listed twice (names match case-insensitively).`);
      seen.add(norm(p));
      const other = opts.priorityProblem?.(p);
      if (other) add(field, other);
    });
  }

  if (!Array.isArray(s.checks)) add('checks', '"checks" must be a list.');
  else {
    if (s.checks.length > SETTINGS_LIMITS.checks) add('checks', `At most ${SETTINGS_LIMITS.checks} required sign-offs.`);
    const ids = new Set<string>();
    const labels = new Map<string, number>();
    (s.checks as unknown[]).forEach((c, i) => {
      if (typeof c !== 'object' || c === null) return add(`checks.${i}`, `Sign-off ${i + 1} must be an object.`);
      const o = c as Record<string, unknown>;
      let label = `sign-off ${i + 1}`;
      if (typeof o.label !== 'string' || o.label.trim() === '') add(`checks.${i}.label`, `Sign-off ${i + 1} needs a label.`);
      else {
        label = cleanLabel(o.label);
        const first = labels.get(norm(label));
        if (label.length > SETTINGS_LIMITS.labelLength) {
          add(`checks.${i}.label`, `Sign-off label "${label.slice(0, 30)}…" is too long (at most ${SETTINGS_LIMITS.labelLength} characters).`, {
            hint: `Too long: at most ${SETTINGS_LIMITS.labelLength} characters (now ${label.length}).`,
          });
        } else if (first !== undefined) {
          add(`checks.${i}.label`, `The sign-off "${label}" is listed twice (labels match case-insensitively).`, { also: [`checks.${first}.label`] });
        }
        if (first === undefined) labels.set(norm(label), i);
      }
      if (o.id !== undefined && o.id !== null) {
        if (typeof o.id !== 'string' || !CHECK_ID.test(o.id)) add(`checks.${i}.id`, `Sign-off "${label}" has an invalid id (lower-case letters, digits and dashes).`);
        else if (ids.has(o.id)) add(`checks.${i}.id`, `Two sign-offs have the id "${o.id}".`);
        else ids.add(o.id);
      }
      for (const p of signerProblems(o.signers, label)) add(`checks.${i}.signers`, p.message, p.hint ? { hint: p.hint } : {});
    });
  }

  if (s.storyPointsField !== undefined && s.storyPointsField !== null) {
    if (typeof s.storyPointsField !== 'string') add('storyPointsField', '"storyPointsField" must be text or empty.');
    else {
      const f = s.storyPointsField.trim();
      if (f.length > SETTINGS_LIMITS.fieldLength) {
        add('storyPointsField', `The story-point field is too long (at most ${SETTINGS_LIMITS.fieldLength} characters).`, { hint: `Too long: at most ${SETTINGS_LIMITS.fieldLength} characters.` });
      } else if (/^customfield_/i.test(f) && !/^customfield_\d+$/.test(f)) {
        add('storyPointsField', `"${f}" is not a field id: use customfield_ followed by digits (e.g. customfield_10016), or the field's name.`);
      }
    }
  }

  if (s.frameworkEditors !== undefined && s.frameworkEditors !== null) {
    if (!Array.isArray(s.frameworkEditors) || s.frameworkEditors.some((v) => typeof v !== 'string')) {
      add('frameworkEditors', '"frameworkEditors" must be a list of account ids, or empty for Jira administrators.');
    } else {
      const ids = (s.frameworkEditors as string[]).map((v) => v.trim()).filter((v) => v !== '');
      if (ids.length > SETTINGS_LIMITS.frameworkEditors) add('frameworkEditors', `At most ${SETTINGS_LIMITS.frameworkEditors} framework editors.`);
      const bad = ids.filter((id) => !ACCOUNT_ID_PATTERN.test(id));
      if (bad.length > 0) {
        const list = bad.map((b) => `"${b.slice(0, 40)}"`).join(', ');
        add('frameworkEditors', `${list} (framework editor${bad.length === 1 ? '' : 's'}) ${bad.length === 1 ? 'is not an Atlassian account id' : 'are not Atlassian account ids'}.`);
      }
    }
  }
  return problems;
}

/** Each signer id is judged whole ("not an id!!" is one bad id, not three). */
function signerProblems(value: unknown, label: string): Array<{ message: string; hint?: string }> {
  if (value === 'anyone') return [];
  if (!Array.isArray(value)) return [{ message: `Who may sign ${quote(label)} must be "anyone" or a list of account ids.` }];
  if (value.some((v) => typeof v !== 'string')) return [{ message: `The signers of ${quote(label)} must be account ids (text).` }];
  const ids = (value as string[]).map((v) => v.trim()).filter((v) => v !== '');
  if (ids.length === 0) return [{ message: `${quote(label)} lists no one who may sign it: add an account id, or allow anyone.` }];
  const out: Array<{ message: string; hint?: string }> = [];
  if (ids.length > SETTINGS_LIMITS.signers) {
    out.push({ message: `${quote(label)} lists too many signers (at most ${SETTINGS_LIMITS.signers}).`, hint: `Too many signers (at most ${SETTINGS_LIMITS.signers}).` });
  }
  const bad = ids.filter((id) => !ACCOUNT_ID_PATTERN.test(id));
  if (bad.length === 1) out.push({ message: `${quote(bad[0])} (a signer of ${quote(label)}) is not an Atlassian account id.`, hint: `${quote(bad[0])} is not an Atlassian account id.` });
  else if (bad.length > 1) {
    const list = bad.map((b) => `"${b}"`).join(', ');
    out.push({ message: `${list} (signers of ${quote(label)}) are not Atlassian account ids.`, hint: `${list} are not Atlassian account ids.` });
  }
  return out;
}
