/** The benchmark project BIG: initiatives → epics → `units` level-0 issues, no sub-tasks (only with a large scale). */
import { addDays } from './days';
import type { Draft, Generator } from './generator';
import { ISSUE_TYPE, type DemoVersion } from './model';
import { ALEX, CHEN, DEMO_VERSIONS, FATIMA, JORDAN, PO_PLAN, SAM, type ProjectPlan, type State } from './plans';
import type { GeneratedProject } from './scripted-project';

/** Size of the benchmark project `BIG` (only with `scale: 'large'` or an explicit object). */
export interface LargeScale {
  /** Level-0 work units, spread evenly over the epics. */
  units: number;
  epics: number;
  /** How many of the units carry the version `BIG 1.0`. */
  versionIssues: number;
}

export const DEFAULT_LARGE_SCALE: LargeScale = { units: 10_000, epics: 250, versionIssues: 5_000 };

/** BIG's project record (its lead is the demo lead). */
export const BIG_PROJECT = { id: '10002', key: 'BIG', name: 'Big Roadmap' } as const;

export function largeProject(gen: Generator, scale: LargeScale, versionOffset: number): GeneratedProject {
  const { rnd, today } = gen;
  const mk = (i: number, name: string, releaseIn: number, released: boolean): DemoVersion => ({
    id: String(10100 + versionOffset + i),
    projectId: BIG_PROJECT.id,
    projectKey: BIG_PROJECT.key,
    name,
    description: '',
    released,
    archived: false,
    releaseDate: addDays(today, releaseIn),
    startDate: null,
    sequence: gen.nextSequence(),
  });
  const versions = [mk(0, 'BIG 0.9', -30, true), mk(1, DEMO_VERSIONS.bigVersion, 30, false), mk(2, 'BIG 2.0', 120, false)];
  const plan: ProjectPlan = {
    ...PO_PLAN,
    project: { ...BIG_PROJECT, description: '' },
    team: [ALEX, SAM, JORDAN, CHEN, FATIMA],
  };
  const drafts: Draft[] = [];
  const initiatives = Array.from({ length: Math.max(1, Math.ceil(scale.epics / 25)) }, (_, i) => {
    const d = gen.container(plan, ISSUE_TYPE.initiative, `Theme ${i + 1}`, null);
    drafts.push(d);
    return d;
  });
  const epics = Array.from({ length: scale.epics }, (_, i) => {
    const d = gen.container(
      plan,
      ISSUE_TYPE.epic,
      `Capability ${i + 1}`,
      initiatives[i % initiatives.length] as Draft,
    );
    drafts.push(d);
    return d;
  });
  const kids = new Map<Draft, Draft[]>();
  for (let u = 0; u < scale.units; u++) {
    const parent = epics[u % epics.length] as Draft;
    const inVersion = u < scale.versionIssues;
    const version = inVersion
      ? versions[1]
      : u % 3 === 0
        ? versions[0]
        : u % 3 === 1
          ? versions[2]
          : null;
    const state: State =
      version === versions[0]
        ? 'done'
        : rnd.weighted<State>([
            ['done', 5],
            ['inprogress', 2],
            ['todo', 3],
          ]);
    const leaf = gen.leaf(plan, parent, version ?? null, state, [-40, 0]);
    drafts.push(leaf);
    const list = kids.get(parent);
    if (list) list.push(leaf);
    else kids.set(parent, [leaf]);
  }
  for (const e of epics) gen.rollUp(e, kids.get(e) ?? [], undefined, versions);
  for (const i of initiatives)
    gen.rollUp(
      i,
      epics.filter((e) => e.parent === i),
      rnd.int(-20, 60),
      versions,
    );
  return { versions, drafts };
}
