/**
 * Career frameworks (SPEC §4, §6): the default one, checked in as data, and loading a team's own.
 *
 * - `DEFAULT_FRAMEWORK`: "Product Ops Levelling" v1.0, word for word from the seed, deep-frozen
 *   (any attempt to change it throws in strict mode, and a loaded framework never shares objects
 *   with it).
 * - `loadFrameworkJson(text)`: parse + validate; throws `FrameworkLoadError` (a `DomainInputError`,
 *   code `BAD_INPUT`, so the CLI maps it to exit 2) whose `errors` name each problem's path.
 * - `parseFrameworkJson(text)`: the same without throwing.
 */
import type { Framework } from '../domain/framework';
import { DomainInputError } from '../domain/errors';
import { PRODUCT_OPS_FRAMEWORK } from './product-ops';
import { formatFrameworkIssues, ROOT_PATH, validateFramework, type FrameworkIssue, type FrameworkValidation } from './schema';

export { validateFramework, formatFrameworkIssues, ROOT_PATH } from './schema';
export type { FrameworkIssue, FrameworkValidation } from './schema';

/** Freezes `value` and everything reachable from it; returns it for chaining. */
export function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const key of Object.keys(value)) deepFreeze((value as Record<string, unknown>)[key]);
  }
  return value;
}

function checkDefault(): Framework {
  const result = validateFramework(PRODUCT_OPS_FRAMEWORK);
  if (!result.ok) throw new Error(`The built-in framework is invalid:\n${formatFrameworkIssues(result.errors)}`);
  return deepFreeze(result.framework);
}

/** The default framework (SPEC §4: the seed, complete and word for word). Deep-frozen. */
export const DEFAULT_FRAMEWORK: Framework = checkDefault();

/** A framework file that could not be read or is not a valid framework (bad input, exit 2). */
export class FrameworkLoadError extends DomainInputError {
  constructor(readonly errors: FrameworkIssue[]) {
    super(FrameworkLoadError.summary(errors));
  }

  /** One line: `Invalid framework: levels[0].id: must be a non-empty string; … (and 3 more)`. */
  static summary(errors: readonly FrameworkIssue[]): string {
    const shown = errors.slice(0, 5).map((e) => `${e.path}: ${e.message}`);
    const more = errors.length > 5 ? ` (and ${errors.length - 5} more)` : '';
    return `Invalid framework: ${shown.join('; ')}${more}`;
  }
}

/** Parses and validates a framework JSON document; never throws. */
export function parseFrameworkJson(text: string): FrameworkValidation {
  if (typeof text !== 'string') {
    return { ok: false, errors: [{ path: ROOT_PATH, message: 'framework file must be text (JSON)' }] };
  }
  const source = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  if (source.trim() === '') return { ok: false, errors: [{ path: ROOT_PATH, message: 'framework file is empty; expected a JSON object' }] };
  let data: unknown;
  try {
    data = JSON.parse(source);
  } catch (err) {
    return { ok: false, errors: [{ path: ROOT_PATH, message: `not valid JSON: ${jsonErrorWhere(source, err)}` }] };
  }
  return validateFramework(data);
}

/** Parses and validates a framework JSON document; throws `FrameworkLoadError` listing each problem. */
export function loadFrameworkJson(text: string): Framework {
  const result = parseFrameworkJson(text);
  if (!result.ok) throw new FrameworkLoadError(result.errors);
  return result.framework;
}

/** `Unexpected token } in JSON at position 12` → adds `(line 2, column 3)` when a position is given. */
function jsonErrorWhere(source: string, err: unknown): string {
  const message = err instanceof Error ? err.message : String(err);
  const m = /position (\d+)/.exec(message);
  if (!m || /line \d+/.test(message)) return message; // newer Node versions already say where
  const pos = Number(m[1]);
  const before = source.slice(0, pos);
  const line = before.split('\n').length;
  const column = pos - before.lastIndexOf('\n');
  return `${message} (line ${line}, column ${column})`;
}
