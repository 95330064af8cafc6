/**
 * Resolvers of the competency pages (SPEC §4): the space page, the matrix macro and the
 * self-assessment. Each validates its payload, acts as `context.accountId` (never a payload's
 * account id), calls a service and answers the envelope.
 */
import { COMPETENCY_KEYS, COMPETENCY_LIMITS } from '../contract/competency';
import { BadInputError } from '../errors';
import { jiraPorts } from '../jira';
import { frameworkEditAccess, requireFrameworkEditor } from '../services/authorization';
import {
  activeFramework,
  compare,
  deleteMine,
  exportMarkdown,
  frameworkAudit,
  frameworkInfo,
  getMine,
  getShared,
  levelView,
  listSharedWithMe,
  publishFramework,
  readinessMine,
  requireAccountId,
  requireCaller,
  resetFramework,
  saveCustomFramework,
  saveMine,
  searchBehaviours,
  share,
  unshare,
  validateUpload,
  validationResponse,
  type AssessmentDeps,
} from '../services/competency';
import type { ForgeContext } from './context';
import { defineResolver, type ResolverHandler } from './define';
import type { AppDeps } from './deps';
import { asObject, optionalAsOf, optionalString, requiredString } from './validate';

const LEVEL_ID = { max: 50 };

function now(deps: AppDeps): string {
  return deps.now();
}

function siteUrlOrNull(deps: AppDeps, ctx: ForgeContext): string | null {
  try {
    return deps.siteUrl(ctx) || null;
  } catch {
    return null;
  }
}

async function assessmentDeps(deps: AppDeps, ctx: ForgeContext): Promise<AssessmentDeps> {
  return {
    store: deps.store,
    accountId: requireCaller(ctx?.accountId),
    today: deps.today(),
    now: now(deps),
    active: await activeFramework(deps),
    jiraSiteUrl: siteUrlOrNull(deps, ctx),
  };
}

function optionalLimit(p: Record<string, unknown>): number | undefined {
  const v = p.limit;
  if (v === undefined || v === null) return undefined;
  if (typeof v !== 'number' || !Number.isInteger(v) || v < 1 || v > COMPETENCY_LIMITS.searchMaxHits) {
    throw new BadInputError(`"limit" must be a whole number from 1 to ${COMPETENCY_LIMITS.searchMaxHits}.`);
  }
  return v;
}

/** Handlers keyed by `COMPETENCY_KEYS`; publishing needs the host's `confluenceFor`. */
/** Storage and the viewer's Jira permissions; Jira is reached only when the settings name no framework editors. */
function editAccessDeps(deps: AppDeps, context: ForgeContext) {
  return { store: deps.store, jira: { hasGlobalPermission: (key: string) => jiraPorts(deps.jiraFor(context)).hasGlobalPermission(key) } };
}

