/**
 * The active career framework: a team's own (SPEC §4 "Teams can load their own") when one is
 * saved, else the default. The default is code (`DEFAULT_FRAMEWORK`, deep-frozen) and is never
 * written: resetting just removes the custom one.
 *
 * Who may change it: any user of the app. Forge cannot tell us offline whether the caller is a
 * Confluence or Jira admin, so instead every save and reset is recorded in an audit trail (account
 * id from the Forge context, and the time), shown by `frameworkAudit`.
 */
import type { FrameworkInfo, FrameworkSource, FrameworkValidateResponse } from '../../contract/competency';
import { COMPETENCY_LIMITS } from '../../contract/competency';
import type { Framework } from '../../domain/framework';
import { BadInputError } from '../../errors';
import { DEFAULT_FRAMEWORK, FrameworkLoadError, parseFrameworkJson, validateFramework, type FrameworkValidation } from '../../frameworks';
import { FrameworkStore, type FrameworkAuditEntry } from '../../store/framework-store';
import type { KeyValueStore } from '../../store/kv-store';

export interface ActiveFramework {
  framework: Framework;
  source: FrameworkSource;
  /** What assessments record as the framework their positions refer to. */
  ref: string;
}

function defaultActive(problem: string | null = null): ActiveFramework {
  return {
    framework: DEFAULT_FRAMEWORK,
    source: { kind: 'default', frameworkId: DEFAULT_FRAMEWORK.id, name: DEFAULT_FRAMEWORK.name, savedBy: null, savedAt: null, problem },
    ref: `default:${DEFAULT_FRAMEWORK.id}`,
  };
}

/**
 * The framework every competency function uses. A stored custom framework that cannot be read or
 * no longer validates falls back to the default, with `source.problem` saying why.
 */
/** App storage: where the team's framework lives. */
export interface FrameworkDeps {
  store: KeyValueStore;
}

/** Storage, and who changes the framework when: a change is recorded in the audit trail. */
export interface FrameworkChangeDeps extends FrameworkDeps {
  /** The caller, from the Forge context. */
  accountId: string;
  /** ISO timestamp. */
  now: string;
}

export async function activeFramework(deps: FrameworkDeps): Promise<ActiveFramework> {
  const { store } = deps;
  let custom: Awaited<ReturnType<FrameworkStore['getCustom']>>;
  try {
    custom = await new FrameworkStore(store).getCustom();
  } catch (err) {
    return defaultActive(`The saved custom framework could not be read (${(err as Error).message}); showing the default.`);
  }
  if (!custom) return defaultActive();
  const result = validateFramework(custom.data);
  if (!result.ok) {
    return defaultActive(`The saved custom framework is no longer valid (${FrameworkLoadError.summary(result.errors)}); showing the default.`);
  }
  const m = custom.manifest;
  return {
    framework: result.framework,
    source: { kind: 'custom', frameworkId: m.frameworkId, name: m.name, savedBy: m.savedBy, savedAt: m.savedAt, problem: null },
    ref: `custom:${m.generation}`,
  };
}

export function frameworkInfo(active: ActiveFramework): FrameworkInfo {
  return { framework: active.framework, isCustom: active.source.kind === 'custom', source: active.source };
}

/** Reads the upload payload: exactly one of `text` (JSON) or `framework` (an object). Never throws for content. */
export function validateUpload(payload: Record<string, unknown>): FrameworkValidation {
  const hasText = payload.text !== undefined && payload.text !== null;
  const hasObject = payload.framework !== undefined && payload.framework !== null;
  if (hasText === hasObject) {
    throw new BadInputError('Send the framework either as "text" (the JSON file\'s contents) or as "framework" (an object), not both and not neither.');
  }
  if (hasText) {
    if (typeof payload.text !== 'string') throw new BadInputError('"text" must be a string holding the framework JSON.');
    if (payload.text.length > COMPETENCY_LIMITS.frameworkTextChars) {
      throw new BadInputError(`The framework file is too large (at most ${COMPETENCY_LIMITS.frameworkTextChars.toLocaleString('en')} characters).`);
    }
    return parseFrameworkJson(payload.text);
  }
  const size = JSON.stringify(payload.framework)?.length ?? 0;
  if (size > COMPETENCY_LIMITS.frameworkTextChars) {
    throw new BadInputError(`The framework is too large (at most ${COMPETENCY_LIMITS.frameworkTextChars.toLocaleString('en')} characters of JSON).`);
  }
  return validateFramework(payload.framework);
}

export function validationResponse(result: FrameworkValidation): FrameworkValidateResponse {
  if (!result.ok) return { ok: false, errors: result.errors, summary: null };
  const f = result.framework;
  return { ok: true, errors: [], summary: { id: f.id, name: f.name, levels: f.levels.map((l) => l.id) } };
}

/** Validates and stores a team's framework as the active one; BAD_INPUT naming each problem's path. */
export async function saveCustomFramework(deps: FrameworkChangeDeps, payload: Record<string, unknown>): Promise<FrameworkInfo> {
  const result = validateUpload(payload);
  if (!result.ok) throw new BadInputError(FrameworkLoadError.summary(result.errors), { errors: result.errors });
  await new FrameworkStore(deps.store).saveCustom(result.framework, deps.accountId, deps.now);
  return frameworkInfo(await activeFramework(deps));
}

/** Back to the default framework (the custom one is kept in the audit trail's record of who reset it). */
export async function resetFramework(deps: FrameworkChangeDeps): Promise<FrameworkInfo> {
  await new FrameworkStore(deps.store).clearCustom(deps.accountId, deps.now);
  return frameworkInfo(await activeFramework(deps));
}

export async function frameworkAudit(deps: FrameworkDeps, limit = 50): Promise<FrameworkAuditEntry[]> {
  return new FrameworkStore(deps.store).auditTrail(limit);
}
