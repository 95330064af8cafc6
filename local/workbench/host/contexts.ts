/**
 * The context Forge gives a Custom UI app through `view.getContext()`, per module type, and the
 * resolver's `req.context` derived from it. The workbench builds both on the server from the host
 * page's picker (which user, which issue, project, space …): the iframe never supplies its own.
 */
import type { EntryPoint, UiModule } from './manifest';

/** What the host page's picker chose. */
export interface Selection {
  accountId: string;
  issueKey?: string;
  projectKey?: string;
  versionName?: string;
  spaceKey?: string;
  colorMode: 'light' | 'dark';
  entryPoint: EntryPoint;
  /** Product-stored configuration of this gadget / macro instance (the edit/config view submits it). */
  config?: Record<string, unknown>;
}

/** Facts about the site the workbench looks up for a selection (issue id and type, project id …). */
export interface SiteFacts {
  siteUrl: string;
  cloudId: string;
  issue?: { id: string; key: string; typeName: string; typeId: string; projectId: string; projectKey: string };
  project?: { id: string; key: string };
  space?: { id: string; key: string };
}

export const WORKBENCH_ENVIRONMENT_ID = '00000000-0000-4000-8000-00000000e0b0';
const DASHBOARD_ID = '10000';
const GADGET_ID = '10001';
const CONTENT_ID = '98305';

/**
 * `localId` identifies one instance of a module on a page (a gadget on a dashboard, a macro in a
 * page); apps key per-instance data by it. Stable per module and instance in the workbench.
 */
export function localIdFor(mod: UiModule): string {
  const instance = mod.type === 'jira:dashboardGadget' ? `/gadget/${GADGET_ID}` : mod.type === 'macro' ? `/content/${CONTENT_ID}` : '';
  return `ari:cloud:ecosystem::extension/workbench/${WORKBENCH_ENVIRONMENT_ID}/static/${mod.key}${instance}`;
}

const issueOf = (f: SiteFacts, sel: Selection) =>
  f.issue
    ? { id: f.issue.id, key: f.issue.key, type: f.issue.typeName, typeId: f.issue.typeId }
    : sel.issueKey
      ? { key: sel.issueKey }
      : undefined;
const projectOf = (f: SiteFacts, sel: Selection) =>
  f.issue
    ? { id: f.issue.projectId, key: f.issue.projectKey, type: 'software' }
    : f.project
      ? { id: f.project.id, key: f.project.key, type: 'software' }
      : sel.projectKey
        ? { key: sel.projectKey, type: 'software' }
        : undefined;

/** `context.extension` for a module type. Each shape follows the module's Forge reference page. */
export function extensionFor(mod: UiModule, sel: Selection, f: SiteFacts): Record<string, unknown> {
  const type = mod.type;
  const location = `${f.siteUrl}${locationPath(mod, sel, f)}`;
  switch (type) {
    // Issue view modules: `issue { id, key, type, typeId }`, `project { id, key, type }`, and
    // `isNewToIssue` (first time the app is added to this issue).
    // Source: https://developer.atlassian.com/platform/forge/manifest-reference/modules/jira-issue-panel/
    //         ("Extension context"); the same issue/project pair for jira:issueContext, jira:issueGlance,
    //         jira:issueActivity and jira:issueAction (their module reference pages).
    case 'jira:issuePanel':
      return { type, issue: issueOf(f, sel), project: projectOf(f, sel), isNewToIssue: false, location };
    case 'jira:issueContext':
    case 'jira:issueGlance':
    case 'jira:issueActivity':
    case 'jira:issueAction':
      return { type, issue: issueOf(f, sel), project: projectOf(f, sel), location };

    // Dashboard gadget: `gadget { id }`, `dashboard { id }`, `gadgetConfiguration` (what the edit
    // view submitted with view.submit), and `entryPoint: 'edit'` when the edit view is rendered.
    // Source: https://developer.atlassian.com/platform/forge/manifest-reference/modules/jira-dashboard-gadget/
    case 'jira:dashboardGadget':
      return {
        type,
        dashboard: { id: DASHBOARD_ID },
        gadget: { id: GADGET_ID },
        gadgetConfiguration: sel.config ?? {},
        ...(sel.entryPoint === 'edit' ? { entryPoint: 'edit' } : {}),
        location,
      };

    // Jira pages. Project page: `project { id, key, type }`; admin and global pages: no object
    // beyond `type` and `location`.
    // Sources: https://developer.atlassian.com/platform/forge/manifest-reference/modules/jira-admin-page/
    //          https://developer.atlassian.com/platform/forge/manifest-reference/modules/jira-project-page/
    //          https://developer.atlassian.com/platform/forge/manifest-reference/modules/jira-global-page/
    case 'jira:projectPage':
    case 'jira:projectSettingsPage':
      return { type, project: projectOf(f, sel), location };
    case 'jira:adminPage':
    case 'jira:globalPage':
      return { type, location };

    // Confluence macro: the page it sits in (`content { id, type, subtype }`), its `space { id, key }`,
    // `isEditing`, `references`, the saved macro configuration `config`, and `macro` flags.
    // Source: https://developer.atlassian.com/platform/forge/manifest-reference/modules/macro/
    case 'macro':
      return {
        type,
        content: { id: CONTENT_ID, type: 'page', subtype: null },
        space: f.space ?? (sel.spaceKey ? { key: sel.spaceKey } : undefined),
        isEditing: sel.entryPoint === 'config',
        references: [],
        config: sel.config ?? {},
        macro: { isConfiguring: sel.entryPoint === 'config', isInserting: false },
        location,
      };

    // Confluence space page: `space { id, key }`; global page: `type` and `location` only.
    // Sources: https://developer.atlassian.com/platform/forge/manifest-reference/modules/confluence-space-page/
    //          https://developer.atlassian.com/platform/forge/manifest-reference/modules/confluence-global-page/
    case 'confluence:spacePage':
    case 'confluence:spaceSettings':
      return { type, space: f.space ?? (sel.spaceKey ? { key: sel.spaceKey } : undefined), location };
    case 'confluence:globalPage':
    case 'confluence:globalSettings':
      return { type, location };

    default:
      return { type, location };
  }
}

