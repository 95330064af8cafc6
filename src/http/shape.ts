/**
 * A small checker for the JSON a product answers with: a `Shape<T>` describes what we read of a
 * response, tolerates every extra field, and names the path of the first field that is not what we
 * rely on (`issues[3].fields.status.name: expected a string, got a number`). It checks and hands
 * back the same value, never a copy, so fields we did not describe (custom fields) survive.
 *
 * Hand-written rather than zod: we only check (zod's objects strip unknown keys unless each is
 * marked passthrough, which would drop `customfield_…` values), the resolver bundle stays free of
 * a 50 kB dependency, and the messages come out as one short line naming a path.
 */

export interface ShapeProblem {
  /** e.g. `issues[3].fields.status.name`; `(body)` for the body itself. */
  path: string;
  /** e.g. `expected a string, got a number`. Never quotes the value. */
  message: string;
}

export interface Shape<T> {
  /** The first problem of `value` at `path`, or null when it has this shape. */
  problem(value: unknown, path: string): ShapeProblem | null;
  /** Type only: what a value of this shape is. */
  readonly type?: T;
}

export const BODY_PATH = '(body)';

/** What kind of JSON value this is, in words, without its content. */
export function kindOf(value: unknown): string {
  if (value === undefined) return 'nothing';
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  if (typeof value === 'number') return Number.isFinite(value) ? 'a number' : 'a non-finite number';
  return typeof value === 'object' ? 'an object' : `a ${typeof value}`;
}

function at(path: string, key: string | number): string {
  if (typeof key === 'number') return `${path === BODY_PATH ? '' : path}[${key}]`;
  return path === BODY_PATH ? key : `${path}.${key}`;
}

function expected(what: string, value: unknown, path: string): ShapeProblem {
  return { path, message: `expected ${what}, got ${kindOf(value)}` };
}

function scalar<T>(what: string, test: (v: unknown) => boolean): Shape<T> {
  return { problem: (v, path) => (test(v) ? null : expected(what, v, path)) };
}

export const str: Shape<string> = scalar('a string', (v) => typeof v === 'string');
export const num: Shape<number> = scalar('a number', (v) => typeof v === 'number' && Number.isFinite(v));
export const bool: Shape<boolean> = scalar('true or false', (v) => typeof v === 'boolean');
/** Any JSON value: read by a mapper that copes with every kind (e.g. a custom field's value). */
export const anything: Shape<unknown> = { problem: () => null };

/** `T` or null. */
export function nullable<T>(shape: Shape<T>): Shape<T | null> {
  return { problem: (v, path) => (v === null ? null : shape.problem(v, path)) };
}

/** Either shape. */
export function either<A, B>(a: Shape<A>, b: Shape<B>, what: string): Shape<A | B> {
  return { problem: (v, path) => (a.problem(v, path) === null || b.problem(v, path) === null ? null : expected(what, v, path)) };
}

export function arrayOf<T>(item: Shape<T>): Shape<T[]> {
  return {
    problem(v, path) {
      if (!Array.isArray(v)) return expected('an array', v, path);
      for (let i = 0; i < v.length; i++) {
        const p = item.problem(v[i], at(path, i));
        if (p) return p;
      }
      return null;
    },
  };
}

/** An object used as a map: every value has `value`'s shape. */
export function recordOf<T>(value: Shape<T>): Shape<Record<string, T>> {
  return {
    problem(v, path) {
      if (typeof v !== 'object' || v === null || Array.isArray(v)) return expected('an object', v, path);
      for (const [key, item] of Object.entries(v as Record<string, unknown>)) {
        const p = value.problem(item, at(path, key));
        if (p) return p;
      }
      return null;
    },
  };
}

/** Marks a field of `object({...})` that may be absent (undefined); null is still checked. */
export interface Optional<T> {
  optional: Shape<T>;
}
export function optional<T>(shape: Shape<T>): Optional<T> {
  return { optional: shape };
}

type Fields = Record<string, Shape<unknown> | Optional<unknown>>;
type Out<F extends Fields> = {
  [K in keyof F as F[K] extends Optional<unknown> ? never : K]: F[K] extends Shape<infer T> ? T : never;
} & {
  [K in keyof F as F[K] extends Optional<unknown> ? K : never]?: F[K] extends Optional<infer T> ? T : never;
};

/** An object with these fields (extra fields tolerated and kept). */
export function object<F extends Fields>(fields: F): Shape<Out<F>> {
  const entries = Object.entries(fields);
  return {
    problem(v, path) {
      if (typeof v !== 'object' || v === null || Array.isArray(v)) return expected('an object', v, path);
      const o = v as Record<string, unknown>;
      for (const [key, spec] of entries) {
        const value = o[key];
        if ('optional' in spec) {
          if (value === undefined) continue;
          const p = spec.optional.problem(value, at(path, key));
          if (p) return p;
        } else {
          const p = spec.problem(value, at(path, key));
          if (p) return p;
        }
      }
      return null;
    },
  };
}

/** A shape with one more rule across fields; `rule` answers the problem (relative path) or null. */
export function refine<T>(shape: Shape<T>, rule: (value: T) => ShapeProblem | null): Shape<T> {
  return {
    problem(v, path) {
      const p = shape.problem(v, path);
      if (p) return p;
      const r = rule(v as T);
      return r ? { path: r.path === BODY_PATH ? path : at(path, r.path), message: r.message } : null;
    },
  };
}

/** The problem as one short line: `issues[3].key: expected a string, got a number`. */
export function describeProblem(p: ShapeProblem): string {
  return `${p.path}: ${p.message}`;
}
