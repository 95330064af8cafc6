/** The workbench's HTML: the index of modules and one host page per module. Plain HTML, no build. */
import type { Selection } from './contexts';
import type { EntryPoint, Manifest, UiModule } from './manifest';
import type { PickIssue, PickProject, PickSpace, PickUser, PickVersion } from './site-directory';

export const esc = (s: unknown): string =>
  String(s ?? '').replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] as string);

/** JSON safe inside <script type="application/json">. */
const scriptJson = (v: unknown) => JSON.stringify(v).replace(/</g, '\\u003c');

function page(title: string, colorMode: string, body: string): string {
  return `<!doctype html>
<html lang="en" data-color-mode="${esc(colorMode)}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${esc(title)}</title>
<link rel="stylesheet" href="/__workbench/host.css">
</head>
<body>
${body}
</body>
</html>`;
}

export interface ModuleRow {
  module: UiModule;
  built: Partial<Record<EntryPoint, boolean>>;
}

export function indexPage(opts: { manifest: Manifest; rows: ModuleRow[]; source: string; hints: string[] }): string {
  const rows = opts.rows
    .map(({ module: m, built }) => {
      const resources = Object.entries(m.resources)
        .map(([entry, r]) => `<code>${esc(r?.key)}</code>${entry === 'view' ? '' : ` <span class="muted">(${esc(entry)})</span>`}${built[entry as EntryPoint] ? '' : ' <strong class="muted">not built</strong>'}`)
        .join('<br>');
      return `<tr data-module="${esc(m.key)}">
  <td><code>${esc(m.type)}</code></td>
  <td><code>${esc(m.key)}</code></td>
  <td><a href="/module/${encodeURIComponent(m.key)}" data-testid="open-module">${esc(m.title)}</a>${m.description ? `<br><span class="muted">${esc(m.description)}</span>` : ''}</td>
  <td>${resources}</td>
  <td>${m.resolverFunction ? `<code>${esc(m.resolverFunction)}</code>` : '<span class="muted">none</span>'}</td>
</tr>`;
    })
    .join('\n');
  const others = opts.manifest.otherModules.map((o) => `<li><code>${esc(o.type)}</code> <code>${esc(o.key)}</code></li>`).join('');
  return page(
    'Shipshape workbench',
    'light',
    `<header class="top"><h1>Shipshape workbench</h1><span class="source">${esc(opts.source)}</span></header>
<main>
<p>Every module of <code>manifest.yml</code>, each in a host page that plays Forge's part: the same iframe sandbox and
Content-Security-Policy, a stand-in for <code>@forge/bridge</code>, and the app's resolvers running in-process.</p>
<table class="modules" aria-label="Modules of manifest.yml">
<thead><tr><th scope="col">Type</th><th scope="col">Key</th><th scope="col">Title</th><th scope="col">Resource</th><th scope="col">Resolver</th></tr></thead>
<tbody>
${rows || '<tr><td colspan="5">No UI module in manifest.yml.</td></tr>'}
</tbody>
</table>
${others ? `<h2 style="font-size:14px">Other modules (nothing to render)</h2><ul>${others}</ul>` : ''}
${opts.hints.length ? `<h2 style="font-size:14px">Data</h2><ul>${opts.hints.map((h) => `<li>${h}</li>`).join('')}</ul>` : ''}
</main>`,
  );
}

export interface HostPageData {
  manifest: Manifest;
  module: UiModule;
  selection: Selection;
  source: string;
  users: PickUser[];
  issues: PickIssue[];
  projects: PickProject[];
  versions: PickVersion[];
  spaces: PickSpace[];
  context: Record<string, unknown>;
  frameSrc: string;
  appOrigin: string;
  siteUrl: string;
  token: string;
  sandbox: string;
  allow: string;
  csp: string;
  built: boolean;
  config?: Record<string, unknown>;
}

