/**
 * Readiness in the app: the report with sign-offs from the store, as one viewer sees it. The
 * sign-off use cases sit beside it, one a file: signoff-sign.ts, signoff-withdraw.ts, signoff-audit.ts.
 *
 * Who signs is always the viewer of the call (the Forge context's account id, passed in by the
 * resolver), never a payload field; when is `now()`. Each event lands under its own key
 * (SignoffStore), so concurrent signers never overwrite each other and a failed call stores nothing.
 *
 * Nothing shows a viewer an issue key they cannot see: the project and version are read as the
 * viewer first (NOT_FOUND otherwise), and the scope keys recorded with a sign-off (by whoever
 * signed) are kept only when the viewer's own search returns them.
 */
import type {
  AllowedSigners,
  AppSettings,
  CheckView,
  ReadinessPayload,
  ReadinessView,
  SignPayload,
  VersionRef,
} from '../contract';
import { quote } from '../domain/input';
import { settingsForProject } from '../domain/settings';
import { computeReadiness, type ReadinessReport } from '../domain/readiness';
import type { SignoffEntry } from '../domain/signoffs';
import type { Issue, IsoDate, IssueKey } from '../domain/types';
import { BadInputError, ForbiddenError } from '../errors';
import type { JiraPorts } from '../jira';
import type { KeyValueStore } from '../store/kv-store';
import { SignoffStore, type SignoffState } from '../store/signoff-store';
import { findVersion, summarizeVersion, versionIssues, type ReadinessPorts, type VersionContext } from './readiness';
import { currentSettings } from './settings';
import type { ViewerCache } from './tree-cache';

/** What the readiness use cases need, first parameter of each: Jira as the viewer, storage, the viewer and the clock. */
export interface ReadinessDeps {
  /** Reads Jira as the viewer. */
  jira: ReadinessPorts & Pick<JiraPorts, 'visibleKeys' | 'myself'>;
  store: KeyValueStore;
  /** The viewer's account id from the Forge context ('' when anonymous: can read, cannot sign). */
  viewer: string;
  today: IsoDate;
  now(): string;
  siteUrl: string;
  /** The viewer's read cache (the version's issues), if any. */
  cache?: ViewerCache;
}

/** Why nobody signs or withdraws on a released version. */
export const releasedReadOnly = (name: string): string => `${name} is released, so its sign-offs are read-only: they record what was approved when it shipped.`;

export function mayDo(signers: AllowedSigners, viewer: string): boolean {
  return viewer !== '' && (signers === 'anyone' || signers.includes(viewer));
}

/** One loaded version: the viewer's view of it, recomputable after a sign-off without re-reading Jira. */
export interface Loaded {
  context: VersionContext;
  issues: Issue[];
  settings: AppSettings;
  asOf: IsoDate;
  /** Keys this viewer can see that are not in the version now (looked up once per load). */
  visibleOutside: Set<IssueKey>;
}

/** The viewer's display name for "sign as …" (one `myself` request), or null when anonymous or unknown. */
export function viewerName(deps: ReadinessDeps): Promise<string | null> {
  if (deps.viewer === '') return Promise.resolve(null);
  return deps.jira
    .myself()
    .then((me) => me.displayName)
    .catch(() => null);
}

/**
 * The gadget's report. `withViewerName` also reads the viewer's display name (one more request,
 * in parallel), for "sign as …"; the issue panel does without.
 */
export async function readinessView(deps: ReadinessDeps, payload: ReadinessPayload, opts: { withViewerName?: boolean } = {}): Promise<ReadinessView> {
  const [loaded, name] = await Promise.all([loadVersion(deps, payload, payload.asOf), opts.withViewerName ? viewerName(deps) : Promise.resolve(null)]);
  return renderView(deps, loaded, await new SignoffStore(deps.store).current(loaded.context.version.id), name);
}

/** A sign or withdraw request checked: signed in, version not released, the check exists, and the viewer may act on it. */
export async function prepareSignoff(
  deps: ReadinessDeps,
  payload: SignPayload,
  withdrawing = false,
): Promise<{ loaded: Loaded; check: AppSettings['checks'][number]; state: SignoffState | undefined }> {
  if (deps.viewer === '') throw new ForbiddenError('Sign in to Jira to sign off.');
  const loaded = await loadVersion(deps, { projectKey: payload.projectKey, versionId: payload.versionId }, payload.asOf);
  const check = loaded.settings.checks.find((c) => c.id === payload.checkId);
  if (loaded.context.version.released) throw new BadInputError(releasedReadOnly(loaded.context.version.name));
  if (!check) throw new BadInputError(`There is no required sign-off with id ${quote(payload.checkId)} (settings may have changed: reload).`);
  const state = (await new SignoffStore(deps.store).current(loaded.context.version.id)).get(check.id);
  const ownSignature = withdrawing && state?.signedBy === deps.viewer;
  if (!ownSignature && !mayDo(check.signers, deps.viewer)) {
    throw new ForbiddenError(`You are not one of the people allowed to sign ${quote(check.label)} (set in Shipshape settings by a Jira admin).`);
  }
  return { loaded, check, state };
}

