/**
 * The demo site's changelogs: every issue gets a history that ends exactly in its current state
 * (status paths with reopenings, fix versions added, removed and moved, due dates slipped and
 * pulled in, estimate changes, and noise such as assignee and summary edits). Drawn from their own
 * random stream after the dataset is built, so the dataset's current numbers never change.
 */
import { addDays, jiraTimestamp } from './days';
import { createRng, Random } from './random';
import { STATUS, type Dataset, type DemoIssue, type DemoVersion } from './model';

export interface DemoChangeItem {
  field: string;
  fieldtype: 'jira' | 'custom';
  fieldId: string;
  from: string | null;
  fromString: string | null;
  to: string | null;
  toString: string | null;
}

export interface DemoHistory {
  id: string;
  /** Jira timestamp `2026-11-20T10:15:00.000+0000`. */
  created: string;
  authorId: string;
  items: DemoChangeItem[];
}

const MINUTE = 60_000;
const DAY = 86_400_000;

interface Draft {
  at: number;
  items: DemoChangeItem[];
}

/** Issue id → histories (oldest first), ids increasing with time across the site as in Jira. */
export function createChangelogs(ds: Dataset): Map<string, DemoHistory[]> {
  const rnd = new Random(createRng((ds.seed * 2654435761 + 97) >>> 0));
  const nowMs = ds.now.getTime() - MINUTE;
  const statusName = new Map(ds.statuses.map((s) => [s.id, s.name]));
  const versionById = new Map(ds.versions.map((v) => [v.id, v]));
  const versionsOf = new Map<string, DemoVersion[]>();
  for (const v of ds.versions) versionsOf.set(v.projectKey, [...(versionsOf.get(v.projectKey) ?? []), v]);
  const userName = new Map(ds.users.map((u) => [u.accountId, u.displayName]));
  const team = ds.users.filter((u) => u.browse === 'all' || u.browse.length > 0);
  const levelOf = new Map(ds.issueTypes.map((t) => [t.id, t.hierarchyLevel]));

  const statusItem = (from: string, to: string): DemoChangeItem => ({
    field: 'status', fieldtype: 'jira', fieldId: 'status',
    from, fromString: statusName.get(from) ?? from, to, toString: statusName.get(to) ?? to,
  });
  const resolutionItem = (done: boolean): DemoChangeItem => ({
    field: 'resolution', fieldtype: 'jira', fieldId: 'resolution',
    from: done ? null : '10000', fromString: done ? null : 'Done', to: done ? '10000' : null, toString: done ? 'Done' : null,
  });
  const versionItem = (from: string | null, to: string | null): DemoChangeItem => ({
    field: 'Fix Version', fieldtype: 'jira', fieldId: 'fixVersions',
    from, fromString: from ? (versionById.get(from)?.name ?? from) : null, to, toString: to ? (versionById.get(to)?.name ?? to) : null,
  });
  const dueItem = (from: string | null, to: string | null): DemoChangeItem => ({
    field: 'duedate', fieldtype: 'jira', fieldId: 'duedate',
    from, fromString: from ? `${from} 00:00:00.0` : null, to, toString: to ? `${to} 00:00:00.0` : null,
  });
  const plain = (field: string, fieldId: string, from: string | null, to: string | null, custom = false): DemoChangeItem => ({
    field, fieldtype: custom ? 'custom' : 'jira', fieldId, from: custom ? null : from, fromString: from, to: custom ? null : to, toString: to,
  });

  // Every open, dated version loses two issues over time (the "removed since baseline" story).
  const leaves = new Map<string, DemoVersion>();
  for (const v of ds.versions) {
    if (v.released || v.archived || !v.releaseDate) continue;
    ds.issues
      .filter((i) => i.projectKey === v.projectKey && i.fixVersionIds.length === 0 && (levelOf.get(i.issueTypeId) ?? 0) === 0 && !leaves.has(i.id))
      .slice(0, 2)
      .forEach((i) => leaves.set(i.id, v));
  }

  const all: Array<{ issue: DemoIssue; draft: Draft }> = [];
  for (const issue of ds.issues) {
    const createdMs = Date.parse(issue.created);
    const end = nowMs;
    if (!(end - createdMs > 10 * MINUTE)) continue;
    const drafts: Draft[] = [];
    /** Sorted instants strictly inside (from, to). */
    const instants = (n: number, from: number, to: number): number[] => {
      const span = to - from;
      if (span < (n + 1) * MINUTE) return [];
      return Array.from({ length: n }, () => from + MINUTE + Math.floor(rnd.float() * (span - 2 * MINUTE))).sort((a, b) => a - b);
    };
    const recentInstant = (): number => {
      // Planning changes lean recent: most within the last two weeks, all after creation.
      const from = Math.max(createdMs + MINUTE, rnd.chance(0.65) ? end - 12 * DAY : end - 60 * DAY);
      return from + Math.floor(rnd.float() * Math.max(MINUTE, end - from - MINUTE));
    };
    const push = (at: number, ...items: DemoChangeItem[]): void => {
      if (at > createdMs && at <= end) drafts.push({ at, items });
    };

    // Status path ending in the current status (done ends exactly at the resolution timestamp).
    const level = levelOf.get(issue.issueTypeId) ?? 0;
    const current = issue.statusId;
    if (current === STATUS.done && issue.resolutionDate) {
      const res = Date.parse(issue.resolutionDate);
      const reopen = rnd.chance(0.15);
      const review = rnd.chance(0.4);
      const steps = instants(reopen ? 3 : review ? 2 : 1, createdMs, res);
      if (steps.length === 0) drafts.push({ at: res, items: [statusItem(STATUS.todo, STATUS.done), resolutionItem(true)] });
      else {
        push(steps[0]!, statusItem(STATUS.todo, STATUS.inProgress));
        if (reopen) {
          push(steps[1]!, statusItem(STATUS.inProgress, STATUS.done), resolutionItem(true));
          push(steps[2]!, statusItem(STATUS.done, STATUS.inProgress), resolutionItem(false));
          drafts.push({ at: res, items: [statusItem(STATUS.inProgress, STATUS.done), resolutionItem(true)] });
        } else if (review) {
          push(steps[1]!, statusItem(STATUS.inProgress, STATUS.inReview));
          drafts.push({ at: res, items: [statusItem(STATUS.inReview, STATUS.done), resolutionItem(true)] });
        } else drafts.push({ at: res, items: [statusItem(STATUS.inProgress, STATUS.done), resolutionItem(true)] });
      }
    } else if (current === STATUS.inProgress || current === STATUS.inReview) {
      const reopen = rnd.chance(0.12);
      const steps = instants(reopen ? 3 : 2, createdMs, end);
      if (steps.length) {
        push(steps[0]!, statusItem(STATUS.todo, STATUS.inProgress));
        if (reopen) {
          push(steps[1]!, statusItem(STATUS.inProgress, STATUS.done), resolutionItem(true));
          push(steps[2]!, statusItem(STATUS.done, current), resolutionItem(false));
        } else if (current === STATUS.inReview) push(steps[1]!, statusItem(STATUS.inProgress, STATUS.inReview));
      }
    } else if (current === STATUS.todo && rnd.chance(0.1)) {
      const steps = instants(2, createdMs, end);
      if (steps.length) {
        push(steps[0]!, statusItem(STATUS.todo, STATUS.inProgress));
        push(steps[1]!, statusItem(STATUS.inProgress, STATUS.todo));
      }
    }

    // Fix versions: added later, moved from another version (one history), or added and removed.
    const others = (versionsOf.get(issue.projectKey) ?? []).filter((v) => !issue.fixVersionIds.includes(v.id) && !v.archived);
    const current0 = issue.fixVersionIds[0];
    if (current0 !== undefined) {
      const roll = rnd.float();
      if (roll < 0.15 && others.length) push(recentInstant(), versionItem(rnd.pick(others).id, null), versionItem(null, current0));
      else if (roll < 0.5) push(instants(1, createdMs, end)[0] ?? 0, versionItem(null, current0));
    } else if (leaves.has(issue.id) || (level === 0 && others.length && rnd.chance(0.08))) {
      const open = others.filter((o) => !o.released);
      const v = leaves.get(issue.id) ?? rnd.pick(open.length ? open : others);
      // Planned before the version started, dropped after: "removed since the baseline".
      const start = v.startDate ? Date.parse(`${v.startDate}T12:00:00Z`) : null;
      const [a, b] =
        leaves.has(issue.id) && start !== null && start > createdMs + 2 * MINUTE && start < end - 2 * MINUTE
          ? [instants(1, createdMs, start)[0] ?? 0, instants(1, start, end)[0] ?? 0]
          : [recentInstant(), recentInstant()].sort((x, y) => x - y);
      if (a! < b!) {
        push(a!, versionItem(null, v.id));
        push(b!, versionItem(v.id, null));
      }
    }

    // Due dates: slipped (once or twice), pulled in, set later, or removed.
    if (issue.dueDate) {
      const roll = rnd.float();
      const slip = level >= 1 ? 0.5 : 0.25;
      if (roll < slip) {
        const k = rnd.int(3, 21);
        if (level >= 1 && rnd.chance(0.35)) {
          const k2 = rnd.int(2, 14);
          const [a, b] = [recentInstant(), recentInstant()].sort((x, y) => x - y);
          push(a!, dueItem(addDays(issue.dueDate, -k - k2), addDays(issue.dueDate, -k)));
          push(b!, dueItem(addDays(issue.dueDate, -k), issue.dueDate));
        } else push(recentInstant(), dueItem(addDays(issue.dueDate, -k), issue.dueDate));
      } else if (roll < slip + 0.1) push(recentInstant(), dueItem(addDays(issue.dueDate, rnd.int(3, 14)), issue.dueDate));
      else if (roll < slip + 0.18) push(instants(1, createdMs, end)[0] ?? 0, dueItem(null, issue.dueDate));
    } else if (rnd.chance(level >= 1 ? 0.12 : 0.05)) {
      push(recentInstant(), dueItem(addDays(ds.today, rnd.int(5, 40)), null));
    }

    // Noise the history rules must ignore.
    if (issue.assigneeId && rnd.chance(0.3)) {
      const from = rnd.pick(team).accountId;
      if (from !== issue.assigneeId) push(instants(1, createdMs, end)[0] ?? 0, plain('assignee', 'assignee', userName.get(from) ?? from, userName.get(issue.assigneeId) ?? issue.assigneeId));
    }
    if (rnd.chance(0.15)) push(instants(1, createdMs, end)[0] ?? 0, plain('summary', 'summary', `${issue.summary} (draft)`, issue.summary));
    if (issue.originalEstimateSeconds !== null && rnd.chance(0.2)) {
      push(instants(1, createdMs, end)[0] ?? 0, plain('timeoriginalestimate', 'timeoriginalestimate', String(issue.originalEstimateSeconds * 2), String(issue.originalEstimateSeconds)));
    }
    if (issue.points !== null && rnd.chance(0.15)) {
      push(instants(1, createdMs, end)[0] ?? 0, plain('Story point estimate', ds.storyPointsFieldId, String(issue.points + 1), String(issue.points), true));
    }
    for (const draft of drafts) all.push({ issue, draft });
  }

  all.sort((a, b) => a.draft.at - b.draft.at || Number(a.issue.id) - Number(b.issue.id));
  const out = new Map<string, DemoHistory[]>();
  all.forEach(({ issue, draft }, n) => {
    const history: DemoHistory = { id: String(20000 + n), created: jiraTimestamp(draft.at), authorId: rnd.pick(team).accountId, items: draft.items };
    const list = out.get(issue.id);
    if (list) list.push(history);
    else out.set(issue.id, [history]);
  });
  return out;
}
