/**
 * What the demo data implies for SPEC §7, derived from the dataset and its changelogs by replaying
 * them forward from the state at creation (the domain walks back from now): the oracle of the
 * CLI, service and browser tests.
 */
import { createChangelogs, type DemoHistory } from '../../local/demo-site/history';
import { levelOf, type Dataset, type DemoIssue } from '../../local/demo-site';
import { catOf } from './roadmap-expected';

interface State {
  statusId: string;
  fixVersionIds: Set<string>;
  dueDate: string | null;
}

const utcDay = (ts: string): string => new Date(Date.parse(ts)).toISOString().slice(0, 10);

export class HistoryOracle {
  private readonly logs: Map<string, DemoHistory[]>;
  private readonly categoryOfStatus: Map<string, string>;
  constructor(private readonly ds: Dataset) {
    this.logs = createChangelogs(ds);
    this.categoryOfStatus = new Map(
      ds.statuses.map((s) => {
        const key = ds.statusCategories.find((c) => c.id === s.categoryId)?.key;
        return [s.id, key === 'done' ? 'done' : key === 'indeterminate' ? 'inprogress' : 'todo'];
      }),
    );
  }

  histories(issue: DemoIssue): DemoHistory[] {
    return this.logs.get(issue.id) ?? [];
  }

  /** The issue's fields at the end of UTC day `d`, or null before it existed. */
  at(issue: DemoIssue, d: string): (State & { category: string }) | null {
    if (utcDay(issue.created) > d) return null;
    const hs = [...this.histories(issue)].sort((a, b) => Date.parse(a.created) - Date.parse(b.created) || Number(a.id) - Number(b.id));
    // state at creation: the first change's `from` of each field, else the current value
    let statusId = issue.statusId;
    let dueDate = issue.dueDate;
    const versions = new Set(issue.fixVersionIds);
    for (const h of [...hs].reverse()) {
      for (const item of [...h.items].reverse()) {
        if (item.fieldId === 'status') statusId = item.from ?? statusId;
        if (item.fieldId === 'duedate') dueDate = item.from;
        if (item.fieldId === 'fixVersions') {
          if (item.to) versions.delete(item.to);
          if (item.from) versions.add(item.from);
        }
      }
    }
    for (const h of hs) {
      if (utcDay(h.created) > d) break;
      for (const item of h.items) {
        if (item.fieldId === 'status' && item.to) statusId = item.to;
        if (item.fieldId === 'duedate') dueDate = item.to;
        if (item.fieldId === 'fixVersions') {
          if (item.from) versions.delete(item.from);
          if (item.to) versions.add(item.to);
        }
      }
    }
    return { statusId, dueDate, fixVersionIds: versions, category: this.categoryOfStatus.get(statusId) ?? 'todo' };
  }

  /** SPEC §7 release scope of version `versionId` between `b` and `asOf` (sub-tasks excluded). */
  releaseScope(versionId: string, b: string, asOf: string): { atBaseline: string[]; now: string[]; added: string[]; removed: string[]; delivered: string[] } {
    const candidates = this.ds.issues.filter((i) => levelOf(this.ds, i) >= 0);
    const inScope = (d: string) => candidates.filter((i) => this.at(i, d)?.fixVersionIds.has(versionId)).map((i) => i.key);
    const atBaseline = inScope(b);
    const now = inScope(asOf);
    const byKey = new Map(this.ds.issues.map((i) => [i.key, i]));
    const order = (keys: string[]) => [...keys].sort((x, y) => x.split('-')[0]!.localeCompare(y.split('-')[0]!) || Number(x.split('-')[1]) - Number(y.split('-')[1]));
    return {
      atBaseline: order(atBaseline),
      now: order(now),
      added: order(now.filter((k) => !atBaseline.includes(k))),
      removed: order(atBaseline.filter((k) => !now.includes(k))),
      delivered: order(atBaseline.filter((k) => now.includes(k) && catOf(this.ds, byKey.get(k)!) === 'done')),
    };
  }

  /** Daily scope and done of a version from `b` to `asOf`. */
  daily(versionId: string, b: string, asOf: string): Array<{ date: string; scope: number; done: number }> {
    const candidates = this.ds.issues.filter((i) => levelOf(this.ds, i) >= 0);
    const out: Array<{ date: string; scope: number; done: number }> = [];
    for (let t = Date.parse(`${b}T00:00:00Z`); t <= Date.parse(`${asOf}T00:00:00Z`); t += 86_400_000) {
      const d = new Date(t).toISOString().slice(0, 10);
      const states = candidates.map((i) => this.at(i, d)).filter((s) => s?.fixVersionIds.has(versionId));
      out.push({ date: d, scope: states.length, done: states.filter((s) => s!.category === 'done').length });
    }
    return out;
  }

  /** SPEC §7 per-item due-date history between `b` and `asOf`. */
  slip(item: DemoIssue, b: string, asOf: string): { dueDateAtBaseline: string | null; dueDateChanges: number; slipDays: number | null } {
    const then = this.at(item, b)?.dueDate ?? null;
    const now = this.at(item, asOf)?.dueDate ?? null;
    const changes = this.histories(item).filter((h) => utcDay(h.created) > b && utcDay(h.created) <= asOf).flatMap((h) => h.items.filter((x) => x.fieldId === 'duedate')).length;
    const slipDays = then && now ? (Date.parse(now) - Date.parse(then)) / 86_400_000 : null;
    return { dueDateAtBaseline: then, dueDateChanges: changes, slipDays };
  }
}

/** First day of the date's calendar quarter. */
export function quarterStartOf(date: string): string {
  const [y, m] = date.split('-').map(Number) as [number, number];
  return `${y}-${String(Math.floor((m - 1) / 3) * 3 + 1).padStart(2, '0')}-01`;
}
