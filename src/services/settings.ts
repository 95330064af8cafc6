/**
 * Settings use cases: read (with SPEC §3 defaults), validate, save. Bad values are refused with
 * the reason (BadInputError naming the field); nothing is stored then.
 */
import { ACCOUNT_ID_PATTERN, SETTINGS_LIMITS, type AllowedSigners, type AppSettings, type CheckSetting, type SettingsSavePayload } from '../contract';
import { DEFAULT_BLOCKER_PRIORITIES, DEFAULT_SIGNOFFS } from '../domain/readiness';
import { BadInputError } from '../errors';
import type { KeyValueStore } from '../store/kv-store';
import { SettingsConflictError, SettingsStore, type StoredSettings } from '../store/settings-store';

/** SPEC §3 defaults: blocker priorities Highest, Blocker, Critical; the four default checks, anyone may sign. */
export function defaultSettings(): AppSettings {
  return {
    blockerPriorities: [...DEFAULT_BLOCKER_PRIORITIES],
    checks: DEFAULT_SIGNOFFS.map((c) => ({ id: c.id, label: c.label, signers: 'anyone' as const })),
    storyPointsField: null,
  };
}

export { SETTINGS_LIMITS };

const CHECK_ID = /^[a-z0-9][a-z0-9-]{0,39}$/;
const norm = (s: string): string => s.trim().toLowerCase();

/** One bad value: `field` says where (`blockerPriorities.2`, `checks.1.label`, `checks.1.signers`, `storyPointsField`). */
export interface SettingsProblem {
  field: string;
  message: string;
}

export interface ValidateOptions {
  /**
   * The site's priority names (read as the admin). A blocker priority not among them is refused,
   * unless it is already in `previousPriorities`: the SPEC defaults name Blocker and Critical, which
   * many sites do not have, and keeping them must not block every other change. Null: unchecked.
   */
  knownPriorities?: readonly string[] | null;
  previousPriorities?: readonly string[];
}

/** A readable id from a label, unique among `taken`: "QA sign-off" → `qa-sign-off`, then `qa-sign-off-2`. */
export function newCheckId(label: string, taken: ReadonlySet<string>): string {
  const base = norm(label).replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '').slice(0, 32) || 'check';
  let id = base;
  for (let n = 2; taken.has(id); n++) id = `${base}-${n}`;
  return id;
}

/**
 * Every problem of a settings payload, in page order (priorities, checks, story-point field), so
 * the admin sees them all at once; empty when it can be saved.
 */
export function settingsProblems(input: unknown, opts: ValidateOptions = {}): SettingsProblem[] {
  if (typeof input !== 'object' || input === null || Array.isArray(input)) return [{ field: 'settings', message: '"settings" must be an object.' }];
  const s = input as Record<string, unknown>;
  const problems: SettingsProblem[] = [];
  const add = (field: string, message: string): void => void problems.push({ field, message });

  if (!Array.isArray(s.blockerPriorities)) add('blockerPriorities', '"blockerPriorities" must be a list.');
  else {
    const list = s.blockerPriorities as unknown[];
    if (list.length > SETTINGS_LIMITS.priorities) add('blockerPriorities', `At most ${SETTINGS_LIMITS.priorities} blocker priorities.`);
    const known = opts.knownPriorities && opts.knownPriorities.length > 0 ? opts.knownPriorities : null;
    const knownSet = new Set((known ?? []).map(norm));
    const previous = new Set((opts.previousPriorities ?? []).map(norm));
    const seen = new Set<string>();
    list.forEach((v, i) => {
      const field = `blockerPriorities.${i}`;
      if (typeof v !== 'string') return add(field, `"blockerPriorities" item ${i + 1} must be text.`);
      const p = v.trim();
      if (p === '') return add(field, 'A blocker priority cannot be empty.');
      if (p.length > SETTINGS_LIMITS.priorityLength) return add(field, `Blocker priority "${p.slice(0, 20)}…" is too long (at most ${SETTINGS_LIMITS.priorityLength} characters).`);
      if (seen.has(norm(p))) return add(field, `Blocker priority "${p}" is listed twice (names match case-insensitively).`);
      seen.add(norm(p));
      if (known && !knownSet.has(norm(p)) && !previous.has(norm(p))) {
        add(field, `"${p}" is not a priority on this Jira site (it has ${known.join(', ')}).`);
      }
    });
  }

  if (!Array.isArray(s.checks)) add('checks', '"checks" must be a list.');
  else {
    if (s.checks.length > SETTINGS_LIMITS.checks) add('checks', `At most ${SETTINGS_LIMITS.checks} required sign-offs.`);
    const ids = new Set<string>();
    const labels = new Set<string>();
    (s.checks as unknown[]).forEach((c, i) => {
      if (typeof c !== 'object' || c === null) return add(`checks.${i}`, `Sign-off ${i + 1} must be an object.`);
      const o = c as Record<string, unknown>;
      let label = `sign-off ${i + 1}`;
      if (typeof o.label !== 'string' || o.label.trim() === '') add(`checks.${i}.label`, `Sign-off ${i + 1} needs a label.`);
      else {
        label = o.label.trim().replace(/\s+/g, ' ');
        if (label.length > SETTINGS_LIMITS.labelLength) add(`checks.${i}.label`, `Sign-off label "${label.slice(0, 30)}…" is too long (at most ${SETTINGS_LIMITS.labelLength} characters).`);
        else if (labels.has(norm(label))) add(`checks.${i}.label`, `The sign-off "${label}" is listed twice (labels match case-insensitively).`);
        labels.add(norm(label));
      }
      if (o.id !== undefined && o.id !== null) {
        if (typeof o.id !== 'string' || !CHECK_ID.test(o.id)) add(`checks.${i}.id`, `Sign-off "${label}" has an invalid id (lower-case letters, digits and dashes).`);
        else if (ids.has(o.id)) add(`checks.${i}.id`, `Two sign-offs have the id "${o.id}".`);
        else ids.add(o.id);
      }
      for (const message of signerProblems(o.signers, label)) add(`checks.${i}.signers`, message);
    });
  }

  if (s.storyPointsField !== undefined && s.storyPointsField !== null) {
    if (typeof s.storyPointsField !== 'string') add('storyPointsField', '"storyPointsField" must be text or empty.');
    else {
      const f = s.storyPointsField.trim();
      if (f.length > SETTINGS_LIMITS.fieldLength) add('storyPointsField', `The story-point field is too long (at most ${SETTINGS_LIMITS.fieldLength} characters).`);
      else if (/^customfield_/i.test(f) && !/^customfield_\d+$/.test(f)) {
        add('storyPointsField', `"${f}" is not a field id: use customfield_ followed by digits (e.g. customfield_10016), or the field's name.`);
      }
    }
  }
  return problems;
}

