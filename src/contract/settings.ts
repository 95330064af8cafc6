/**
 * The Jira settings admin page (SPEC §3 settings): resolver keys, the page's view and what a save
 * sends. The settings themselves are the domain's (src/domain/settings.ts).
 */
import type { AllowedSigners, ProjectSettings, ReleaseSettings } from '../domain/settings';

/** Resolver function keys of the settings page. Anyone's app views may read; only the admin page saves. */
export const SETTINGS_KEYS = {
  get: 'settings-get',
  save: 'settings-save',
} as const;

/** The admin page's module key: settings can be changed only from there (Jira shows it to admins only). */
export const SETTINGS_MODULE_KEY = 'shipshape-settings';

/** What a settings save accepts, and the account-id form (the admin page checks the same before sending). */
export { ACCOUNT_ID_PATTERN, SETTINGS_LIMITS } from '../domain/settings';
export type { AllowedSigners, CheckSetting, ProjectSettings } from '../domain/settings';

export type AppSettings = ReleaseSettings;

export interface SettingsView {
  settings: AppSettings;
  /** Increases with every save; a save names the revision it edited, so two admins cannot overwrite each other unseen. */
  revision: number;
  updatedAt: string | null;
  updatedBy: string | null;
  /** The saver's display name when they saved (null for older saves or when Jira did not say). */
  updatedByName: string | null;
  /** True when nothing was saved yet and these are the SPEC defaults. */
  isDefault: boolean;
  viewerAccountId: string;
  /** Priority names of this Jira site, as suggestions. */
  sitePriorities: string[];
  /** Whether this viewer may save: Jira administrators only (checked as the viewer). */
  canEdit: boolean;
  /** Why not, when `canEdit` is false. */
  cannotEditReason: string | null;
}

export interface SettingsSavePayload {
  revision: number;
  /** The settings as edited; a check without an id (omitted or null) is new and gets one from the server. */
  settings: Omit<AppSettings, 'checks' | 'frameworkEditors' | 'projects'> & {
    checks: Array<{ id?: string | null; label: string; signers: AllowedSigners }>;
    /** Omitted or null: Jira administrators. */
    frameworkEditors?: string[] | null;
    projects?: Array<
      Omit<ProjectSettings, 'checks'> & { checks: Array<{ id?: string | null; label: string; signers: AllowedSigners }> | null }
    >;
  };
}
