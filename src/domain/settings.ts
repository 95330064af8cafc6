/**
 * SPEC §3 settings rules: every problem of a settings payload, each with its field. Pure (no I/O,
 * no clock); the server (src/services/settings.ts) refuses a save with these, and the settings page
 * (static/settings) shows the same problems next to their fields before sending.
 */
import { quote } from './input';

import { DEFAULT_BLOCKER_PRIORITIES } from './readiness';
import { DEFAULT_SIGNOFFS } from './signoffs';

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
  /** Projects with their own blocker priorities or sign-offs (absent in saves before there were any). */
  projects?: ProjectSettings[];
}

/** A project's own settings; a part that is null uses the site's (the settings above). */
export interface ProjectSettings {
  /** Jira's project id (stable across key changes): what the readiness report matches on. */
  projectId: string;
  /** The key when saved, for showing only. */
  projectKey: string;
  projectName?: string;
  blockerPriorities: string[] | null;
  checks: CheckSetting[] | null;
}

/** SPEC §3 defaults: blocker priorities Highest, Blocker, Critical; the four default checks, anyone may sign; SPEC §1: discover the story-point field. */
export function defaultSettings(): ReleaseSettings {
  return {
    blockerPriorities: [...DEFAULT_BLOCKER_PRIORITIES],
    checks: DEFAULT_SIGNOFFS.map((c) => ({ id: c.id, label: c.label, signers: 'anyone' as const })),
    storyPointsField: null,
    frameworkEditors: null,
    projects: [],
  };
}

/** What a settings save accepts. */
export const SETTINGS_LIMITS = { priorities: 20, priorityLength: 60, checks: 20, labelLength: 100, signers: 50, fieldLength: 100, frameworkEditors: 50, projects: 50, totalBytes: 200 * 1024 } as const;
/** Atlassian account ids: `5f8a…` or `557058:…`; no spaces or separators beyond these. */
export const ACCOUNT_ID_PATTERN = /^[A-Za-z0-9][A-Za-z0-9:_-]{0,127}$/;

const CHECK_ID = /^[a-z0-9][a-z0-9-]{0,39}$/;
const PROJECT_ID = /^\d{1,18}$/;
const norm = (s: string): string => s.trim().toLowerCase();

/**
 * One bad value: `field` says where (`blockerPriorities.2`, `checks.1.label`, `checks.1.signers`,
 * `storyPointsField`, `frameworkEditors`, `projects.0.checks.1.label`); `message` reads on its own (it names the check). `hint`, when set, is the
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
 * Every problem of a settings payload, in page order (priorities, checks, story-point field, then
 * each project's own priorities and checks), so the admin sees them all at once; empty when it can
 * be saved.
 */
export function settingsRuleProblems(input: unknown, opts: SettingsRuleOptions = {}): SettingsRuleProblem[] {
  if (typeof input !== 'object' || input === null || Array.isArray(input)) return [{ field: 'settings', message: '"settings" must be an object.' }];
  const s = input as Record<string, unknown>;
  const problems: SettingsRuleProblem[] = [];
  const add: AddProblem = (field, message, more = {}) => void problems.push({ field, message, ...more });

  priorityListProblems(s.blockerPriorities, 'blockerPriorities', add, opts);
  checkListProblems(s.checks, 'checks', add);

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
  projectListProblems(s.projects, add, opts);
  // Each part has its own bound, but many projects with long lists of signers could still outgrow
  // one stored value (240 KiB in Forge KVS, with room left for the revision's own fields).
  if (problems.length === 0) {
    const bytes = new TextEncoder().encode(JSON.stringify(input)).length;
    if (bytes > SETTINGS_LIMITS.totalBytes) {
      add('settings', `The settings are too large to store (${Math.ceil(bytes / 1024)} KiB; at most ${SETTINGS_LIMITS.totalBytes / 1024} KiB): give fewer projects their own sign-offs, or list fewer signers.`);
    }
  }
  return problems;
}

type AddProblem = (field: string, message: string, more?: Omit<SettingsRuleProblem, 'field' | 'message'>) => void;

/** Blocker priorities at `field` (the site's, or `projects.N.blockerPriorities`). */
function priorityListProblems(value: unknown, field: string, add: AddProblem, opts: SettingsRuleOptions): void {
  if (!Array.isArray(value)) return add(field, `"${field}" must be a list.`);
  if (value.length > SETTINGS_LIMITS.priorities) add(field, `At most ${SETTINGS_LIMITS.priorities} blocker priorities.`);
  const seen = new Set<string>();
  value.forEach((v: unknown, i) => {
    const at = `${field}.${i}`;
    if (typeof v !== 'string') return add(at, `"blockerPriorities" item ${i + 1} must be text.`);
    const p = v.trim();
    if (p === '') return add(at, 'A blocker priority cannot be empty.');
    if (p.length > SETTINGS_LIMITS.priorityLength) return add(at, `Blocker priority "${p.slice(0, 20)}…" is too long (at most ${SETTINGS_LIMITS.priorityLength} characters).`);
    if (seen.has(norm(p))) return add(at, `Blocker priority "${p}" is listed twice (names match case-insensitively).`);
    seen.add(norm(p));
    const other = opts.priorityProblem?.(p);
    if (other) add(at, other);
  });
}

