/**
 * What the demo data implies for a roadmap, derived straight from the dataset (not through the
 * domain code): SPEC §2 units, weights with mean imputation, sums by status category, % done.
 * Used by the service, CLI and browser tests as their oracle.
 */
import { levelOf, statusCategoryKeyOf, type Dataset, type DemoIssue } from '../../local/demo-site';

export type Cat = 'todo' | 'inprogress' | 'done';
export interface Sums {
  total: number;
  done: number;
  inProgress: number;
  todo: number;
}

export function catOf(ds: Dataset, i: DemoIssue): Cat {
  const k = statusCategoryKeyOf(ds, i);
  return k === 'done' ? 'done' : k === 'indeterminate' ? 'inprogress' : 'todo';
}

/** SPEC §2 units of an item: level-0 descendants at any depth, else the item itself. */
export function unitsOfItem(ds: Dataset, item: DemoIssue): DemoIssue[] {
  const byParent = new Map<string, DemoIssue[]>();
  for (const i of ds.issues) if (i.parentKey) byParent.set(i.parentKey, [...(byParent.get(i.parentKey) ?? []), i]);
  const out: DemoIssue[] = [];
  const walk = (key: string, seen: Set<string>) => {
    for (const c of byParent.get(key) ?? []) {
      if (seen.has(c.key)) continue;
      seen.add(c.key);
      if (levelOf(ds, c) === 0) out.push(c);
      walk(c.key, seen);
    }
  };
  walk(item.key, new Set([item.key]));
  return out.length > 0 ? out : [item];
}

/** Half-up to one decimal, exact on halves. */
export function pct(done: number, total: number): number {
  if (total === 0) return 0;
  return Math.floor((done * 1000) / total + 0.5 + 1e-9) / 10;
}

export interface Expected {
  items: Array<{ key: string; work: Sums; percentDone: number; unestimated: number; units: number }>;
  totals: { items: number; itemsDone: number; work: Sums; percentDone: number; unestimated: number; units: number };
  notDoneOnTime: string[];
}

/** The report SPEC §2 implies for `items` (already in JQL order) as of `asOf`. */
export function expectedRoadmap(ds: Dataset, items: DemoIssue[], weight: 'count' | 'points' | 'time', asOf: string): Expected {
  const unitsBy = new Map(items.map((i) => [i.key, unitsOfItem(ds, i)]));
  const distinct = new Map<string, DemoIssue>();
  for (const us of unitsBy.values()) for (const u of us) distinct.set(u.key, u);
  const est = (u: DemoIssue): number | null => (weight === 'count' ? 1 : weight === 'points' ? u.points : u.originalEstimateSeconds);
  const estimated = [...distinct.values()].map(est).filter((e): e is number => e !== null);
  const mean = estimated.length ? estimated.reduce((a, b) => a + b, 0) / estimated.length : 1;
  const sums = (us: DemoIssue[]): { work: Sums; unestimated: number } => {
    const work = { total: 0, done: 0, inProgress: 0, todo: 0 };
    let unestimated = 0;
    for (const u of us) {
      const e = est(u);
      if (e === null) unestimated++;
      const w = e ?? mean;
      work.total += w;
      const c = catOf(ds, u);
      if (c === 'done') work.done += w;
      else if (c === 'inprogress') work.inProgress += w;
      else work.todo += w;
    }
    return { work, unestimated };
  };
  const total = sums([...distinct.values()]);
  return {
    items: items.map((i) => {
      const us = unitsBy.get(i.key)!;
      const s = sums(us);
      return { key: i.key, work: s.work, percentDone: pct(s.work.done, s.work.total), unestimated: s.unestimated, units: us.length };
    }),
    totals: {
      items: items.length,
      itemsDone: items.filter((i) => catOf(ds, i) === 'done').length,
      work: total.work,
      percentDone: pct(total.work.done, total.work.total),
      unestimated: total.unestimated,
      units: distinct.size,
    },
    notDoneOnTime: items
      .filter((i) => catOf(ds, i) !== 'done' && i.dueDate !== null && i.dueDate < asOf)
      .sort((a, b) => (a.dueDate! < b.dueDate! ? -1 : a.dueDate! > b.dueDate! ? 1 : 0))
      .map((i) => i.key),
  };
}

/** Issues of a project at a hierarchy level, in rank order (what `project = X AND issuetype = …` returns). */
export function itemsAt(ds: Dataset, project: string, level: number): DemoIssue[] {
  return ds.issues.filter((i) => i.projectKey === project && levelOf(ds, i) === level).sort((a, b) => a.rank - b.rank);
}