function locationPath(mod: UiModule, sel: Selection, f: SiteFacts): string {
  const issueKey = f.issue?.key ?? sel.issueKey;
  switch (mod.type) {
    case 'jira:issuePanel':
    case 'jira:issueContext':
    case 'jira:issueGlance':
    case 'jira:issueActivity':
    case 'jira:issueAction':
      return issueKey ? `/browse/${issueKey}` : '/jira';
    case 'jira:dashboardGadget':
      return `/jira/dashboards/${DASHBOARD_ID}`;
    case 'jira:adminPage':
      return `/jira/settings/apps/workbench/${mod.key}`;
    case 'macro':
      return `/wiki/spaces/${sel.spaceKey ?? 'PO'}/pages/${CONTENT_ID}`;
    case 'confluence:spacePage':
      return `/wiki/spaces/${sel.spaceKey ?? 'PO'}/apps/workbench/${mod.key}`;
    default:
      return `/workbench/${mod.key}`;
  }
}

/**
 * The full `view.getContext()` answer: `FullContext` of @forge/bridge (node_modules/@forge/bridge/out/types.d.ts):
 * accountId, cloudId, extension, environmentId, environmentType, localId, locale, moduleKey, siteUrl,
 * timezone, theme.
 * Source: https://developer.atlassian.com/platform/forge/apis-reference/ui-api-bridge/view/#getcontext
 */
export function viewContext(mod: UiModule, sel: Selection, f: SiteFacts): Record<string, unknown> {
  return {
    accountId: sel.accountId,
    cloudId: f.cloudId,
    extension: extensionFor(mod, sel, f),
    environmentId: WORKBENCH_ENVIRONMENT_ID,
    environmentType: 'DEVELOPMENT',
    localId: localIdFor(mod),
    locale: 'en-US',
    moduleKey: mod.key,
    siteUrl: f.siteUrl,
    timezone: 'UTC',
    theme: { colorMode: sel.colorMode, light: 'light', dark: 'dark', spacing: 'spacing', typography: 'typography' },
  };
}

/**
 * The resolver's `req.context`: the viewing user, site, module, instance and the same `extension`.
 * Source: https://developer.atlassian.com/platform/forge/runtime-reference/custom-ui-resolver/
 */
export function resolverContext(mod: UiModule, sel: Selection, f: SiteFacts): Record<string, unknown> {
  return {
    accountId: sel.accountId,
    cloudId: f.cloudId,
    moduleKey: mod.key,
    localId: localIdFor(mod),
    siteUrl: f.siteUrl,
    environmentId: WORKBENCH_ENVIRONMENT_ID,
    environmentType: 'DEVELOPMENT',
    installContext: `ari:cloud:${mod.type.startsWith('confluence:') || mod.type === 'macro' ? 'confluence' : 'jira'}::site/${f.cloudId}`,
    extension: extensionFor(mod, sel, f),
  };
}
