/**
 * What the JQL evaluator's parts share: the context a query runs in, how a field reads from an
 * issue and resolves the values a query names, and Jira's messages for values and functions that
 * do not exist.
 */
import { ISSUE_KEY_PARTS } from '../../src/domain/issue-key';
import type { Operand } from './jql';
import type { DemoIssue, DemoUser } from './model';
import type { SiteIndex } from './site-index';

export interface JqlContext {
  index: SiteIndex;
  user: DemoUser;
  /** What `now()` and relative dates (`-14d`) are measured from. */
  now: Date;
}

export type Predicate = (issue: DemoIssue) => boolean;
export type Scalar = string | number;

/** How a field reads from an issue and how JQL values name its values. */
export interface FieldKind {
  /** Canonical values of the issue for this field; [] = empty. */
  read(issue: DemoIssue, ctx: JqlContext): Scalar[];
  /** Canonical values a JQL operand names; pushes an error when a value does not exist. */
  resolve?(operand: Operand, name: string, ctx: JqlContext, errors: string[]): Scalar[];
  /** Ordered fields (dates, numbers, keys) support `<`, `<=`, `>`, `>=`. */
  ordered?: boolean;
  /** Text fields support only `~` and `!~` (plus IS EMPTY). */
  text?: boolean;
  /** Sort value for ORDER BY; null sorts last ascending. */
  sort?(issue: DemoIssue, ctx: JqlContext): Scalar | null;
}

export function valueDoesNotExist(value: string, field: string): string {
  return `The value '${value}' does not exist for the field '${field}'.`;
}

export function fieldMissing(name: string): string {
  return `Field '${name}' does not exist or you do not have permission to view it.`;
}

/** The literal values of an operand; functions go through `fn`. */
export function literals(
  operand: Operand,
  name: string,
  ctx: JqlContext,
  errors: string[],
  one: (text: string) => Scalar[] | null,
  fn?: (fname: string, args: string[]) => Scalar[] | null,
): Scalar[] {
  const out: Scalar[] = [];
  const visit = (o: Operand): void => {
    if (o.kind === 'list') o.items.forEach(visit);
    else if (o.kind === 'value') {
      const r = one(o.text);
      if (r === null) errors.push(valueDoesNotExist(o.text, name));
      else out.push(...r);
    } else if (o.kind === 'function') {
      const r = fn?.(o.name.toLowerCase(), o.args) ?? null;
      if (r === null) errors.push(functionError(o.name, name, ctx));
      else out.push(...r);
    }
  };
  visit(operand);
  return out;
}


const KNOWN_FUNCTIONS = new Set([
  'currentuser',
  'now',
  'startofday',
  'endofday',
  'startofweek',
  'endofweek',
  'startofmonth',
  'endofmonth',
  'startofyear',
  'endofyear',
  'releasedversions',
  'unreleasedversions',
  'earliestunreleasedversion',
  'latestreleasedversion',
  'standardissuetypes',
  'subtaskissuetypes',
]);


export function functionError(fname: string, field: string, _ctx: JqlContext): string {
  if (!KNOWN_FUNCTIONS.has(fname.toLowerCase())) return `Unable to find JQL function '${fname}()'.`;
  return `Function '${fname}' is not supported for the field '${field}'.`;
}

export const ci = (a: string, b: string): boolean => a.trim().toLowerCase() === b.trim().toLowerCase();

export function issueKey(key: string): { project: string; number: number } | null {
  const m = ISSUE_KEY_PARTS.exec(key.trim());
  return m ? { project: (m[1] as string).toUpperCase(), number: Number(m[2]) } : null;
}

export function keyOrder(key: string): string {
  // Project key alphabetically, then number: PO-6 before PO-40.
  const k = issueKey(key) as { project: string; number: number };
  return `${k.project.padEnd(16, ' ')}${String(k.number).padStart(12, '0')}`;
}

export function operandText(o: Operand): string {
  if (o.kind === 'list') return `(${o.items.map(operandText).join(', ')})`;
  if (o.kind === 'empty') return 'EMPTY';
  if (o.kind === 'function') return `${o.name}(${o.args.join(', ')})`;
  return o.text;
}
