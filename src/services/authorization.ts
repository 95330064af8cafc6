/**
 * Who may change what, decided on the server and checked as the viewer: the UI hides controls,
 * but only these checks keep a call from another module, or a hand-made one, from changing
 * anything. A failed permission read refuses (never assumes yes).
 */
import { ForbiddenError } from '../errors';
import type { HasGlobalPermission } from '../jira/port-types';
import type { KeyValueStore } from '../store/kv-store';
import { currentSettings } from './settings';

/** Jira's global permission of Jira administrators. */
export const JIRA_ADMIN_PERMISSION = 'ADMINISTER';

/** Whether the viewer is a Jira administrator (`GET /mypermissions?permissions=ADMINISTER`, as the viewer). */
export function isJiraAdmin(hasGlobalPermission: HasGlobalPermission): Promise<boolean> {
  return hasGlobalPermission(JIRA_ADMIN_PERMISSION);
}

export const SETTINGS_ADMIN_ONLY = 'Only Jira administrators can change Shipshape settings.';

/** Refuses with FORBIDDEN unless the viewer is a Jira administrator. */
export async function requireJiraAdmin(hasGlobalPermission: HasGlobalPermission): Promise<void> {
  if (!(await isJiraAdmin(hasGlobalPermission))) throw new ForbiddenError(SETTINGS_ADMIN_ONLY);
}

export interface Access {
  allowed: boolean;
  /** Why not, in a sentence for the page, when not allowed. */
  reason: string | null;
}

/**
 * May `accountId` replace or reset the team framework? The settings' framework editors when they
 * name any, else Jira administrators.
 */
export async function frameworkEditAccess(store: KeyValueStore, hasGlobalPermission: HasGlobalPermission, accountId: string): Promise<Access> {
  const { settings } = await currentSettings({ store });
  const editors = settings.frameworkEditors;
  if (editors && editors.length > 0) {
    return editors.includes(accountId)
      ? { allowed: true, reason: null }
      : { allowed: false, reason: 'Only the framework editors named in Shipshape settings can change the team framework. Ask a Jira administrator to add you.' };
  }
  return (await isJiraAdmin(hasGlobalPermission))
    ? { allowed: true, reason: null }
    : { allowed: false, reason: 'Only Jira administrators can change the team framework (Shipshape settings can name other framework editors).' };
}

/** Refuses with FORBIDDEN unless `accountId` may change the team framework. */
export async function requireFrameworkEditor(store: KeyValueStore, hasGlobalPermission: HasGlobalPermission, accountId: string): Promise<void> {
  const access = await frameworkEditAccess(store, hasGlobalPermission, accountId);
  if (!access.allowed) throw new ForbiddenError(access.reason ?? 'You cannot change the team framework.');
}
