/**
 * Resolvers of the release readiness gadget (view and edit), its sign-offs and the issue panel's
 * release section. Each validates its payload, takes the viewer from `context.accountId` (never
 * from the payload: an `accountId` sent there is ignored), and calls the service.
 */
import {
  READINESS_KEYS,
  type AuditEntry,
  type IssueReleases,
  type ProjectVersions,
  type ReadinessPayload,
  type ReadinessView,
  type SignPayload,
} from '../contract';
import { BadInputError } from '../errors';
import { projectVersions } from '../services/readiness';
import { issueReleases } from '../services/readiness-issue';
import { readinessView, type ReadinessDeps } from '../services/readiness-view';
import { signoffAudit } from '../services/signoff-audit';
import { signOff } from '../services/signoff-sign';
import { withdrawSignoff } from '../services/signoff-withdraw';
import { viewerCache, viewerOf, type ForgeContext } from './context';
import { jiraPorts, type JiraPorts } from '../jira';
import { defineResolver, type ResolverHandler } from './define';
import type { AppDeps } from './deps';
import { asObject, ISSUE_KEY_OR_ID, optionalAsOf, optionalBoolean, optionalString, requiredString, PROJECT, VERSION_ID } from './validate';

const CHECK_ID = { max: 40, pattern: /^[a-z0-9][a-z0-9-]*$/, hint: 'a sign-off check id' };

function readinessPayload(raw: unknown): ReadinessPayload {
  const p = asObject(raw);
  const version = optionalString(p, 'version', { max: 255 });
  const versionId = p.versionId === undefined || p.versionId === null ? undefined : requiredString(p, 'versionId', VERSION_ID);
  const nextUnreleased = optionalBoolean(p, 'nextUnreleased');
  const asOf = optionalAsOf(p);
  const projectKey = requiredString(p, 'projectKey', PROJECT);
  const named = version !== undefined && version.trim() !== '';
  if ([named, versionId !== undefined, nextUnreleased === true].filter(Boolean).length !== 1) {
    throw new BadInputError('Name exactly one version: "version" (name or id), "versionId", or "nextUnreleased": true.');
  }
  return {
    projectKey,
    ...(named ? { version } : {}),
    ...(versionId !== undefined ? { versionId } : {}),
    ...(nextUnreleased ? { nextUnreleased } : {}),
    ...(asOf ? { asOf } : {}),
  };
}

function signPayload(raw: unknown): SignPayload {
  const p = asObject(raw);
  const asOf = optionalAsOf(p);
  return {
    projectKey: requiredString(p, 'projectKey', PROJECT),
    versionId: requiredString(p, 'versionId', VERSION_ID),
    checkId: requiredString(p, 'checkId', CHECK_ID),
    ...(asOf ? { asOf } : {}),
  };
}

/** The readiness use cases' dependencies for this call: Jira as the viewer, the viewer from the context (never the payload). */
function readinessDeps(deps: AppDeps, context: ForgeContext): ReadinessDeps & { jira: JiraPorts } {
  return {
    jira: jiraPorts(deps.jiraFor(context)),
    store: deps.store,
    viewer: viewerOf(context),
    today: deps.today(),
    now: () => deps.now(),
    siteUrl: deps.siteUrl(context),
    // The version's issues as this viewer last read them.
    cache: viewerCache(deps.store, context),
  };
}

export function readinessResolvers(deps: AppDeps): Record<string, ResolverHandler> {
  return {
    [READINESS_KEYS.readiness]: defineResolver<ReadinessView>(READINESS_KEYS.readiness, ({ payload, context }) =>
      readinessView(readinessDeps(deps, context), readinessPayload(payload), { withViewerName: true }),
    ),
    [READINESS_KEYS.versions]: defineResolver<ProjectVersions>(READINESS_KEYS.versions, async ({ payload, context }) =>
      projectVersions({ jira: jiraPorts(deps.jiraFor(context)) }, { projectKey: requiredString(asObject(payload), 'projectKey', PROJECT) }),
    ),
    [READINESS_KEYS.sign]: defineResolver<ReadinessView>(READINESS_KEYS.sign, async ({ payload, context }) =>
      signOff(readinessDeps(deps, context), signPayload(payload)),
    ),
    [READINESS_KEYS.withdraw]: defineResolver<ReadinessView>(READINESS_KEYS.withdraw, async ({ payload, context }) =>
      withdrawSignoff(readinessDeps(deps, context), signPayload(payload)),
    ),
    [READINESS_KEYS.audit]: defineResolver<AuditEntry[]>(READINESS_KEYS.audit, async ({ payload, context }) => {
      const p = asObject(payload);
      return signoffAudit(readinessDeps(deps, context), {
        projectKey: requiredString(p, 'projectKey', PROJECT),
        versionId: requiredString(p, 'versionId', VERSION_ID),
      });
    }),
    [READINESS_KEYS.issueReleases]: defineResolver<IssueReleases>(READINESS_KEYS.issueReleases, async ({ payload, context }) => {
      const p = asObject(payload);
      const issueKey = requiredString(p, 'issueKey', { max: 64, pattern: ISSUE_KEY_OR_ID, hint: 'an issue key such as PO-12' });
      const asOf = optionalAsOf(p);
      return issueReleases(readinessDeps(deps, context), { issueKey, ...(asOf ? { asOf } : {}) });
    }),
  };
}
