/**
 * The audit trail of a version's sign-offs: every sign and withdraw event (who, when, what), as
 * the viewer may see it: the project and version are read as the viewer first, and recorded scope
 * keys are kept only when the viewer's own search returns them.
 */
import type { AuditEntry, AuditPayload } from '../contract';
import { SignoffStore } from '../store/signoff-store';
import { findVersion, versionIssues } from './readiness';
import { settingsOf, type ReadinessDeps } from './readiness-view';

/** Every sign-off event of the version, oldest first, scope keys filtered for the viewer. */
export async function signoffAudit(deps: ReadinessDeps, payload: AuditPayload): Promise<AuditEntry[]> {
  const context = await findVersion(deps, { projectKey: payload.projectKey, versionId: payload.versionId });
  const settings = await settingsOf(deps, context);
  const history = await new SignoffStore(deps.store).history(context.version.id);
  const issues = await versionIssues(deps, { versionId: context.version.id, cache: deps.cache });
  const inVersion = new Set(issues.map((i) => i.key));
  const recorded = history.flatMap((e) => e.scopeKeys).filter((k) => !inVersion.has(k));
  const outside = await deps.jira.visibleKeys(recorded);
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
