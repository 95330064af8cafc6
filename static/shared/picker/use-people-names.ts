import { useEffect, useState } from 'react';
import { PICKER_LIMITS, type Person } from '../../../src/contract';
import { peopleNames } from '../picker-api';

/** Names already known on this page, so a picked person never needs a second look-up. */
const known = new Map<string, Person>();
/** Ids Jira did not return (deleted or hidden people): asked once a page. */
const unknown = new Set<string>();
/** Ids being looked up now, whichever picker asked: each id is asked once. */
const inFlight = new Map<string, Promise<void>>();
/** Ids asked for in this tick: the pickers of one page render together and share one request. */
let queued: string[] = [];

export function rememberPeople(people: readonly Person[]): void {
  for (const p of people) known.set(p.accountId, p);
}

/** A person already seen on this page (picked, or resolved), if any. */
export const knownPerson = (accountId: string): Person | undefined => known.get(accountId);

/** Looks the ids up, batched with every other picker's ids of this tick (in chunks the resolver accepts). */
function lookUp(ids: readonly string[]): Promise<void> {
  const fresh = ids.filter((id) => !inFlight.has(id));
  if (fresh.length > 0) {
    if (queued.length === 0) {
      const batch = Promise.resolve().then(async () => {
        const ask = queued;
        queued = [];
        try {
          for (let i = 0; i < ask.length; i += PICKER_LIMITS.accountIds) {
            const r = await peopleNames({ accountIds: ask.slice(i, i + PICKER_LIMITS.accountIds) });
            rememberPeople(r.people);
            for (const id of r.unknown) unknown.add(id);
          }
        } finally {
          for (const id of ask) inFlight.delete(id);
        }
      });
      queued.push(...fresh);
      for (const id of fresh) inFlight.set(id, batch);
    } else {
      const batch = inFlight.get(queued[0]!)!;
      queued.push(...fresh);
      for (const id of fresh) inFlight.set(id, batch);
    }
  }
  return Promise.all(ids.map((id) => inFlight.get(id))).then(() => undefined);
}

/**
 * The people behind stored account ids, resolved in bulk for the ids not yet known (one request
 * for all the pickers of a page). An id Jira does not return stays unnamed (`displayName` null) so
 * the screen can say so.
 */
export function usePeopleNames(accountIds: readonly string[]): { people: Map<string, Person | null>; loading: boolean; error: string | null } {
  const [, setVersion] = useState(0);
  const [error, setError] = useState<string | null>(null);
  const missing = [...new Set(accountIds.filter((id) => !known.has(id) && !unknown.has(id)))].sort();
  const key = missing.join(',');
  useEffect(() => {
    if (!key) return;
    let live = true;
    lookUp(key.split(','))
      .then(() => {
        if (live) setError(null);
      })
      .catch((err: unknown) => {
        if (live) setError(err instanceof Error ? err.message : 'Names could not be loaded.');
      })
      .finally(() => {
        if (live) setVersion((v) => v + 1);
      });
    return () => {
      live = false;
    };
  }, [key]);
  const people = new Map<string, Person | null>(accountIds.map((id) => [id, known.get(id) ?? null]));
  return { people, loading: missing.length > 0 && error === null, error };
}
