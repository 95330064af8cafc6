/**
 * A scripted project (plans.ts) made real: its versions, then initiatives → epics → leaves with
 * sub-tasks, each version's issues dealt the states its plan scripts, plus the few rare states the
 * SPEC names.
 */
import { addDays } from './days';
import type { Draft, Generator } from './generator';
import { ISSUE_TYPE, PRIORITY, RESOLUTION, STATUS, type DemoVersion } from './model';
import { DEMO_VERSIONS, type Bundle, type EpicPlan, type ProjectPlan, type State } from './plans';

/** One generated project: its versions and issue drafts (ids from `versionOffset` on). */
export interface GeneratedProject {
  versions: DemoVersion[];
  drafts: Draft[];
}

export function scriptedProject(gen: Generator, plan: ProjectPlan, versionOffset: number): GeneratedProject {
  const { rnd, today } = gen;
  const versions: DemoVersion[] = plan.versions.map((vp, i) => ({
    id: String(10100 + versionOffset + i),
    projectId: plan.project.id,
    projectKey: plan.project.key,
    name: vp.name,
    description: vp.description,
    released: vp.released,
    archived: vp.archived ?? false,
    releaseDate: vp.releaseIn === null ? null : addDays(today, vp.releaseIn),
    // Eight-week release cycles: a version starts 56 days before its release date.
    startDate: vp.releaseIn === null ? null : addDays(today, vp.releaseIn - 56),
    sequence: gen.nextSequence(),
  }));
  const byName = new Map(versions.map((v) => [v.name, v]));

  // Pre-deal each version's states, shuffled, so the scripted counts hold wherever the
  // version's issues sit in the hierarchy.
  const deck = new Map<string, State[]>();
  for (const vp of plan.versions) {
    const s = vp.states ?? { done: 0, inprogress: 0, todo: 0 };
    const states: State[] = [
      ...Array<State>(s.done).fill('done'),
      ...Array<State>(s.inprogress).fill('inprogress'),
      ...Array<State>(s.todo).fill('todo'),
    ];
    deck.set(vp.name, rnd.shuffle(states));
  }
  const planOf = new Map(plan.versions.map((vp) => [vp.name, vp]));
  const drafts: Draft[] = [];

  const leaves = (bundles: readonly Bundle[], parent: Draft | null): Draft[] => {
    const out: Draft[] = [];
    for (const [versionName, count] of bundles) {
      for (let n = 0; n < count; n++) {
        const version = versionName ? byName.get(versionName) : undefined;
        const vp = versionName ? planOf.get(versionName) : undefined;
        let state: State;
        if (!vp)
          state = rnd.weighted<State>([
            ['done', 3],
            ['inprogress', 3],
            ['todo', 4],
          ]);
        else if (vp.released) state = 'done';
        else state = deck.get(vp.name)?.pop() ?? 'todo';
        const window: [number, number] =
          vp?.resolvedWithin ??
          (vp?.releaseIn != null && vp.released
            ? [vp.releaseIn - 35, vp.releaseIn - 1]
            : [-60, -1]);
        const leaf = gen.leaf(plan, parent, version ?? null, state, window);
        out.push(leaf);
        drafts.push(leaf, ...gen.subtasks(plan, leaf, window));
      }
    }
    return out;
  };

  const epic = (ep: EpicPlan, parent: Draft | null): Draft => {
    const draft = gen.container(plan, ISSUE_TYPE.epic, ep.summary, parent);
    drafts.push(draft);
    const kids = leaves(ep.bundles, draft);
    gen.rollUp(draft, kids, ep.dueIn, versions);
    return draft;
  };

  for (const ip of plan.initiatives) {
    const init = gen.container(plan, ISSUE_TYPE.initiative, ip.summary, null);
    drafts.push(init);
    const epics = ip.epics.map((ep) => epic(ep, init));
    gen.rollUp(init, epics, ip.dueIn, versions);
  }
  for (const ep of plan.epics) epic(ep, null);
  leaves(plan.orphans, null);

  // Two rarely seen states: an issue in a status with category `undefined` (SPEC §1), and a
  // done issue resolved as "Won't Do" (SPEC §1: only the category decides done).
  const backlog = drafts.filter(
    (d) => d.fixVersionIds.length && d.parent === null && d.statusId === STATUS.todo,
  );
  if (plan.project.key === 'PO') backlog.slice(0, 2).forEach((d) => (d.statusId = STATUS.triage));
  const doneLeaf = drafts.find(
    (d) => d.issueTypeId === ISSUE_TYPE.bug && d.statusId === STATUS.done,
  );
  if (doneLeaf) doneLeaf.resolutionId = RESOLUTION.wontDo;

  // The blocked version needs exactly one open Blocker; the others stay free of blocker
  // priorities among open issues so their verdicts are not accidentally not_ready.
  const blocked = byName.get(DEMO_VERSIONS.poBlocked);
  if (blocked) {
    const open = drafts.find(
      (d) =>
        d.fixVersionIds.includes(blocked.id) &&
        d.statusId === STATUS.todo &&
        d.issueTypeId !== ISSUE_TYPE.subtask,
    );
    if (open) open.priorityId = PRIORITY.blocker;
  }

  return { versions, drafts };
}
