/**
 * The settings page's check before saving: the server's own rules (src/domain/settings.ts, which
 * the server adds the site's priorities to), so every problem shows at once next to its field.
 * Keyed by field: `priorities`, `checks.<key>.label`, `checks.<key>.signers`, `storyPointsField`,
 * `frameworkEditors`.
 */
import { SETTINGS_LIMITS, type SettingsSavePayload } from '../../../src/contract';
import { settingsRuleProblems } from '../../../src/domain/settings';

export interface DraftCheckLike {
  key: string;
  label: string;
  anyone: boolean;
  signers: string;
}

export interface Draft {
  priorities: string[];
  checks: Array<DraftCheckLike & { id: string | null }>;
  storyPointsField: string;
  /** Account ids, one per line (or separated by commas); empty: Jira administrators. */
  frameworkEditors: string;
}

export interface Problem {
  field: string;
  message: string;
}

const norm = (s: string): string => s.trim().toLowerCase();

/** One account id per line, or separated by commas or semicolons; a token is judged whole ("not an id!!"). */
export const splitIds = (text: string): string[] =>
  text
    .split(/[\n,;]+/)
    .map((s) => s.trim())
    .filter(Boolean);

/** A name for a check in messages and button labels, also while its label is empty. */
export function checkName(label: string, index: number, isNew: boolean): string {
  const l = label.trim().replace(/\s+/g, ' ');
  return l || (isNew ? 'new check' : `sign-off ${index + 1}`);
}

/** The save payload's settings for a draft (what the server validates and stores). */
export function draftSettings(d: Draft): SettingsSavePayload['settings'] {
  const f = d.storyPointsField.trim();
  return {
    blockerPriorities: d.priorities,
    checks: d.checks.map((c) => ({ id: c.id, label: c.label, signers: c.anyone ? 'anyone' : splitIds(c.signers) })),
    storyPointsField: f === '' ? null : f,
    frameworkEditors: splitIds(d.frameworkEditors).length > 0 ? splitIds(d.frameworkEditors) : null,
  };
}

/**
 * Every problem of a draft, by the domain's rules, keyed by the page's fields: a priority problem
 * under `priorities`, a check's under `checks.<key>.label` / `checks.<key>.signers`; every row of a
 * duplicate label is marked (the one just edited is often the first). In page order.
 */
export function draftProblems(d: Draft): Problem[] {
  const where = (field: string): { field: string; order: number[] } => {
    if (field.startsWith('blockerPriorities')) return { field: 'priorities', order: [0] };
    if (field === 'checks') return { field: 'checks', order: [1] };
    const m = /^checks\.(\d+)(?:\.(\w+))?$/.exec(field);
    if (m) {
      const row = Number(m[1]);
      const part = m[2] === 'signers' ? 'signers' : 'label';
      return { field: `checks.${d.checks[row]?.key ?? row}.${part}`, order: [2, row, part === 'label' ? 0 : 1] };
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
