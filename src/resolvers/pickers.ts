/** Resolvers of the pickers: each validates its payload and searches as `context`'s user. */
import { PICKER_KEYS, PICKER_LIMITS } from '../contract/pickers';
import { BadInputError } from '../errors';
import { namesOf, searchPeople, searchProjects, searchSpaces } from '../services/pickers';
import { defineResolver, type ResolverHandler } from './define';
import type { AppDeps } from './deps';
import { asObject } from './validate';

/** Atlassian account ids: up to 128 characters of letters, digits, `:` and `-`. */
const ACCOUNT_ID = /^[A-Za-z0-9:_-]{1,128}$/;

function queryOf(p: Record<string, unknown>, required: boolean): string {
  const v = p.query ?? '';
  if (typeof v !== 'string') throw new BadInputError('"query" must be a string.');
  const q = v.trim();
  if (q.length > PICKER_LIMITS.queryLength) throw new BadInputError(`"query" is too long (at most ${PICKER_LIMITS.queryLength} characters).`);
  if (required && q === '') throw new BadInputError('"query" is required: type part of a name.');
  return q;
}

export function pickerResolvers(deps: AppDeps): Record<string, ResolverHandler> {
  const K = PICKER_KEYS;
  return {
    [K.peopleSearch]: defineResolver(K.peopleSearch, async ({ payload, context }) => searchPeople({ jira: deps.jiraFor(context) }, { query: queryOf(asObject(payload), true) })),
    [K.peopleNames]: defineResolver(K.peopleNames, async ({ payload, context }) => {
      const ids = asObject(payload).accountIds;
      if (!Array.isArray(ids)) throw new BadInputError('"accountIds" must be a list of account ids.');
      if (ids.length > PICKER_LIMITS.accountIds) throw new BadInputError(`"accountIds" lists more than ${PICKER_LIMITS.accountIds} ids.`);
      const bad = ids.find((id) => typeof id !== 'string' || !ACCOUNT_ID.test(id));
      if (bad !== undefined) throw new BadInputError(`${JSON.stringify(bad)} is not an Atlassian account id.`);
      return namesOf({ jira: deps.jiraFor(context) }, { accountIds: ids as string[] });
    }),
    [K.projectSearch]: defineResolver(K.projectSearch, async ({ payload, context }) => {
      const p = asObject(payload);
      const startAt = p.startAt ?? 0;
      if (typeof startAt !== 'number' || !Number.isInteger(startAt) || startAt < 0 || startAt > 100_000) throw new BadInputError('"startAt" must be a whole number from 0.');
      return searchProjects({ jira: deps.jiraFor(context) }, { query: queryOf(p, false), startAt });
    }),
    [K.spaceSearch]: defineResolver(K.spaceSearch, async ({ payload, context }) => {
      const q = queryOf(asObject(payload), false);
      if (!deps.confluenceFor) throw new BadInputError('Confluence is not connected to this app, so there are no spaces to choose from.');
      return searchSpaces({ confluence: deps.confluenceFor(context) }, { query: q });
    }),
  };
}
