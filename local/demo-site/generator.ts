/**
 * The generator's building blocks: a leaf, its sub-tasks, a container (epic or initiative) that
 * rolls up its children's state, each drawn from one seeded stream, so the same seed and today
 * give the same issues. The scripted projects (scripted-project.ts) and the benchmark project
 * (large-project.ts) are assembled from them.
 */
import { addDays, maxDate, minDate } from './days';
import { ISSUE_TYPE, PRIORITY, RESOLUTION, STATUS, type DateString, type DemoIssue, type DemoUser, type DemoVersion } from './model';
import type { ProjectPlan, State } from './plans';
import type { Random } from './random';

const LABELS = ['backend', 'frontend', 'ux', 'tech-debt', 'security', 'customer-request', 'performance'];
const VERBS: Record<string, readonly string[]> = {
  [ISSUE_TYPE.story]: ['Users can manage', 'Show', 'Let admins configure', 'Support', 'Improve'],
  [ISSUE_TYPE.task]: ['Set up', 'Document', 'Migrate', 'Clean up', 'Automate'],
  [ISSUE_TYPE.bug]: ['Fix crash in', 'Wrong totals in', 'Timeout in', 'Broken layout of', 'Typo in'],
  [ISSUE_TYPE.subtask]: ['Write tests for', 'Review', 'Design', 'Implement'],
};

/** An issue while it is being generated: no key, id or rank yet. */

/** An issue while it is being generated: no key, id or rank yet. */
export interface Draft extends Omit<DemoIssue, 'id' | 'key' | 'rank' | 'parentKey'> {
  parent: Draft | null;
  createdDay: DateString;
  resolvedDay: DateString | null;
  key?: string;
}

/** What a new draft is made of (status, resolution and timestamps follow from `state`). */
interface DraftSpec {
  type: string;
  summary: string;
  parent: Draft | null;
  state: State;
  createdDay: DateString;
  resolvedDay: DateString | null;
  priorityId: string;
  assigneeId: string | null;
  dueDate: DateString | null;
  points: number | null;
  estimate: number | null;
  fixVersionIds: string[];
}

export class Generator {
  private versionSeq = 0;

  constructor(
    readonly rnd: Random,
    readonly today: DateString,
  ) {}

  /** Versions are numbered in one sequence across the site, as Jira orders them. */
  nextSequence(): number {
    return ++this.versionSeq;
  }

  leaf(
    plan: ProjectPlan,
    parent: Draft | null,
    version: DemoVersion | null,
    state: State,
    resolvedWithin: [number, number],
  ): Draft {
    const { rnd, today } = this;
    const type = rnd.weighted([
      [ISSUE_TYPE.story, 6],
      [ISSUE_TYPE.task, 2],
      [ISSUE_TYPE.bug, 2],
    ] as const);
    const resolvedDay =
      state === 'done'
        ? addDays(today, rnd.int(resolvedWithin[0], Math.min(0, resolvedWithin[1])))
        : null;
    const latest = resolvedDay ? addDays(resolvedDay, -1) : today;
    const anchor =
      version?.releaseDate && version.releaseDate < today ? version.releaseDate : today;
    const createdDay = minDate(addDays(anchor, -rnd.int(15, 70)), latest);
    const points =
      type === ISSUE_TYPE.bug && rnd.chance(0.6)
        ? null
        : rnd.chance(0.12)
          ? null
          : rnd.chance(0.06)
            ? 0
            : rnd.pick([1, 2, 3, 5, 8, 13]);
    const estimate = rnd.chance(0.3)
      ? null
      : (points ?? rnd.pick([1, 2, 3])) * rnd.pick([2, 4, 6]) * 3600;
    const open = state !== 'done';
    return this.draft(plan, {
      type,
      summary: `${rnd.pick(VERBS[type] ?? ['Work on'])} ${rnd.pick(plan.topics)}`,
      parent,
      state,
      createdDay,
      resolvedDay,
      priorityId:
        state === 'done' && rnd.chance(0.1)
          ? PRIORITY.highest
          : rnd.weighted([
              [PRIORITY.high, 20],
              [PRIORITY.medium, 55],
              [PRIORITY.low, 20],
              [PRIORITY.lowest, 5],
            ]),
      assigneeId: rnd.chance(open ? 0.18 : 0.05) ? null : rnd.pick(plan.team).accountId,
      dueDate: rnd.chance(0.3)
        ? addDays(version?.releaseDate ?? today, -rnd.int(0, 14) + (version ? 0 : rnd.int(-10, 30)))
        : null,
      points,
      estimate,
      fixVersionIds: version ? [version.id] : [],
    });
  }

  subtasks(plan: ProjectPlan, parent: Draft, window: [number, number]): Draft[] {
    const { rnd } = this;
    if (parent.issueTypeId === ISSUE_TYPE.bug || !rnd.chance(0.3)) return [];
    return Array.from({ length: rnd.int(1, 3) }, () => {
      const sub = this.subtask(plan, parent, window);
      // Same day, earlier hour: take the parent's timestamp so the key order stays parent first.
      if (sub.created < parent.created) sub.created = sub.updated = parent.created;
      return sub;
    });
  }

