/**
 * The settings page's own check before saving, the same rules as the server's (src/services/
 * settings.ts `settingsProblems`, which stays the authority), so every problem shows at once next
 * to its field. Keyed by field: `priorities`, `checks.<key>.label`, `checks.<key>.signers`,
 * `storyPointsField`.
 */
import { ACCOUNT_ID_PATTERN, SETTINGS_LIMITS } from '../../../src/contract';

export interface DraftCheckLike {
  key: string;
  label: string;
  anyone: boolean;
  signers: string;
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

export function draftProblems(d: { priorities: string[]; checks: Array<DraftCheckLike & { id: string | null }>; storyPointsField: string }): Problem[] {
  const out: Problem[] = [];
  if (d.priorities.length > SETTINGS_LIMITS.priorities) out.push({ field: 'priorities', message: `At most ${SETTINGS_LIMITS.priorities} blocker priorities.` });
  if (d.checks.length > SETTINGS_LIMITS.checks) out.push({ field: 'checks', message: `At most ${SETTINGS_LIMITS.checks} required sign-offs.` });
  // Every row of a duplicate is marked (the one just edited is often the first).
  const count = new Map<string, number>();
  for (const c of d.checks) count.set(norm(c.label), (count.get(norm(c.label)) ?? 0) + 1);
  d.checks.forEach((c, i) => {
    const label = c.label.trim().replace(/\s+/g, ' ');
    const name = checkName(c.label, i, c.id === null);
    if (label === '') out.push({ field: `checks.${c.key}.label`, message: `Sign-off ${i + 1} needs a label.` });
    else if (label.length > SETTINGS_LIMITS.labelLength) out.push({ field: `checks.${c.key}.label`, message: `Too long: at most ${SETTINGS_LIMITS.labelLength} characters (now ${label.length}).` });
    else if ((count.get(norm(label)) ?? 0) > 1) out.push({ field: `checks.${c.key}.label`, message: `The sign-off "${label}" is listed twice (labels match case-insensitively).` });
    if (!c.anyone) {
      const ids = splitIds(c.signers);
      if (ids.length === 0) out.push({ field: `checks.${c.key}.signers`, message: `"${name}" lists no one who may sign it: add an account id, or allow anyone.` });
      else {
        if (ids.length > SETTINGS_LIMITS.signers) out.push({ field: `checks.${c.key}.signers`, message: `Too many signers (at most ${SETTINGS_LIMITS.signers}).` });
        const bad = ids.filter((id) => !ACCOUNT_ID_PATTERN.test(id));
        if (bad.length === 1) out.push({ field: `checks.${c.key}.signers`, message: `"${bad[0]}" is not an Atlassian account id.` });
        else if (bad.length > 1) out.push({ field: `checks.${c.key}.signers`, message: `${bad.map((b) => `"${b}"`).join(', ')} are not Atlassian account ids.` });
      }
    }
  });
  const f = d.storyPointsField.trim();
  if (f.length > SETTINGS_LIMITS.fieldLength) out.push({ field: 'storyPointsField', message: `Too long: at most ${SETTINGS_LIMITS.fieldLength} characters.` });
  else if (/^customfield_/i.test(f) && !/^customfield_\d+$/.test(f)) {
    out.push({ field: 'storyPointsField', message: `"${f}" is not a field id: use customfield_ followed by digits (e.g. customfield_10016), or the field's name.` });
  }
  return out;
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
