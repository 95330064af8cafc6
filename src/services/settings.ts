/**
 * Settings use cases: read (with SPEC §3 defaults), validate, save. Each takes its dependencies
 * first (`SettingsDeps`), then its input. Bad values are refused with
 * the reason (BadInputError naming the field); nothing is stored then.
 */
import type { SettingsSavePayload } from '../contract';
import { cleanLabel, defaultSettings, newCheckId, settingsRuleProblems, type AllowedSigners, type CheckSetting, type ProjectSettings, type ReleaseSettings } from '../domain/settings';
import { BadInputError, ConflictError } from '../errors';
import type { KeyValueStore } from '../store/kv-store';
import { SettingsConflictError, SettingsStore, type StoredSettings } from '../store/settings-store';

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

const norm = (s: string): string => s.trim().toLowerCase();

/**
 * Every problem of a settings payload, in page order (priorities, checks, story-point field), so
 * the admin sees them all at once; empty when it can be saved. The rules are the domain's
 * (src/domain/settings.ts, shared with the settings page); only the server adds the check of
 * blocker priorities against the site's.
 */
export function settingsProblems(input: unknown, opts: ValidateOptions = {}): SettingsProblem[] {
  const known = opts.knownPriorities && opts.knownPriorities.length > 0 ? opts.knownPriorities : null;
  const knownSet = new Set((known ?? []).map(norm));
  const previous = new Set((opts.previousPriorities ?? []).map(norm));
  const priorityProblem = (p: string): string | null =>
    known && !knownSet.has(norm(p)) && !previous.has(norm(p)) ? `"${p}" is not a priority on this Jira site (it has ${known.join(', ')}).` : null;
  return settingsRuleProblems(input, { priorityProblem }).map(({ field, message }) => ({ field, message }));
}

/**
 * Validates a settings payload. Checks keep their ids (a rename keeps signatures); a check without
 * an id gets a new one. Throws BadInputError listing every problem, one a line; nothing is stored.
 */
export function validateSettings(input: unknown, opts: ValidateOptions = {}): ReleaseSettings {
  const problems = settingsProblems(input, opts);
  if (problems.length > 0) throw new BadInputError(problems.map((p) => p.message).join('\n'), { problems });
  type CheckInput = { id?: string | null; label: string; signers: AllowedSigners };
  const s = input as SettingsSavePayload['settings'];
  const siteIds = new Set(s.checks.map((c) => c.id).filter((id): id is string => typeof id === 'string'));
  /** New checks get ids unused by the site's and the list's own, so no signature is borrowed by accident. */
  const cleanChecks = (list: CheckInput[], taken: Set<string>): CheckSetting[] => {
    const ids = new Set([...taken, ...list.map((c) => c.id).filter((id): id is string => typeof id === 'string')]);
    return list.map((c) => {
      const label = cleanLabel(c.label);
      const id = c.id ?? newCheckId(label, ids);
      ids.add(id);
      const signers: AllowedSigners = c.signers === 'anyone' ? 'anyone' : [...new Set(c.signers.map((x) => x.trim()).filter((x) => x !== ''))];
      return { id, label, signers };
    });
  };
  const checks = cleanChecks(s.checks, new Set());
  const allSiteIds = new Set([...siteIds, ...checks.map((c) => c.id)]);
  const f = typeof s.storyPointsField === 'string' ? s.storyPointsField.trim() : '';
  const projects: ProjectSettings[] = (s.projects ?? [])
    .map((p) => ({
      projectId: p.projectId,
      projectKey: p.projectKey.trim(),
      ...(typeof p.projectName === 'string' && p.projectName.trim() ? { projectName: p.projectName.trim().slice(0, 255) } : {}),
      blockerPriorities: p.blockerPriorities === null ? null : p.blockerPriorities.map((x) => x.trim()),
      checks: p.checks === null ? null : cleanChecks(p.checks, allSiteIds),
    }))
    // A project that uses the site's settings for both parts needs no entry.
    .filter((p) => p.blockerPriorities !== null || p.checks !== null);
  const editors = [...new Set((s.frameworkEditors ?? []).map((x) => x.trim()).filter((x) => x !== ''))];
  return {
    blockerPriorities: s.blockerPriorities.map((p) => p.trim()),
    checks,
    storyPointsField: f === '' ? null : f,
    // An empty list names no one: the default (Jira administrators) applies.
    frameworkEditors: editors.length > 0 ? editors : null,
    projects,
  };
}

/** What the settings use cases need: the app's storage. */
export interface SettingsDeps {
  store: KeyValueStore;
}

/** The settings in force: the saved ones, else the SPEC defaults. */
export async function currentSettings(deps: SettingsDeps): Promise<{ settings: ReleaseSettings; stored: StoredSettings | undefined }> {
  const stored = await new SettingsStore(deps.store).get();
  // Settings saved before framework editors existed leave them at the default.
  return { settings: stored ? { ...stored.settings, frameworkEditors: stored.settings.frameworkEditors ?? null } : defaultSettings(), stored };
}

export interface SettingsSave {
  payload: SettingsSavePayload;
  /** The saver's account id, and their display name (shown on the page) when Jira gave it. */
  who: string;
  whoName?: string | null;
  at: string;
  /** The site's priority names, to refuse a new blocker priority Jira does not have (null: unchecked). */
  knownPriorities?: readonly string[] | null;
}

/** Validates and saves over the revision the admin edited; a newer revision is a CONFLICT and nothing is stored. */
export async function saveSettings(deps: SettingsDeps, save: SettingsSave): Promise<StoredSettings> {
  const { payload } = save;
  if (!Number.isInteger(payload.revision) || payload.revision < 0) throw new BadInputError('"revision" must be a whole number ≥ 0.');
  const { settings: previous } = await currentSettings(deps);
  const previousPriorities = [...previous.blockerPriorities, ...(previous.projects ?? []).flatMap((p) => p.blockerPriorities ?? [])];
  const settings = validateSettings(payload.settings, { knownPriorities: save.knownPriorities ?? null, previousPriorities });
  try {
    return await new SettingsStore(deps.store).save(payload.revision, settings, save.who, save.at, save.whoName ?? undefined);
  } catch (err) {
    if (err instanceof SettingsConflictError) {
      throw new ConflictError('Someone else saved the settings since you opened this page. Reload to see their changes, then make yours again.');
    }
    throw err;
  }
}

/** The story-point field setting (SPEC §1: "a setting overrides both"), or undefined to discover. */
export async function storyPointsSetting(deps: SettingsDeps): Promise<string | undefined> {
  const { settings } = await currentSettings(deps);
  return settings.storyPointsField?.trim() || undefined;
}