  subtask(plan: ProjectPlan, parent: Draft, window: [number, number]): Draft {
    const { rnd, today } = this;
    const parentDone = parent.statusId === STATUS.done;
    {
      const state: State = parentDone
        ? 'done'
        : rnd.weighted<State>([
            ['done', 1],
            ['inprogress', 1],
            ['todo', 2],
          ]);
      const resolvedDay =
        state === 'done'
          ? (parent.resolvedDay ?? addDays(today, rnd.int(window[0], Math.min(0, window[1]))))
          : null;
      return this.draft(plan, {
        type: ISSUE_TYPE.subtask,
        summary: `${rnd.pick(VERBS[ISSUE_TYPE.subtask] ?? [])} ${parent.summary.toLowerCase()}`,
        parent,
        state,
        // Never before the parent: keys then grow down the hierarchy, as in a real project.
        createdDay: maxDate(
          parent.createdDay,
          minDate(addDays(parent.createdDay, rnd.int(0, 5)), resolvedDay ?? today),
        ),
        resolvedDay,
        priorityId: parent.priorityId,
        assigneeId: parent.assigneeId,
        dueDate: null,
        points: null,
        estimate: rnd.chance(0.5) ? rnd.pick([1, 2, 4]) * 3600 : null,
        // Half of them carry the parent's version: readiness must still skip sub-tasks.
        fixVersionIds: rnd.chance(0.5) ? [...parent.fixVersionIds] : [],
      });
    }
  }

  /** An epic or initiative; status, dates and resolution are filled in by rollUp. */
  container(plan: ProjectPlan, type: string, summary: string, parent: Draft | null): Draft {
    const { rnd } = this;
    return this.draft(plan, {
      type,
      summary,
      parent,
      state: 'todo',
      createdDay: this.today,
      resolvedDay: null,
      priorityId: rnd.weighted([
        [PRIORITY.high, 1],
        [PRIORITY.medium, 2],
      ]),
      assigneeId: rnd.chance(0.1) ? null : (plan.team[0] as DemoUser).accountId,
      dueDate: null,
      points: null,
      estimate: null,
      fixVersionIds: [],
    });
  }

  /** A container's state follows its children; it is created before the earliest of them. */
  rollUp(draft: Draft, kids: Draft[], dueIn: number | null | undefined, versions: DemoVersion[]): void {
    const { rnd, today } = this;
    const allDone = kids.length > 0 && kids.every((k) => k.statusId === STATUS.done);
    const started = kids.some((k) => k.statusId !== STATUS.todo && k.statusId !== STATUS.triage);
    const state: State = allDone ? 'done' : started ? 'inprogress' : 'todo';
    const earliest = kids.reduce((m, k) => minDate(m, k.createdDay), today);
    draft.createdDay = addDays(earliest, -rnd.int(1, 12));
    draft.created = timestamp(rnd, draft.createdDay, today);
    draft.resolvedDay = allDone
      ? kids.reduce((m, k) => maxDate(m, k.resolvedDay ?? m), draft.createdDay)
      : null;
    this.applyState(draft, state);
    draft.updated =
      draft.resolutionDate ?? kids.reduce((m, k) => (k.updated > m ? k.updated : m), draft.created);
    if (dueIn !== undefined) {
      draft.dueDate = dueIn === null ? null : addDays(today, dueIn);
    } else {
      const dates = kids
        .flatMap((k) => k.fixVersionIds)
        .map((id) => versions.find((v) => v.id === id)?.releaseDate)
        .filter((d): d is string => !!d);
      draft.dueDate = dates.length && rnd.chance(0.85) ? dates.reduce(maxDate) : null;
    }
  }

  draft(plan: ProjectPlan, a: DraftSpec): Draft {
    const { rnd, today } = this;
    const created = timestamp(rnd, a.createdDay, today);
    const d: Draft = {
      projectKey: plan.project.key,
      summary: a.summary,
      issueTypeId: a.type,
      statusId: STATUS.todo,
      priorityId: a.priorityId,
      assigneeId: a.assigneeId,
      reporterId: rnd.pick(plan.team).accountId,
      parent: a.parent,
      labels:
        a.type === ISSUE_TYPE.initiative
          ? []
          : rnd.shuffle([...LABELS]).slice(
              0,
              rnd.weighted([
                [0, 3],
                [1, 4],
                [2, 2],
              ] as const),
            ),
      dueDate: a.dueDate,
      created,
      updated: created,
      resolutionDate: null,
      resolutionId: null,
      points: a.points,
      originalEstimateSeconds: a.estimate,
      fixVersionIds: a.fixVersionIds,
      createdDay: a.createdDay,
      resolvedDay: a.resolvedDay,
    };
    this.applyState(d, a.state);
    d.updated = d.resolutionDate ?? created;
    return d;
  }

  applyState(d: Draft, state: State): void {
    const { rnd, today } = this;
    if (state === 'done') {
      d.statusId = STATUS.done;
      d.resolutionId = RESOLUTION.done;
      const day = d.resolvedDay ?? today;
      let ts = timestamp(rnd, day, today);
      if (ts <= d.created) ts = d.created.replace(/T\d\d/, 'T17');
      d.resolutionDate = ts;
    } else {
      d.statusId =
        state === 'inprogress'
          ? rnd.chance(0.35)
            ? STATUS.inReview
            : STATUS.inProgress
          : STATUS.todo;
      d.resolutionId = null;
      d.resolutionDate = null;
      d.resolvedDay = null;
    }
  }
}

/** Jira's timestamp format; today's times stay before noon, which is what `now()` means. */
function timestamp(rnd: Random, day: DateString, today: DateString): string {
  const hour = day === today ? rnd.int(8, 11) : rnd.int(8, 17);
  const minute = rnd.int(0, 59);
  const second = rnd.int(0, 59);
  return `${day}T${pad(hour)}:${pad(minute)}:${pad(second)}.000+0000`;
}

function pad(n: number): string {
  return String(n).padStart(2, '0');
}
