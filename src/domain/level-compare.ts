/**
 * "What changes from one level to another" (SPEC §4 levels as data). Pure.
 */
import type { Framework } from './framework';
import { norm, requireLevel } from './level-ladders';

export type ChangeStatus = 'added' | 'removed' | 'changed' | 'same';

export interface SkillComparison {
  name: string;
  /** `added`: only at `to`; `removed`: only at `from`; `changed`/`same` by behaviours. */
  status: ChangeStatus;
  added: string[];
  removed: string[];
  same: string[];
}

export interface CategoryComparison {
  name: string;
  status: ChangeStatus;
  skills: SkillComparison[];
}

export interface LevelComparison {
  from: string;
  to: string;
  categories: CategoryComparison[];
}

/**
 * For the UI's "what changes from level a to level b" view (SPEC §4 levels as data): skill by skill,
 * behaviours added, removed and the same (text compared case-insensitively, whitespace collapsed).
 * Categories and skills matched by name (case-insensitive); order follows `b`, then what only `a` has.
 */
export function compareLevels(framework: Framework, a: string, b: string): LevelComparison {
  const from = requireLevel(framework, a);
  const to = requireLevel(framework, b);
  const names = (list: Array<{ name: string }>): string[] => list.map((x) => x.name);
  const unionByName = <T extends { name: string }>(xs: T[], ys: T[]): string[] => {
    const out: string[] = [];
    for (const n of [...names(ys), ...names(xs)]) if (!out.some((o) => norm(o) === norm(n))) out.push(n);
    return out;
  };
  const categories = unionByName(from.categories, to.categories).map((cname): CategoryComparison => {
    const ca = from.categories.find((c) => norm(c.name) === norm(cname));
    const cb = to.categories.find((c) => norm(c.name) === norm(cname));
    const skills = unionByName(ca?.skills ?? [], cb?.skills ?? []).map((sname): SkillComparison => {
      const sa = ca?.skills.find((s) => norm(s.name) === norm(sname));
      const sb = cb?.skills.find((s) => norm(s.name) === norm(sname));
      const ba = sa?.behaviours ?? [];
      const bb = sb?.behaviours ?? [];
      const inA = new Set(ba.map(norm));
      const inB = new Set(bb.map(norm));
      const added = bb.filter((t) => !inA.has(norm(t)));
      const removed = ba.filter((t) => !inB.has(norm(t)));
      const same = bb.filter((t) => inA.has(norm(t)));
      const status: ChangeStatus = !sa ? 'added' : !sb ? 'removed' : added.length || removed.length ? 'changed' : 'same';
      return { name: sname, status, added, removed, same };
    });
    const status: ChangeStatus = !ca ? 'added' : !cb ? 'removed' : skills.every((s) => s.status === 'same') ? 'same' : 'changed';
    return { name: cname, status, skills };
  });
  return { from: from.id, to: to.id, categories };
}
