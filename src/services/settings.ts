/**
 * Settings use cases: read (with SPEC §3 defaults), validate, save. Bad values are refused with
 * the reason (BadInputError naming the field); nothing is stored then.
 */
import type { AllowedSigners, AppSettings, CheckSetting, SettingsSavePayload } from '../contract';
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

export const SETTINGS_LIMITS = { priorities: 20, priorityLength: 60, checks: 20, labelLength: 100, signers: 50, fieldLength: 100 } as const;

const CHECK_ID = /^[a-z0-9][a-z0-9-]{0,39}$/;
/** Atlassian account ids: `5f8a…` or `557058:…`; no spaces or separators beyond these. */
const ACCOUNT_ID = /^[A-Za-z0-9][A-Za-z0-9:_-]{0,127}$/;
const norm = (s: string): string => s.trim().toLowerCase();

function stringList(value: unknown, field: string): string[] {
  if (!Array.isArray(value)) throw new BadInputError(`"${field}" must be a list.`);
  return value.map((v, i) => {
    if (typeof v !== 'string') throw new BadInputError(`"${field}" item ${i + 1} must be text.`);
    return v.trim();
  });
}

function signersOf(value: unknown, label: string): AllowedSigners {
  if (value === 'anyone') return 'anyone';
  if (!Array.isArray(value)) throw new BadInputError(`Who may sign "${label}" must be "anyone" or a list of account ids.`);
  const ids = stringList(value, `signers of "${label}"`).filter((s) => s !== '');
  if (ids.length === 0) throw new BadInputError(`"${label}" lists no one who may sign it: add an account id, or allow anyone.`);
  if (ids.length > SETTINGS_LIMITS.signers) throw new BadInputError(`"${label}" lists too many signers (at most ${SETTINGS_LIMITS.signers}).`);
  for (const id of ids) {
    if (!ACCOUNT_ID.test(id)) throw new BadInputError(`"${id}" (a signer of "${label}") is not an Atlassian account id.`);
  }
  return [...new Set(ids)];
}

/** A readable id from a label, unique among `taken`: "QA sign-off" → `qa-sign-off`, then `qa-sign-off-2`. */
export function newCheckId(label: string, taken: ReadonlySet<string>): string {
  const base = norm(label).replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '').slice(0, 32) || 'check';
  let id = base;
  for (let n = 2; taken.has(id); n++) id = `${base}-${n}`;
  return id;
}

/**
 * Validates a settings payload. Checks keep their ids (a rename keeps signatures); a check without
 * an id gets a new one. Throws BadInputError with the reason for the first bad value.
 */
export function validateSettings(input: unknown): AppSettings {
  if (typeof input !== 'object' || input === null || Array.isArray(input)) throw new BadInputError('"settings" must be an object.');
  const s = input as Record<string, unknown>;

  const priorities = stringList(s.blockerPriorities, 'blockerPriorities');
  if (priorities.some((p) => p === '')) throw new BadInputError('A blocker priority cannot be empty.');
  if (priorities.length > SETTINGS_LIMITS.priorities) throw new BadInputError(`At most ${SETTINGS_LIMITS.priorities} blocker priorities.`);
  const seenP = new Set<string>();
  for (const p of priorities) {
    if (p.length > SETTINGS_LIMITS.priorityLength) throw new BadInputError(`Blocker priority "${p.slice(0, 20)}…" is too long (at most ${SETTINGS_LIMITS.priorityLength} characters).`);
    if (seenP.has(norm(p))) throw new BadInputError(`Blocker priority "${p}" is listed twice (names match case-insensitively).`);
    seenP.add(norm(p));
  }

  if (!Array.isArray(s.checks)) throw new BadInputError('"checks" must be a list.');
  if (s.checks.length > SETTINGS_LIMITS.checks) throw new BadInputError(`At most ${SETTINGS_LIMITS.checks} required sign-offs.`);
  const raw = s.checks.map((c, i) => {
    if (typeof c !== 'object' || c === null) throw new BadInputError(`Sign-off ${i + 1} must be an object.`);
    const o = c as Record<string, unknown>;
    if (typeof o.label !== 'string' || o.label.trim() === '') throw new BadInputError(`Sign-off ${i + 1} needs a label.`);
    const label = o.label.trim().replace(/\s+/g, ' ');
    if (label.length > SETTINGS_LIMITS.labelLength) throw new BadInputError(`Sign-off label "${label.slice(0, 30)}…" is too long (at most ${SETTINGS_LIMITS.labelLength} characters).`);
    if (o.id !== undefined && o.id !== null && (typeof o.id !== 'string' || !CHECK_ID.test(o.id))) {
      throw new BadInputError(`Sign-off "${label}" has an invalid id (lower-case letters, digits and dashes).`);
    }
    return { id: (o.id as string | null | undefined) ?? null, label, signers: signersOf(o.signers, label) };
  });
  const ids = new Set<string>();
  const labels = new Set<string>();
  for (const c of raw) {
    if (c.id !== null) {
      if (ids.has(c.id)) throw new BadInputError(`Two sign-offs have the id "${c.id}".`);
      ids.add(c.id);
    }
    if (labels.has(norm(c.label))) throw new BadInputError(`The sign-off "${c.label}" is listed twice (labels match case-insensitively).`);
    labels.add(norm(c.label));
  }
  const checks: CheckSetting[] = raw.map((c) => {
    const id = c.id ?? newCheckId(c.label, ids);
    ids.add(id);
    return { id, label: c.label, signers: c.signers };
  });

  let storyPointsField: string | null = null;
  if (s.storyPointsField !== undefined && s.storyPointsField !== null) {
    if (typeof s.storyPointsField !== 'string') throw new BadInputError('"storyPointsField" must be text or empty.');
    const f = s.storyPointsField.trim();
    if (f.length > SETTINGS_LIMITS.fieldLength) throw new BadInputError(`The story-point field is too long (at most ${SETTINGS_LIMITS.fieldLength} characters).`);
    if (/^customfield_/i.test(f) && !/^customfield_\d+$/.test(f)) {
      throw new BadInputError(`"${f}" is not a field id: use customfield_ followed by digits (e.g. customfield_10016), or the field's name.`);
    }
    storyPointsField = f === '' ? null : f;
  }
  return { blockerPriorities: priorities, checks, storyPointsField };
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

  async save(payload: SettingsSavePayload, who: string, at: string): Promise<StoredSettings> {
    if (!Number.isInteger(payload.revision) || payload.revision < 0) throw new BadInputError('"revision" must be a whole number ≥ 0.');
    const settings = validateSettings(payload.settings);
    try {
      return await this.settingsStore.save(payload.revision, settings, who, at);
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