export function competencyResolvers(deps: AppDeps): Record<string, ResolverHandler> {
  const d = deps;
  const K = COMPETENCY_KEYS;
  /** A resolver over the caller's own assessments: the payload must be an object, then the caller is required. */
  const asCaller = <T>(key: string, run: (p: Record<string, unknown>, e: AssessmentDeps) => Promise<T>) =>
    defineResolver(key, async ({ payload, context }) => {
      const p = asObject(payload);
      return run(p, await assessmentDeps(d, context));
    });
  return {
    [K.frameworkGet]: defineResolver(K.frameworkGet, async ({ payload, context }) => {
      asObject(payload);
      const who = requireCaller(context?.accountId);
      // The page hides what the viewer cannot do; a failed check only hides the controls.
      const access = await frameworkEditAccess(editAccessDeps(d, context), { accountId: who }).catch(() => ({
        allowed: false,
        reason: 'Jira did not say whether you may change the team framework. Reload to try again.',
      }));
      return { ...frameworkInfo(await activeFramework(d)), canEdit: access.allowed, cannotEditReason: access.reason };
    }),

    [K.frameworkValidate]: defineResolver(K.frameworkValidate, async ({ payload, context }) => {
      requireCaller(context?.accountId);
      return validationResponse(validateUpload(asObject(payload)));
    }),

    [K.frameworkSaveCustom]: defineResolver(K.frameworkSaveCustom, async ({ payload, context }) => {
      const who = requireCaller(context?.accountId);
      const p = asObject(payload);
      await requireFrameworkEditor(editAccessDeps(d, context), { accountId: who });
      return { ...(await saveCustomFramework({ store: d.store, accountId: who, now: now(d) }, p)), canEdit: true, cannotEditReason: null };
    }),

    [K.frameworkReset]: defineResolver(K.frameworkReset, async ({ payload, context }) => {
      asObject(payload);
      const who = requireCaller(context?.accountId);
      await requireFrameworkEditor(editAccessDeps(d, context), { accountId: who });
      return { ...(await resetFramework({ store: d.store, accountId: who, now: now(d) })), canEdit: true, cannotEditReason: null };
    }),

    [K.frameworkAudit]: defineResolver(K.frameworkAudit, async ({ payload, context }) => {
      asObject(payload);
      requireCaller(context?.accountId);
      return { entries: await frameworkAudit(d) };
    }),

    [K.levelView]: defineResolver(K.levelView, async ({ payload, context }) => {
      const p = asObject(payload);
      requireCaller(context?.accountId);
      const level = requiredString(p, 'level', LEVEL_ID);
      return levelView((await activeFramework(d)).framework, level);
    }),

    [K.levelCompare]: defineResolver(K.levelCompare, async ({ payload, context }) => {
      const p = asObject(payload);
      requireCaller(context?.accountId);
      const from = requiredString(p, 'from', LEVEL_ID);
      const to = requiredString(p, 'to', LEVEL_ID);
      return compare((await activeFramework(d)).framework, from, to);
    }),

    [K.search]: defineResolver(K.search, async ({ payload, context }) => {
      const p = asObject(payload);
      requireCaller(context?.accountId);
      const query = requiredString(p, 'query', { max: COMPETENCY_LIMITS.searchQueryChars });
      const level = optionalString(p, 'level', LEVEL_ID);
      const category = optionalString(p, 'category', { max: 200 });
      const limit = optionalLimit(p);
      return searchBehaviours((await activeFramework(d)).framework, query, {
        ...(level?.trim() ? { level } : {}),
        ...(category?.trim() ? { category } : {}),
        ...(limit !== undefined ? { limit } : {}),
      });
    }),

    [K.assessmentGetMine]: defineResolver(K.assessmentGetMine, async ({ payload, context }) => {
      const p = asObject(payload);
      const asOf = optionalAsOf(p);
      return getMine(await assessmentDeps(d, context), asOf ? { asOf } : {});
    }),

    [K.assessmentSaveMine]: defineResolver(K.assessmentSaveMine, async ({ payload, context }) => {
      if (payload === undefined || payload === null) throw new BadInputError('Send the assessment to save.');
      return saveMine(await assessmentDeps(d, context), asObject(payload));
    }),

    [K.assessmentDeleteMine]: asCaller(K.assessmentDeleteMine, (_p, e) => deleteMine(e)),

    [K.assessmentShare]: asCaller(K.assessmentShare, (p, e) => {
      const viewer = requireAccountId(p.viewerAccountId, 'viewerAccountId');
      const name = optionalString(p, 'viewerName', { max: COMPETENCY_LIMITS.viewerNameChars });
      return share(e, { viewerAccountId: viewer, viewerName: name?.trim() ? name.trim() : null });
    }),

    [K.assessmentUnshare]: asCaller(K.assessmentUnshare, (p, e) => unshare(e, { viewerAccountId: requireAccountId(p.viewerAccountId, 'viewerAccountId') })),

    [K.assessmentListSharedWithMe]: asCaller(K.assessmentListSharedWithMe, (_p, e) => listSharedWithMe(e)),

    [K.assessmentGetShared]: asCaller(K.assessmentGetShared, (p, e) => {
      const owner = requireAccountId(p.ownerAccountId, 'ownerAccountId');
      const asOf = optionalAsOf(p);
      return getShared(e, { ownerAccountId: owner, ...(asOf ? { asOf } : {}) });
    }),

    [K.readinessMine]: defineResolver(K.readinessMine, async ({ payload, context }) => {
      const p = asObject(payload);
      const asOf = optionalAsOf(p);
      return readinessMine(await assessmentDeps(d, context), asOf ? { asOf } : {});
    }),

    [K.exportMarkdown]: defineResolver(K.exportMarkdown, async ({ payload, context }) => {
      const p = asObject(payload);
      const asOf = optionalAsOf(p);
      const e = await assessmentDeps(d, context);
      const owner = p.ownerAccountId === undefined || p.ownerAccountId === null ? undefined : requireAccountId(p.ownerAccountId, 'ownerAccountId');
      return exportMarkdown(e, { ...(asOf ? { asOf } : {}), ...(owner ? { ownerAccountId: owner } : {}) });
    }),

    [K.publish]: defineResolver(K.publish, async ({ payload, context }) => {
      const p = asObject(payload);
      const who = requireCaller(context?.accountId);
      const spaceKey = requiredString(p, 'spaceKey', { max: 255 });
      if (!d.confluenceFor) throw new BadInputError('Publishing to Confluence is not available in this host (no Confluence connection).');
      return publishFramework(
        { confluence: d.confluenceFor(context), store: d.store, accountId: who, now: now(d) },
        { framework: (await activeFramework(d)).framework, spaceKey },
      );
    }),
  };
}
