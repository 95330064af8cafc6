/**
 * Readiness in the app: the report with sign-offs from the store, as one viewer sees it, and the
 * sign-off use cases (sign, withdraw, audit trail, export).
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
  AuditEntry,
  CheckView,
  ReadinessPayload,
  ReadinessView,
  SignPayload,
  VersionRef,
} from '../contract';
import { computeReadiness, type ReadinessReport, type SignoffEntry } from '../domain/readiness';
import type { Issue, IsoDate, IssueKey } from '../domain/types';
import { settingsForProject } from '../domain/settings';
import { BadInputError, ForbiddenError } from '../errors';
import type { JiraPorts } from '../jira';
import type { KeyValueStore } from '../store/kv-store';
import { SignoffStore, type SignoffState } from '../store/signoff-store';
import { findVersion, summarizeVersion, versionIssues, type ReadinessPorts, type VersionContext } from './readiness';
import { SettingsService } from './settings';
import { quote } from '../domain/input';
import type { ViewerCache } from './tree-cache';

export interface ReadinessAppDeps {
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
const releasedReadOnly = (name: string): string => `${name} is released, so its sign-offs are read-only: they record what was approved when it shipped.`;

function mayDo(signers: AllowedSigners, viewer: string): boolean {
  return viewer !== '' && (signers === 'anyone' || signers.includes(viewer));
}

/** One loaded version: the viewer's view of it, recomputable after a sign-off without re-reading Jira. */
interface Loaded {
  context: VersionContext;
  issues: Issue[];
  settings: AppSettings;
  asOf: IsoDate;
  /** Keys this viewer can see that are not in the version now (looked up once per load). */
  visibleOutside: Set<IssueKey>;
}

export class ReadinessApp {
  private readonly signoffs: SignoffStore;
  private readonly settingsService: SettingsService;
  /** The viewer's display name: one `myself` request per call at most (an app lives for one call). */
  private myName: Promise<string | null> | undefined;

  constructor(private readonly deps: ReadinessAppDeps) {
    this.signoffs = new SignoffStore(deps.store);
    this.settingsService = new SettingsService(deps.store);
  }

  /**
   * The gadget's report. `withViewerName` also reads the viewer's display name (one more request,
   * in parallel), for "sign as …"; the issue panel does without.
   */
  async view(payload: ReadinessPayload, opts: { withViewerName?: boolean } = {}): Promise<ReadinessView> {
    const [loaded, name] = await Promise.all([this.load(payload, payload.asOf), opts.withViewerName ? this.viewerName() : Promise.resolve(null)]);
    return this.render(loaded, await this.signoffs.current(loaded.context.version.id), name);
  }

  private viewerName(): Promise<string | null> {
    if (this.deps.viewer === '') return Promise.resolve(null);
    this.myName ??= this.deps.jira
      .myself()
      .then((me) => me.displayName)
      .catch(() => null);
    return this.myName;
  }

  /** Signs a check as the viewer, with the version's issue keys (as the viewer sees them) as its scope. */
  async sign(payload: SignPayload): Promise<ReadinessView> {
    const { loaded, check } = await this.prepare(payload);
    const name = await this.viewerName();
    const report = this.compute(loaded, await this.signoffs.current(loaded.context.version.id));
    await this.signoffs.record({
      action: 'sign',
      versionId: loaded.context.version.id,
      checkId: check.id,
      accountId: this.deps.viewer,
      ...(name ? { displayName: name } : {}),
      at: this.deps.now(),
      scopeKeys: report.issueKeys,
    });
    return this.render(loaded, await this.signoffs.current(loaded.context.version.id), name);
  }

  /** Withdraws a signature: the signer, or anyone allowed to sign the check. */
  async withdraw(payload: SignPayload): Promise<ReadinessView> {
    const { loaded, check, state } = await this.prepare(payload, true);
    if (!state?.signedBy) throw new BadInputError(`${quote(check.label)} is not signed, so there is nothing to withdraw.`);
    const name = await this.viewerName();
    await this.signoffs.record({
      action: 'withdraw',
      versionId: loaded.context.version.id,
      checkId: check.id,
      accountId: this.deps.viewer,
      ...(name ? { displayName: name } : {}),
      at: this.deps.now(),
      scopeKeys: [],
    });
    return this.render(loaded, await this.signoffs.current(loaded.context.version.id), name);
  }

