/**
 * What Jira's 400 answers to a search mean, read once here so nobody downstream parses its text.
 * Jira answers a query naming a project the viewer cannot browse exactly as one naming a project
 * that does not exist ("The value 'PO' does not exist for the field 'project'."): it never says
 * which, so the reason is `UNKNOWN_PROJECT` with the keys, and the UI says both.
 */
import type { ErrorMeaning } from '../errors';

const UNKNOWN_PROJECT = /The value '([^']+)' does not exist for the field 'project'/gi;

/** The meaning of a refused query: `UNKNOWN_PROJECT` with the project keys Jira named, in order, each once. */
export function jqlRefusal(messages: readonly string[]): ErrorMeaning {
  const keys: string[] = [];
  for (const m of messages.join('\n').matchAll(UNKNOWN_PROJECT)) if (!keys.includes(m[1]!)) keys.push(m[1]!);
  return keys.length > 0 ? { reason: 'UNKNOWN_PROJECT', subjects: keys } : {};
}
