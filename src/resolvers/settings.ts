/**
 * Resolvers of the settings admin page. Anyone's app views may read the settings (the gadget shows
 * who may sign); saving is accepted only from the admin page module, which Jira shows to Jira
 * admins only. The saver is `context.accountId`.
 */
import { SETTINGS_KEYS, SETTINGS_MODULE_KEY, type SettingsSavePayload, type SettingsView } from '../contract';
import { ForbiddenError } from '../errors';
import { currentSettings, saveSettings } from '../services/settings';
import type { ForgeContext } from './context';
import { jiraPorts } from '../jira';
import { defineResolver, type ResolverHandler } from './define';
import type { AppDeps } from './deps';
import { asObject } from './validate';
import { BadInputError } from '../errors';

async function viewOf(deps: AppDeps, context: ForgeContext): Promise<SettingsView> {
  const { settings, stored } = await currentSettings(deps);
  const canEdit = context.moduleKey === SETTINGS_MODULE_KEY && typeof context.accountId === 'string' && context.accountId !== '';
  let sitePriorities: string[] = [];
  if (canEdit) {
    // Suggestions only: a failure here must not hide the settings.
    sitePriorities = await jiraPorts(deps.jiraFor(context))
      .priorityNames()
      .catch(() => []);
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
    canEdit,
  };
}

export function settingsResolvers(deps: AppDeps): Record<string, ResolverHandler> {
  return {
    [SETTINGS_KEYS.get]: defineResolver<SettingsView>(SETTINGS_KEYS.get, async ({ payload, context }) => {
      asObject(payload); // no fields, but a payload that is not an object is still refused
      return viewOf(deps, context);
    }),
    [SETTINGS_KEYS.save]: defineResolver<SettingsView>(SETTINGS_KEYS.save, async ({ payload, context }) => {
      if (context.moduleKey !== SETTINGS_MODULE_KEY || !context.accountId) {
        throw new ForbiddenError('Shipshape settings can be changed only from its page in Jira settings (Jira admins).');
      }
      const p = asObject(payload);
      if (typeof p.revision !== 'number') throw new BadInputError('"revision" must be a number.');
      // As the admin: their name for "saved by", and the site's priorities to refuse a misspelt one.
      // Either may fail without blocking the save (then unnamed, and priorities unchecked).
      const jira = jiraPorts(deps.jiraFor(context));
      const [me, priorities] = await Promise.all([jira.myself().catch(() => null), jira.priorityNames().catch(() => null)]);
      await saveSettings(deps, {
        payload: p as unknown as SettingsSavePayload,
        who: context.accountId,
        whoName: me?.displayName ?? null,
        at: deps.now(),
        knownPriorities: priorities,
      });
      return viewOf(deps, context);
    }),
  };
}