/** Required sign-offs at `field` (the site's, or `projects.N.checks`). */
function checkListProblems(value: unknown, field: string, add: AddProblem): void {
  if (!Array.isArray(value)) return add(field, `"${field}" must be a list.`);
  if (value.length > SETTINGS_LIMITS.checks) add(field, `At most ${SETTINGS_LIMITS.checks} required sign-offs.`);
  const ids = new Set<string>();
  const labels = new Map<string, number>();
  value.forEach((c: unknown, i) => {
    if (typeof c !== 'object' || c === null) return add(`${field}.${i}`, `Sign-off ${i + 1} must be an object.`);
    const o = c as Record<string, unknown>;
    let label = `sign-off ${i + 1}`;
    if (typeof o.label !== 'string' || o.label.trim() === '') add(`${field}.${i}.label`, `Sign-off ${i + 1} needs a label.`);
    else {
      label = cleanLabel(o.label);
      const first = labels.get(norm(label));
      if (label.length > SETTINGS_LIMITS.labelLength) {
        add(`${field}.${i}.label`, `Sign-off label "${label.slice(0, 30)}…" is too long (at most ${SETTINGS_LIMITS.labelLength} characters).`, {
          hint: `Too long: at most ${SETTINGS_LIMITS.labelLength} characters (now ${label.length}).`,
        });
      } else if (first !== undefined) {
        add(`${field}.${i}.label`, `The sign-off "${label}" is listed twice (labels match case-insensitively).`, { also: [`${field}.${first}.label`] });
      }
      if (first === undefined) labels.set(norm(label), i);
    }
    if (o.id !== undefined && o.id !== null) {
      if (typeof o.id !== 'string' || !CHECK_ID.test(o.id)) add(`${field}.${i}.id`, `Sign-off "${label}" has an invalid id (lower-case letters, digits and dashes).`);
      else if (ids.has(o.id)) add(`${field}.${i}.id`, `Two sign-offs have the id "${o.id}".`);
      else ids.add(o.id);
    }
    for (const p of signerProblems(o.signers, label)) add(`${field}.${i}.signers`, p.message, p.hint ? { hint: p.hint } : {});
  });
}

/** Per-project settings: each names its project once; each part is a list, or null for the site's. */
function projectListProblems(value: unknown, add: AddProblem, opts: SettingsRuleOptions): void {
  if (value === undefined || value === null) return;
  if (!Array.isArray(value)) return add('projects', '"projects" must be a list.');
  if (value.length > SETTINGS_LIMITS.projects) add('projects', `At most ${SETTINGS_LIMITS.projects} projects with their own settings.`);
  const seen = new Set<string>();
  value.forEach((v: unknown, i) => {
    const at = `projects.${i}`;
    if (typeof v !== 'object' || v === null || Array.isArray(v)) return add(at, `Project settings ${i + 1} must be an object.`);
    const o = v as Record<string, unknown>;
    if (typeof o.projectId !== 'string' || !PROJECT_ID.test(o.projectId)) return add(`${at}.projectId`, `Project settings ${i + 1} need the project's id (digits).`);
    if (typeof o.projectKey !== 'string' || o.projectKey.trim() === '' || o.projectKey.length > 255) return add(`${at}.projectKey`, `Project settings ${i + 1} need the project's key.`);
    if (seen.has(o.projectId)) return add(`${at}.projectId`, `Project ${o.projectKey} has settings twice.`);
    seen.add(o.projectId);
    if (o.blockerPriorities !== null) priorityListProblems(o.blockerPriorities, `${at}.blockerPriorities`, add, opts);
    if (o.checks !== null) checkListProblems(o.checks, `${at}.checks`, add);
  });
}

/** The parts of the settings that can differ by project. */
export interface ProjectSettingParts<C> {
  blockerPriorities: string[];
  checks: C[];
}

/** A project's own settings; a part that is null is the site's. */
export interface ProjectOverride<C> {
  projectId: string;
  blockerPriorities: string[] | null;
  checks: C[] | null;
}

/**
 * SPEC §3 "Input: a project and a version (name or id), an as-of date, and the settings (blocker
 * priorities, required sign-offs)": the settings for that project are its own blocker priorities and required sign-offs
 * where it has them, else the site's (a project without its own settings uses the site defaults).
 * `own` says which parts came from the project.
 */
export function settingsForProject<C, S extends ProjectSettingParts<C> & { projects?: ReadonlyArray<ProjectOverride<C>> }>(
  site: S,
  projectId: string,
): S & { own: { blockerPriorities: boolean; checks: boolean } } {
  const o = site.projects?.find((p) => p.projectId === projectId);
  return {
    ...site,
    blockerPriorities: o?.blockerPriorities ?? site.blockerPriorities,
    checks: o?.checks ?? site.checks,
    own: { blockerPriorities: !!o && o.blockerPriorities !== null, checks: !!o && o.checks !== null },
  };
}

/** Each signer id is judged whole ("not an id!!" is one bad id, not three). */
function signerProblems(value: unknown, label: string): Array<{ message: string; hint?: string }> {
  if (value === 'anyone') return [];
  if (!Array.isArray(value)) return [{ message: `Who may sign ${quote(label)} must be "anyone" or a list of account ids.` }];
  if (value.some((v) => typeof v !== 'string')) return [{ message: `The signers of ${quote(label)} must be account ids (text).` }];
  const ids = (value as string[]).map((v) => v.trim()).filter((v) => v !== '');
  if (ids.length === 0) return [{ message: `${quote(label)} lists no one who may sign it: add someone, or allow anyone.` }];
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