/** Records a sign-off event as the viewer (with their name when Jira gives it), then answers the updated view. */
export async function recordAndRender(
  deps: ReadinessDeps,
  loaded: Loaded,
  event: { action: 'sign' | 'withdraw'; checkId: string; scopeKeys: IssueKey[] },
): Promise<ReadinessView> {
  const signoffs = new SignoffStore(deps.store);
  const name = await viewerName(deps);
  const versionId = loaded.context.version.id;
  await signoffs.record({ ...event, versionId, accountId: deps.viewer, ...(name ? { displayName: name } : {}), at: deps.now() });
  return renderView(deps, loaded, await signoffs.current(versionId), name);
}

/** The settings in force for the version's project: its own where it has them, else the site's. */
export async function settingsOf(deps: Pick<ReadinessDeps, 'store'>, context: VersionContext): Promise<AppSettings> {
  const { settings } = await currentSettings(deps);
  return settingsForProject<AppSettings['checks'][number], AppSettings>(settings, context.project.id);
}

/** The version as the viewer sees it, its issues, the settings and the keys recorded outside it that the viewer can see. */
export async function loadVersion(deps: ReadinessDeps, ref: VersionRef, asOf: IsoDate | undefined): Promise<Loaded> {
  // The viewer must see the project and the version before anything stored about them is read.
  const context = await findVersion(deps, ref);
  const [issues, settings, state] = await Promise.all([
    versionIssues(deps, { versionId: context.version.id, cache: deps.cache }),
    settingsOf(deps, context),
    new SignoffStore(deps.store).current(context.version.id),
  ]);
  const inVersion = new Set(issues.map((i) => i.key));
  const recorded = [...state.values()].flatMap((s) => s.scopeKeys ?? []).filter((k) => !inVersion.has(k));
  const visibleOutside = recorded.length > 0 ? await deps.jira.visibleKeys(recorded) : new Set<IssueKey>();
  return { context, issues, settings, asOf: asOf ?? deps.today, visibleOutside };
}

/** SPEC §3 for the loaded version with the stored signatures (scope keys the viewer cannot see left out). */
export function computeLoaded(loaded: Loaded, state: Map<string, SignoffState>): ReadinessReport {
  const inVersion = new Set(loaded.issues.map((i) => i.key));
  const entries: SignoffEntry[] = [];
  for (const check of loaded.settings.checks) {
    const s = state.get(check.id);
    if (!s?.signedBy) continue;
    entries.push({
      checkId: check.id,
      label: check.label,
      signedBy: s.signedBy,
      signedAt: s.signedAt,
      // Keys the viewer cannot see are left out of the comparison, so they never show up as "removed".
      scopeKeys: (s.scopeKeys ?? []).filter((k) => inVersion.has(k) || loaded.visibleOutside.has(k)),
    });
  }
  return computeReadiness({
    asOf: loaded.asOf,
    version: loaded.context.version,
    issues: loaded.issues,
    blockerPriorities: loaded.settings.blockerPriorities,
    requiredSignoffs: loaded.settings.checks,
    signoffs: entries,
  });
}

/** The gadget's view of the loaded version: the report plus each check as this viewer may act on it. */
export function renderView(deps: ReadinessDeps, loaded: Loaded, state: Map<string, SignoffState>, viewerName: string | null = null): ReadinessView {
  const report = computeLoaded(loaded, state);
  const { viewer } = deps;
  const checks: CheckView[] = report.signoffs.map((s) => {
    const setting = loaded.settings.checks.find((c) => c.id === s.checkId)!;
    const st = state.get(s.checkId);
    const released = loaded.context.version.released;
    const can = !released && mayDo(setting.signers, viewer);
    return {
      checkId: s.checkId,
      label: s.label,
      signed: s.signed,
      stale: s.stale,
      scopeChange: s.scopeChange,
      signerRemovedReason: s.signerNotAllowed
        ? `${st?.signedByName ?? 'The signer'} is no longer one of the people allowed to sign this check (Shipshape settings changed), so the signature counts as missing.`
        : null,
      signedBy: s.signedBy ? (st?.signedBy ?? null) : null,
      signedByName: s.signedBy ? (st?.signedByName ?? null) : null,
      signedAt: s.signedAt,
      allowedSigners: setting.signers,
      canSign: can,
      cannotSignReason: can
        ? null
        : released
          ? releasedReadOnly(loaded.context.version.name)
          : viewer === ''
          ? 'Sign in to Jira to sign off.'
          : 'Only the people named in Shipshape settings may sign this check; ask a Jira admin to add you.',
    };
  });
  return {
    asOf: report.asOf,
    project: { key: loaded.context.project.key, name: loaded.context.project.name },
    version: summarizeVersion(loaded.context.version),
    followsNextUnreleased: loaded.context.followsNextUnreleased,
    issues: report.issues,
    percentDone: report.percentDone,
    blockers: report.blockers,
    openBugs: report.openBugs,
    openBugKeys: report.openBugKeys,
    unassigned: report.unassigned,
    unassignedKeys: report.unassignedKeys,
    daysToRelease: report.daysToRelease,
    throughputPerDay: report.throughputPerDay,
    resolvedInWindow: report.resolvedInWindow,
    daysNeeded: report.daysNeeded,
    signoffs: report.signoffs.map((s) => ({ label: s.label, signedBy: s.signed ? s.signedBy : null, signedAt: s.signed ? s.signedAt : null })),
    checks,
    verdict: report.verdict,
    reasons: report.reasons,
    siteUrl: deps.siteUrl,
    viewerAccountId: viewer,
    viewerName,
  };
}
