/**
 * Resolvers of the settings admin page. Anyone's app views may read the settings (the gadget shows
 * who may sign); saving requires Jira's ADMINISTER permission, checked as the user on every save,
 * whatever module the call came from (Jira showing the admin page only to admins is not a check).
 * The saver is `context.accountId`.
 */
import { SETTINGS_KEYS, type SettingsSavePayload, type SettingsView } from '../contract';
import { ForbiddenError } from '../errors';
import { isJiraAdmin, requireJiraAdmin, SETTINGS_ADMIN_ONLY } from '../services/authorization';
import { currentSettings, saveSettings } from '../services/settings';
import { viewerOf, type ForgeContext } from './context';
import { jiraPorts, type JiraPorts } from '../jira';
import { defineResolver, type ResolverHandler } from './define';
import type { AppDeps } from './deps';
import { asObject } from './validate';
import { BadInputError } from '../errors';

/**
 * The page's view. `known`: what a save has just asked Jira as this user (they are an admin, and
 * the site's priorities), so the answer does not ask again.
 */
async function viewOf(deps: AppDeps, context: ForgeContext, known?: { jira: JiraPorts; sitePriorities: string[] | null }): Promise<SettingsView> {
  const { settings, stored } = await currentSettings(deps);
  const signedIn = viewerOf(context) !== '';
  const jira = known?.jira ?? jiraPorts(deps.jiraFor(context));
  // Showing the page must survive a failed check: it then says so and stays read-only.
  const canEdit = known ? true : signedIn ? await isJiraAdmin({ jira }).catch(() => null) : false;
  let sitePriorities: string[] = [];
  if (canEdit) {
    // Suggestions only: a failure here must not hide the settings.
    sitePriorities = known?.sitePriorities ?? (await jira.priorityNames().catch(() => []));
  }
  return {
    settings,
    revision: stored?.revision ?? 0,
    updatedAt: stored?.updatedAt ?? null,
    updatedBy: stored?.updatedBy ?? null,
    updatedByName: stored?.updatedByName ?? null,
    isDefault: stored === undefined,
    viewerAccountId: context.accountId ?? '',
    sitePriorities,
    canEdit: canEdit === true,
    cannotEditReason:
      canEdit === true
        ? null
        : !signedIn
          ? 'Sign in to Jira to change Shipshape settings.'
          : canEdit === null
            ? 'Jira did not say whether you are a Jira administrator, so the settings are read-only for now. Reload to try again.'
            : SETTINGS_ADMIN_ONLY,
  };
}

export function settingsResolvers(deps: AppDeps): Record<string, ResolverHandler> {
  return {
    [SETTINGS_KEYS.get]: defineResolver<SettingsView>(SETTINGS_KEYS.get, async ({ payload, context }) => {
      asObject(payload); // no fields, but a payload that is not an object is still refused
      return viewOf(deps, context);
    }),
    [SETTINGS_KEYS.save]: defineResolver<SettingsView>(SETTINGS_KEYS.save, async ({ payload, context }) => {
      if (!context.accountId) throw new ForbiddenError('Sign in to Jira to change Shipshape settings.');
      const p = asObject(payload);
      if (typeof p.revision !== 'number') throw new BadInputError('"revision" must be a number.');
      const jira = jiraPorts(deps.jiraFor(context));
      await requireJiraAdmin({ jira });
      // As the admin: their name for "saved by", and the site's priorities to refuse a misspelt one.
      // Either may fail without blocking the save (then unnamed, and priorities unchecked).
      const [me, priorities] = await Promise.all([jira.myself().catch(() => null), jira.priorityNames().catch(() => null)]);
      await saveSettings(deps, {
        payload: p as unknown as SettingsSavePayload,
        who: context.accountId,
        whoName: me?.displayName ?? null,
        at: deps.now(),
        knownPriorities: priorities,
      });
      return viewOf(deps, context, { jira, sitePriorities: priorities });
    }),
  };
}
