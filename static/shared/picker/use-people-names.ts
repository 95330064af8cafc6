import { useEffect, useState } from 'react';
import type { Person } from '../../../src/contract';
import { peopleNames } from '../picker-api';

/** Names already known on this page, so a picked person never needs a second look-up. */
const known = new Map<string, Person>();

export function rememberPeople(people: readonly Person[]): void {
  for (const p of people) known.set(p.accountId, p);
}

/** A person already seen on this page (picked, or resolved), if any. */
export const knownPerson = (accountId: string): Person | undefined => known.get(accountId);

/**
 * The people behind stored account ids, resolved in one bulk request for the ids not yet known.
 * An id Jira does not return stays unnamed (`displayName` null) so the screen can say so.
 */
export function usePeopleNames(accountIds: readonly string[]): { people: Map<string, Person | null>; loading: boolean; error: string | null } {
  const [version, setVersion] = useState(0);
  const [loading, setLoading] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [unknown] = useState(() => new Set<string>());
  const missing = accountIds.filter((id) => !known.has(id) && !unknown.has(id));
  const key = [...new Set(missing)].sort().join(',');
  useEffect(() => {
    if (!key) return;
    let live = true;
    setLoading(true);
    peopleNames({ accountIds: key.split(',') })
      .then((r) => {
        rememberPeople(r.people);
        for (const id of r.unknown) unknown.add(id);
        if (live) setError(null);
      })
      .catch((err: unknown) => {
        if (live) setError(err instanceof Error ? err.message : 'Names could not be loaded.');
      })
      .finally(() => {
        if (live) {
          setLoading(false);
          setVersion((v) => v + 1);
        }
      });
    return () => {
      live = false;
    };
  }, [key, unknown]);
  void version;
  const people = new Map<string, Person | null>(accountIds.map((id) => [id, known.get(id) ?? null]));
  return { people, loading, error };
}
