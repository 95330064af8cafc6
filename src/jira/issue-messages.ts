/**
 * Reading Jira's message texts, in one place: the rest of the app sees sets of keys, never text.
 */
import { AppError } from '../errors';

/** Keys Jira names in "An issue with key 'X' does not exist" (deleted, or not visible to this user); null for any other error. */
export function missingIssueKeys(err: unknown): Set<string> | null {
  if (!(err instanceof AppError) || err.code !== 'BAD_INPUT') return null;
  const messages = (err.details as { messages?: unknown } | undefined)?.messages;
  const text = Array.isArray(messages) ? messages.join('\n') : err.message;
  const out = new Set<string>();
  for (const m of text.matchAll(/issue with key '([^']+)' does not exist/gi)) out.add(m[1]!.toUpperCase());
  return out.size > 0 ? out : null;
}

/**
 * Runs a `key in (…)` query, dropping the keys Jira says do not exist (or the viewer cannot see)
 * and asking again, a few rounds at most: either way those keys are not visible.
 */
export async function withoutMissingKeys<T>(keys: readonly string[], run: (keys: string[]) => Promise<T>, empty: T, rounds = 4): Promise<T> {
  let left = [...keys];
  for (let round = 0; left.length > 0 && round < rounds; round++) {
    try {
      return await run(left);
    } catch (err) {
      const missing = missingIssueKeys(err);
      if (missing === null) throw err;
      left = left.filter((k) => !missing.has(k.toUpperCase()));
    }
  }
  return empty;
}