/** Each signer id is judged whole ("not an id!!" is one bad id, not three). */
function signerProblems(value: unknown, label: string): string[] {
  if (value === 'anyone') return [];
  if (!Array.isArray(value)) return [`Who may sign "${label}" must be "anyone" or a list of account ids.`];
  if (value.some((v) => typeof v !== 'string')) return [`The signers of "${label}" must be account ids (text).`];
  const ids = (value as string[]).map((v) => v.trim()).filter((v) => v !== '');
  if (ids.length === 0) return [`"${label}" lists no one who may sign it: add an account id, or allow anyone.`];
  const out: string[] = [];
  if (ids.length > SETTINGS_LIMITS.signers) out.push(`"${label}" lists too many signers (at most ${SETTINGS_LIMITS.signers}).`);
  const bad = ids.filter((id) => !ACCOUNT_ID_PATTERN.test(id));
  if (bad.length === 1) out.push(`"${bad[0]}" (a signer of "${label}") is not an Atlassian account id.`);
  else if (bad.length > 1) out.push(`${bad.map((b) => `"${b}"`).join(', ')} (signers of "${label}") are not Atlassian account ids.`);
  return out;
}

/**
 * Validates a settings payload. Checks keep their ids (a rename keeps signatures); a check without
 * an id gets a new one. Throws BadInputError listing every problem, one a line; nothing is stored.
 */
export function validateSettings(input: unknown, opts: ValidateOptions = {}): AppSettings {
  const problems = settingsProblems(input, opts);
  if (problems.length > 0) throw new BadInputError(problems.map((p) => p.message).join('\n'), { problems });
  const s = input as { blockerPriorities: string[]; checks: Array<{ id?: string | null; label: string; signers: AllowedSigners }>; storyPointsField?: string | null };
  const ids = new Set(s.checks.map((c) => c.id).filter((id): id is string => typeof id === 'string'));
  const checks: CheckSetting[] = s.checks.map((c) => {
    const label = c.label.trim().replace(/\s+/g, ' ');
    const id = c.id ?? newCheckId(label, ids);
    ids.add(id);
    const signers: AllowedSigners = c.signers === 'anyone' ? 'anyone' : [...new Set(c.signers.map((x) => x.trim()).filter((x) => x !== ''))];
    return { id, label, signers };
  });
  const f = typeof s.storyPointsField === 'string' ? s.storyPointsField.trim() : '';
  return { blockerPriorities: s.blockerPriorities.map((p) => p.trim()), checks, storyPointsField: f === '' ? null : f };
}

export class SettingsService {
  private readonly settingsStore: SettingsStore;

  constructor(store: KeyValueStore) {
    this.settingsStore = new SettingsStore(store);
  }

  /** The settings in force: the saved ones, else the SPEC defaults. */
  async current(): Promise<{ settings: AppSettings; stored: StoredSettings | undefined }> {
    const stored = await this.settingsStore.get();
    return { settings: stored?.settings ?? defaultSettings(), stored };
  }

  /**
   * Saves as `who` (`whoName`: their display name, shown on the page). `knownPriorities`: the
   * site's priority names, to refuse a new blocker priority Jira does not have (null: unchecked).
   */
  async save(payload: SettingsSavePayload, who: string, at: string, opts: { whoName?: string | null; knownPriorities?: readonly string[] | null } = {}): Promise<StoredSettings> {
    if (!Number.isInteger(payload.revision) || payload.revision < 0) throw new BadInputError('"revision" must be a whole number ≥ 0.');
    const { settings: previous } = await this.current();
    const settings = validateSettings(payload.settings, { knownPriorities: opts.knownPriorities ?? null, previousPriorities: previous.blockerPriorities });
    try {
      return await this.settingsStore.save(payload.revision, settings, who, at, opts.whoName ?? undefined);
    } catch (err) {
      if (err instanceof SettingsConflictError) {
        throw new BadInputError('Someone else saved the settings since you opened this page. Reload to see their changes, then make yours again.');
      }
      throw err;
    }
  }
}

/** The story-point field setting (SPEC §1: "a setting overrides both"), or undefined to discover. */
export async function storyPointsSetting(store: KeyValueStore): Promise<string | undefined> {
  const { settings } = await new SettingsService(store).current();
  return settings.storyPointsField?.trim() || undefined;
}