  /** Every sign-off event of the version, oldest first, scope keys filtered for the viewer. */
  async audit(payload: { projectKey: string; versionId: string }): Promise<AuditEntry[]> {
    const context = await findVersion(this.deps.jira, { projectKey: payload.projectKey, versionId: payload.versionId });
    const settings = await this.settingsOf(context);
    const history = await this.signoffs.history(context.version.id);
    const issues = await versionIssues(this.deps.jira, context.version.id, { cache: this.deps.cache });
    const inVersion = new Set(issues.map((i) => i.key));
    const recorded = history.flatMap((e) => e.scopeKeys).filter((k) => !inVersion.has(k));
    const outside = await this.deps.jira.visibleKeys(recorded);
    const labels = new Map(settings.checks.map((c) => [c.id, c.label]));
    // Events recorded without a name (withdrawals before names were kept) borrow the latest name
    // the same account recorded in this version's history.
    const names = new Map<string, string>();
    for (const e of history) if (e.displayName) names.set(e.accountId, e.displayName);
    return history.map((e) => ({
      checkId: e.checkId,
      label: labels.get(e.checkId) ?? `${e.checkId} (no longer required)`,
      action: e.action,
      accountId: e.accountId,
      displayName: e.displayName ?? names.get(e.accountId) ?? null,
      at: e.at,
      scopeKeys: e.scopeKeys.filter((k) => inVersion.has(k) || outside.has(k)),
    }));
  }

  // -------------------------------------------------------------------------------------------

  private async prepare(payload: SignPayload, withdrawing = false): Promise<{ loaded: Loaded; check: AppSettings['checks'][number]; state: SignoffState | undefined }> {
    if (this.deps.viewer === '') throw new ForbiddenError('Sign in to Jira to sign off.');
    const loaded = await this.load({ projectKey: payload.projectKey, versionId: payload.versionId }, payload.asOf);
    const check = loaded.settings.checks.find((c) => c.id === payload.checkId);
    if (loaded.context.version.released) throw new BadInputError(releasedReadOnly(loaded.context.version.name));
    if (!check) throw new BadInputError(`There is no required sign-off with id ${quote(payload.checkId)} (settings may have changed: reload).`);
    const state = (await this.signoffs.current(loaded.context.version.id)).get(check.id);
    const ownSignature = withdrawing && state?.signedBy === this.deps.viewer;
    if (!ownSignature && !mayDo(check.signers, this.deps.viewer)) {
      throw new ForbiddenError(`You are not one of the people allowed to sign ${quote(check.label)} (set in Shipshape settings by a Jira admin).`);
    }
    return { loaded, check, state };
  }

  /** The settings in force for the version's project: its own where it has them, else the site's. */
  private async settingsOf(context: VersionContext): Promise<AppSettings> {
    const { settings } = await this.settingsService.current();
    return settingsForProject<AppSettings['checks'][number], AppSettings>(settings, context.project.id);
  }

  private async load(ref: VersionRef, asOf: IsoDate | undefined): Promise<Loaded> {
    // The viewer must see the project and the version before anything stored about them is read.
    const context = await findVersion(this.deps.jira, ref);
    const [issues, settings, state] = await Promise.all([
      versionIssues(this.deps.jira, context.version.id, { cache: this.deps.cache }),
      this.settingsOf(context),
      this.signoffs.current(context.version.id),
    ]);
    const inVersion = new Set(issues.map((i) => i.key));
    const recorded = [...state.values()].flatMap((s) => s.scopeKeys ?? []).filter((k) => !inVersion.has(k));
    const visibleOutside = recorded.length > 0 ? await this.deps.jira.visibleKeys(recorded) : new Set<IssueKey>();
    return { context, issues, settings, asOf: asOf ?? this.deps.today, visibleOutside };
  }

  private compute(loaded: Loaded, state: Map<string, SignoffState>): ReadinessReport {
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

  private render(loaded: Loaded, state: Map<string, SignoffState>, viewerName: string | null = null): ReadinessView {
    const report = this.compute(loaded, state);
    const { viewer } = this.deps;
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
      siteUrl: this.deps.siteUrl,
      viewerAccountId: viewer,
      viewerName,
    };
  }
}