const ISSUE_TYPES = new Set(['jira:issuePanel', 'jira:issueContext', 'jira:issueGlance', 'jira:issueActivity', 'jira:issueAction']);
const PROJECT_TYPES = new Set(['jira:projectPage', 'jira:projectSettingsPage']);
const SPACE_TYPES = new Set(['macro', 'confluence:spacePage', 'confluence:spaceSettings']);
const CONFIG_TYPES = new Set(['jira:dashboardGadget', 'macro']);

function option(value: string, label: string, selected: boolean): string {
  return `<option value="${esc(value)}"${selected ? ' selected' : ''}>${esc(label)}</option>`;
}

export function hostPage(d: HostPageData): string {
  const m = d.module;
  const sel = d.selection;
  const known = ISSUE_TYPES.has(m.type) || PROJECT_TYPES.has(m.type) || SPACE_TYPES.has(m.type) || CONFIG_TYPES.has(m.type) || m.type.endsWith('Page');
  const wants = {
    issue: ISSUE_TYPES.has(m.type) || !known,
    project: PROJECT_TYPES.has(m.type) || CONFIG_TYPES.has(m.type) || !known,
    version: m.type === 'jira:dashboardGadget' || m.type === 'jira:adminPage' || !known,
    space: SPACE_TYPES.has(m.type) || !known,
    config: CONFIG_TYPES.has(m.type),
  };

  const users = d.users.map((u) => option(u.accountId, `${u.displayName} — ${u.note}`, u.accountId === sel.accountId)).join('');
  const byProject = new Map<string, PickIssue[]>();
  for (const i of d.issues) byProject.set(i.projectKey, [...(byProject.get(i.projectKey) ?? []), i]);
  const issueKnown = d.issues.some((i) => i.key === sel.issueKey);
  const issues =
    (!issueKnown && sel.issueKey ? option(sel.issueKey, sel.issueKey, true) : '') +
    [...byProject]
      .map(
        ([project, list]) =>
          `<optgroup label="${esc(project)}">${list
            .map((i) => option(i.key, `${i.key} · ${i.typeName} · ${i.summary}${i.children ? ` (${i.children} children)` : ''}`, i.key === sel.issueKey))
            .join('')}</optgroup>`,
      )
      .join('');
  const projects = d.projects.map((p) => option(p.key, `${p.key} · ${p.name}`, p.key === sel.projectKey)).join('');
  const versions =
    option('', '—', !sel.versionName) +
    d.versions.map((v) => option(`${v.projectKey}|${v.name}`, `${v.projectKey} · ${v.name}${v.released ? ' (released)' : ''}`, v.name === sel.versionName && v.projectKey === sel.projectKey)).join('');
  const spaces = d.spaces.map((s) => option(s.key, `${s.key} · ${s.name}`, s.key === sel.spaceKey)).join('');

  const entries = Object.keys(m.resources) as EntryPoint[];
  const entryTabs =
    entries.length > 1
      ? `<nav class="entry-tabs" aria-label="Entry point">${entries
          .map((e) => `<a href="?${esc(new URLSearchParams({ ...queryOf(sel), entry: e }).toString())}"${e === sel.entryPoint ? ' aria-current="page"' : ''}>${esc(e)}</a>`)
          .join('')}</nav>`
      : '';

  const issue = d.issues.find((i) => i.key === sel.issueKey);
  const productHeading = ISSUE_TYPES.has(m.type)
    ? `<p class="issue-title"><span class="muted">${esc(sel.issueKey ?? '')}</span> ${esc(issue?.summary ?? '')}</p>`
    : '';

  const config = {
    moduleKey: m.key,
    entryPoint: sel.entryPoint,
    selection: sel,
    context: d.context,
    frameSrc: d.frameSrc,
    appOrigin: d.appOrigin,
    siteUrl: d.siteUrl,
    token: d.token,
  };

  return page(
    `${m.title} — Shipshape workbench`,
    sel.colorMode,
    `<header class="top"><a href="/">Shipshape workbench</a><h1>${esc(m.title)}</h1><code>${esc(m.type)}</code><code>${esc(m.key)}</code><span class="source">${esc(d.source)}</span></header>
<main>
<div class="layout">
<aside>
<form class="picker" id="picker" method="get" action="/module/${encodeURIComponent(m.key)}" aria-labelledby="picker-title">
<strong id="picker-title">Context</strong>
<input type="hidden" name="entry" value="${esc(sel.entryPoint)}">
<label>User (reads are made as this user)<select name="user" id="pick-user">${users}</select></label>
${wants.issue ? `<label>Issue<select name="issue" id="pick-issue">${issues}</select></label>` : ''}
${wants.project ? `<label>Project<select name="project" id="pick-project">${projects}</select></label>` : ''}
${wants.version ? `<label>Version<select name="version" id="pick-version">${versions}</select></label>` : ''}
${wants.space ? `<label>Space<select name="space" id="pick-space">${spaces}</select></label>` : ''}
<label>Theme<select name="theme" id="pick-theme">${option('light', 'Light', sel.colorMode === 'light')}${option('dark', 'Dark', sel.colorMode === 'dark')}</select></label>
<button type="submit">Open with this context</button>
</form>
${
  wants.config
    ? `<form class="picker" id="config-form" style="margin-top:12px" aria-label="Stored configuration">
<label>${m.type === 'macro' ? 'Macro config' : 'Gadget configuration'} (what the ${m.type === 'macro' ? 'config' : 'edit'} view submits)<textarea name="config" rows="6">${esc(JSON.stringify(d.config ?? {}, null, 2))}</textarea></label>
<div style="display:flex;gap:8px"><button type="submit">Save</button><button type="button" class="secondary" id="config-fill">Use project &amp; version</button></div>
</form>`
    : ''
}
<details style="margin-top:12px"><summary>Context the app receives</summary><pre style="font-size:11px;overflow:auto">${esc(JSON.stringify(d.context, null, 2))}</pre></details>
<details style="margin-top:8px"><summary>Sandbox and CSP</summary>
<dl class="facts">
<dt>sandbox</dt><dd><code data-testid="sandbox">${esc(d.sandbox)}</code></dd>
<dt>allow</dt><dd><code>${esc(d.allow)}</code></dd>
<dt>CSP</dt><dd><code data-testid="csp">${esc(d.csp)}</code></dd>
<dt>app origin</dt><dd><code>${esc(d.appOrigin)}</code></dd>
</dl></details>
</aside>
<section aria-label="Product page">
<div id="banner" class="banner" role="status" aria-live="polite" hidden></div>
${d.built ? '' : `<div class="banner error" role="alert">The resource <code>${esc(m.resources[sel.entryPoint]?.path)}</code> is not built: run <code>npm run build</code>.</div>`}
${entryTabs}
<div class="product">
${productHeading}
<h2>${esc(m.title)}</h2>
<div class="frame-wrap">
<iframe id="app-frame" class="app" title="${esc(m.title)}" sandbox="${esc(d.sandbox)}" allow="${esc(d.allow)}"></iframe>
</div>
</div>
<details class="log" open><summary>Bridge calls (newest first)</summary><ol id="bridge-log" aria-live="off"></ol></details>
</section>
</div>
</main>
<script type="application/json" id="workbench-config">${scriptJson(config)}</script>
<script src="/__workbench/host-page.js"></script>`,
  );
}

/** The picker's state as query parameters (the host page URL is shareable and bookmarkable). */
export function queryOf(sel: Selection): Record<string, string> {
  const q: Record<string, string> = { user: sel.accountId, theme: sel.colorMode, entry: sel.entryPoint };
  if (sel.issueKey) q.issue = sel.issueKey;
  if (sel.projectKey) q.project = sel.projectKey;
  if (sel.versionName && sel.projectKey) q.version = `${sel.projectKey}|${sel.versionName}`;
  if (sel.spaceKey) q.space = sel.spaceKey;
  return q;
}
