/**
 * Reading untrusted JSON with every problem named by its path, in plain words: the small readers
 * the framework schema (schema.ts, schema-levels.ts) is written with. Never throws; problems
 * collect in `errors`.
 */
export interface FrameworkIssue {
  /** e.g. `levels[2].categories[0].skills[1].behaviours`; `(root)` for the document itself. */
  path: string;
  message: string;
}

export const ROOT_PATH = '(root)';

export type Obj = Record<string, unknown>;

export function join(path: string, key: string | number): string {
  if (typeof key === 'number') return `${path === ROOT_PATH ? '' : path}[${key}]`;
  return path === ROOT_PATH ? key : `${path}.${key}`;
}

export function describe(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  if (typeof value === 'string') return value.trim() === '' ? 'an empty string' : 'a string';
  if (typeof value === 'number') return Number.isFinite(value) ? 'a number' : String(value);
  return typeof value === 'object' ? 'an object' : typeof value;
}

export function isObj(value: unknown): value is Obj {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export function lower(s: string): string {
  return s.trim().toLowerCase();
}

/** Where `key` was first seen, or undefined after noting that it is first seen at `at`. */
export function seenBefore<K, V>(seen: Map<K, V>, key: K, at: V): V | undefined {
  const first = seen.get(key);
  if (first === undefined) seen.set(key, at);
  return first;
}

export class ShapeReader {
  readonly errors: FrameworkIssue[] = [];

  protected fail(path: string, message: string): void {
    this.errors.push({ path, message });
  }

  /** An object with only the given keys; unknown keys are reported. */
  protected object(value: unknown, path: string, keys: readonly string[]): Obj | undefined {
    if (!isObj(value)) {
      this.fail(path, `must be an object, got ${describe(value)}`);
      return undefined;
    }
    for (const key of Object.keys(value)) {
      if (!keys.includes(key)) this.fail(join(path, key), `unknown field (expected one of: ${keys.join(', ')})`);
    }
    return value;
  }

  /** `what` is the plural (`skills`); `one` the singular used in "at least one …" (default: `what` less its s). */
  protected array(value: unknown, path: string, nonEmpty: boolean, what: string, one = what.replace(/s$/, '')): unknown[] | undefined {
    if (!Array.isArray(value)) {
      this.fail(path, value === undefined ? `is required (a list of ${what})` : `must be a list of ${what}, got ${describe(value)}`);
      return undefined;
    }
    if (nonEmpty && value.length === 0) {
      this.fail(path, `must list at least one ${one}`);
      return undefined;
    }
    return value;
  }

  /** A required string; `nonBlank` also rejects '' and whitespace only. */
  protected string(value: unknown, path: string, nonBlank: boolean): string | undefined {
    if (typeof value !== 'string') {
      this.fail(path, value === undefined ? 'is required (a string)' : `must be a string, got ${describe(value)}`);
      return undefined;
    }
    if (nonBlank && value.trim() === '') {
      this.fail(path, 'must be a non-empty string');
      return undefined;
    }
    return value;
  }

  protected optionalString(value: unknown, path: string): string | undefined {
    if (value === undefined) return undefined;
    return this.string(value, path, false);
  }

  /**
   * A required, non-empty list of objects with only `keys` (`what` and `one` as for `array`):
   * `each` gets every element that is such an object, with its path and index. Answers the list,
   * or undefined when there is none.
   */
  protected eachObject(
    value: unknown,
    path: string,
    keys: readonly string[],
    what: { what: string; one?: string },
    each: (o: Obj, p: string, i: number) => void,
  ): unknown[] | undefined {
    const arr = this.array(value, path, true, what.what, what.one);
    arr?.forEach((v, i) => {
      const p = join(path, i);
      const o = this.object(v, p, keys);
      if (o) each(o, p, i);
    });
    return arr;
  }

  /** A required, non-empty list of non-blank strings: those that are, or undefined when there is no list. */
  protected strings(value: unknown, path: string, what: string): string[] | undefined {
    const arr = this.array(value, path, true, what);
    if (!arr) return undefined;
    const out: string[] = [];
    arr.forEach((v, i) => {
      const s = this.string(v, join(path, i), true);
      if (s !== undefined) out.push(s);
    });
    return out;
  }

  /** Optional list (absent means `[]`) of items read by `item`. */
  protected list<T>(value: unknown, path: string, what: string, item: (v: unknown, p: string) => T | undefined): T[] {
    if (value === undefined) return [];
    const arr = this.array(value, path, false, what);
    if (!arr) return [];
    const out: T[] = [];
    arr.forEach((v, i) => {
      const t = item(v, join(path, i));
      if (t !== undefined) out.push(t);
    });
    return out;
  }
}
