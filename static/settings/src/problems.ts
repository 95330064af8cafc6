/**
 * The settings page's check before saving: the server's own rules (src/domain/settings.ts, which
 * the server adds the site's priorities to), so every problem shows at once next to its field.
 * Keyed by field: `priorities`, `checks.<key>.label`, `checks.<key>.signers`, `storyPointsField`,
 * `frameworkEditors`, and a project's the same under `projects.<key>.` (`projects.<key>.checks.<key>.label` …).
 */
import { SETTINGS_LIMITS, type SettingsSavePayload } from '../../../src/contract';
import { settingsRuleProblems } from '../../../src/domain/settings';

export interface DraftCheck {
  /** Existing id, or null for a new check (the server assigns one). */
  id: string | null;
  /** The row's key on this page (stable while editing). */
  key: string;
  label: string;
  anyone: boolean;
  /** Account ids who may sign, when not anyone. */
  signers: string[];
}

/** Blocker priorities and required sign-offs: the site's, or a project's own. */
export interface DraftScope {
  priorities: string[];
  checks: DraftCheck[];
}

export interface DraftProject extends DraftScope {
  key: string;
  projectId: string;
  projectKey: string;
  projectName: string;
  /** False: the project uses the site's priorities (the list above is kept while editing). */
  ownPriorities: boolean;
  ownChecks: boolean;
}

export interface Draft extends DraftScope {
  storyPointsField: string;
  projects: DraftProject[];
  /** Account ids; empty: Jira administrators. */
  frameworkEditors: string[];
}

export interface Problem {
  field: string;
  message: string;
}

const norm = (s: string): string => s.trim().toLowerCase();

/** A name for a check in messages and button labels, also while its label is empty. */
export function checkName(label: string, index: number, isNew: boolean): string {
  const l = label.trim().replace(/\s+/g, ' ');
  return l || (isNew ? 'new check' : `sign-off ${index + 1}`);
}

/** The save payload's settings for a draft (what the server validates and stores). */
export function draftSettings(d: Draft): SettingsSavePayload['settings'] {
  const f = d.storyPointsField.trim();
  const checks = (list: DraftCheck[]) => list.map((c) => ({ id: c.id, label: c.label, signers: c.anyone ? ('anyone' as const) : c.signers }));
  return {
    blockerPriorities: d.priorities,
    checks: checks(d.checks),
    storyPointsField: f === '' ? null : f,
    projects: d.projects.map((p) => ({
      projectId: p.projectId,
      projectKey: p.projectKey,
      projectName: p.projectName,
      blockerPriorities: p.ownPriorities ? p.priorities : null,
      checks: p.ownChecks ? checks(p.checks) : null,
    })),
    frameworkEditors: d.frameworkEditors.length > 0 ? d.frameworkEditors : null,
  };
}

/**
 * Every problem of a draft, by the domain's rules, keyed by the page's fields: a priority problem
 * under `priorities`, a check's under `checks.<key>.label` / `checks.<key>.signers`; every row of a
 * duplicate label is marked (the one just edited is often the first). In page order.
 */
export function draftProblems(d: Draft): Problem[] {
  /** A domain field of a scope (`blockerPriorities.1`, `checks.2.label`) → the page's field and order. */
  const inScope = (field: string, scope: DraftScope, prefix: string, base: number[]): { field: string; order: number[] } | null => {
    if (field.startsWith('blockerPriorities')) return { field: `${prefix}priorities`, order: [...base, 0] };
    if (field === 'checks') return { field: `${prefix}checks`, order: [...base, 1] };
    const m = /^checks\.(\d+)(?:\.(\w+))?$/.exec(field);
    if (!m) return null;
    const row = Number(m[1]);
    const part = m[2] === 'signers' ? 'signers' : 'label';
    return { field: `${prefix}checks.${scope.checks[row]?.key ?? row}.${part}`, order: [...base, 2, row, part === 'label' ? 0 : 1] };
  };
  const where = (field: string): { field: string; order: number[] } => {
    const site = inScope(field, d, '', [0]);
    if (site) return site;
    if (field === 'storyPointsField') return { field, order: [1] };
    const m = /^projects\.(\d+)(?:\.(.*))?$/.exec(field);
    if (m) {
      const i = Number(m[1]);
      const p = d.projects[i];
      const prefix = `projects.${p?.key ?? i}.`;
      return (p && m[2] && inScope(m[2], p, prefix, [2, i])) || { field: `projects.${p?.key ?? i}`, order: [2, i] };
    }
    return { field, order: [3] };
  };
  const out: Array<Problem & { order: number[] }> = [];
  for (const p of settingsRuleProblems(draftSettings(d))) {
    for (const f of [p.field, ...(p.also ?? [])]) {
      const w = where(f);
      const message = p.hint ?? p.message;
      if (!out.some((o) => o.field === w.field && o.message === message)) out.push({ ...w, message });
    }
  }
  const before = (a: number[], b: number[]): number => {
    for (let i = 0; i < Math.max(a.length, b.length); i++) if ((a[i] ?? -1) !== (b[i] ?? -1)) return (a[i] ?? -1) - (b[i] ?? -1);
    return 0;
  };
  return out.sort((a, b) => before(a.order, b.order)).map(({ field, message }) => ({ field, message }));
}

/**
 * Whether a new blocker priority may be added: not empty, not twice, and, when the site's
 * priorities are known, one of them (the reason otherwise).
 */
export function priorityProblem(name: string, current: string[], site: string[]): string | null {
  const p = name.trim();
  if (!p) return 'Type a priority name.';
  if (p.length > SETTINGS_LIMITS.priorityLength) return `Too long: at most ${SETTINGS_LIMITS.priorityLength} characters.`;
  if (current.some((c) => norm(c) === norm(p))) return `"${p}" is already listed (names match case-insensitively).`;
  if (site.length > 0 && !site.some((s) => norm(s) === norm(p))) return `"${p}" is not a priority on this Jira site. Choose one of: ${site.join(', ')}.`;
  return null;
}
