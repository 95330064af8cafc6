/**
 * A deterministic, believable product organisation for the demo Jira site: same seed and today
 * give identical data (a seeded PRNG; never Math.random or the clock).
 *
 * The shape is scripted (which epics, which versions, how many issues per version in which state)
 * so readiness and roadmap tests have stable stories to tell; the PRNG fills in the details
 * (types, points, assignees, exact dates).
 */
import {
  DEMO_USERS,
  FIELDS,
  ISSUE_TYPE,
  ISSUE_TYPES,
  PRIORITIES,
  PRIORITY,
  RESOLUTION,
  RESOLUTIONS,
  STATUS,
  STATUSES,
  STATUS_CATEGORIES,
  STORY_POINTS_FIELD_ID,
  TEAM_USERS,
  type Dataset,
  type DateString,
  type DemoIssue,
  type DemoProject,
  type DemoUser,
  type DemoVersion,
} from './model';

/** Size of the benchmark project `BIG` (only with `scale: 'large'` or an explicit object). */
export interface LargeScale {
  /** Level-0 work units, spread evenly over the epics. */
  units: number;
  epics: number;
  /** How many of the units carry the version `BIG 1.0`. */
  versionIssues: number;
}

export const DEFAULT_LARGE_SCALE: LargeScale = {
  units: 10_000,
  epics: 250,
  versionIssues: 5_000,
};

export interface DatasetOptions {
  seed?: number;
  /** As-of date `YYYY-MM-DD` everything is relative to. */
  today: DateString;
  /** `demo` (default): PO and MOB. `large` or a LargeScale: also the benchmark project BIG. */
  scale?: 'demo' | 'large' | LargeScale;
}

/** Names of versions with a story to tell (readiness tests and the demo script use them). */
export const DEMO_VERSIONS = {
  /** PO, released and archived long ago. */
  poArchived: 'PO 1.0',
  poReleased: 'PO 1.2',
  /** PO, unreleased, release date 4 days ago, work unfinished → not_ready. */
  poPastDue: 'PO 1.3 Hotfix',
  /** PO, release in 10 days, 17 of 20 done, fast throughput → on_track (nearly ready). */
  poNearlyReady: 'PO 2.0',
  /** PO, release in 40 days, an open issue with priority Blocker → not_ready. */
  poBlocked: 'PO 2.1',
  /** PO, release in 120 days, no issues at all → not_ready. */
  poEmpty: 'PO 3.0',
  /** PO, unreleased, no release date. */
  poNoDate: 'PO Backlog',
  /** MOB, release in 7 days, every issue done → ready once signed off (at_risk without). */
  mobAllDone: 'Mobile 5.0',
  /** MOB, release in 30 days, 2 of 16 done → at_risk. */
  mobAtRisk: 'Mobile 5.1',
  /** MOB, unreleased, no release date. */
  mobNoDate: 'Mobile Someday',
  /** BIG (large dataset only): 5,000 issues. */
  bigVersion: 'BIG 1.0',
} as const;

// ---------------------------------------------------------------------------------------------
// Public helpers for tests

/** Issues of the dataset, optionally narrowed to a project and/or a fix version name. */
export function issuesOf(
  ds: Dataset,
  filter: { project?: string; fixVersion?: string; level?: number } = {},
): DemoIssue[] {
  const versionIds = filter.fixVersion
    ? new Set(
        ds.versions
          .filter(
            (v) =>
              v.name === filter.fixVersion && (!filter.project || v.projectKey === filter.project),
          )
          .map((v) => v.id),
      )
    : null;
  return ds.issues.filter(
    (i) =>
      (!filter.project || i.projectKey === filter.project) &&
      (!versionIds || i.fixVersionIds.some((id) => versionIds.has(id))) &&
      (filter.level === undefined || levelOf(ds, i) === filter.level),
  );
}

export function issueByKey(ds: Dataset, key: string): DemoIssue | undefined {
  return ds.issues.find((i) => i.key === key);
}

export function versionByName(
  ds: Dataset,
  projectKey: string,
  name: string,
): DemoVersion | undefined {
  return ds.versions.find((v) => v.projectKey === projectKey && v.name === name);
}

export function levelOf(ds: Dataset, issue: DemoIssue): number {
  return ds.issueTypes.find((t) => t.id === issue.issueTypeId)?.hierarchyLevel ?? 0;
}

export function statusCategoryKeyOf(ds: Dataset, issue: DemoIssue): string {
  const status = ds.statuses.find((s) => s.id === issue.statusId);
  return ds.statusCategories.find((c) => c.id === status?.categoryId)?.key ?? 'undefined';
}

export function childrenOf(ds: Dataset, key: string): DemoIssue[] {
  return ds.issues.filter((i) => i.parentKey === key);
}

/** All users of the site: the three login personas and the team. */
export function allUsers(): DemoUser[] {
  return [DEMO_USERS.lead, DEMO_USERS.mobile, DEMO_USERS.outsider, ...TEAM_USERS];
}

// ---------------------------------------------------------------------------------------------
// Generation

/** Small, fast, well-distributed 32-bit PRNG (mulberry32). */
export function createRng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export class Random {
  constructor(private readonly next: () => number) {}
  float(): number {
    return this.next();
  }
  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }
  chance(p: number): boolean {
    return this.next() < p;
  }
  pick<T>(items: readonly T[]): T {
    return items[Math.floor(this.next() * items.length)] as T;
  }
  weighted<T>(items: readonly (readonly [T, number])[]): T {
    const total = items.reduce((s, [, w]) => s + w, 0);
    let r = this.next() * total;
    for (const [item, w] of items) {
      r -= w;
      if (r < 0) return item;
    }
    return items[items.length - 1]![0];
  }
  shuffle<T>(items: T[]): T[] {
    for (let i = items.length - 1; i > 0; i--) {
      const j = Math.floor(this.next() * (i + 1));
      [items[i], items[j]] = [items[j] as T, items[i] as T];
    }
    return items;
  }
}

export function addDays(date: DateString, days: number): DateString {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

function assertDate(date: string): void {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(date) || Number.isNaN(Date.parse(`${date}T00:00:00Z`))) {
    throw new Error(`today must be YYYY-MM-DD, got '${date}'`);
  }
}

type State = 'todo' | 'inprogress' | 'done';

/** How a version's issues stand: counts by state and when the done ones were resolved. */
interface VersionPlan {
  name: string;
  /** Release date as days from today; null = no date. */
  releaseIn: number | null;
  released: boolean;
  archived?: boolean;
  description: string;
  /** State of each issue, in the order issues are drawn for it. Released: all done. */
  states?: { done: number; inprogress: number; todo: number };
  /** Window for resolution dates, days relative to today (inclusive). */
  resolvedWithin?: [number, number];
}

/** A group of leaves inside an epic: how many, and which version they carry (null = none). */
type Bundle = readonly [version: string | null, count: number];

interface EpicPlan {
  summary: string;
  bundles: readonly Bundle[];
  /** Due date as days from today; undefined = derived from the versions; null = none. */
  dueIn?: number | null;
}

interface InitiativePlan {
  summary: string;
  dueIn: number | null;
  epics: readonly EpicPlan[];
}

interface ProjectPlan {
  project: Omit<DemoProject, 'leadAccountId'>;
  team: readonly DemoUser[];
  versions: readonly VersionPlan[];
  initiatives: readonly InitiativePlan[];
  /** Epics without a parent. */
  epics: readonly EpicPlan[];
  /** Leaves without a parent. */
  orphans: readonly Bundle[];
  topics: readonly string[];
}

const [ALEX, SAM, JORDAN, CHEN, TAYLOR, FATIMA] = TEAM_USERS as [
  DemoUser,
  DemoUser,
  DemoUser,
  DemoUser,
  DemoUser,
  DemoUser,
];

const PO_PLAN: ProjectPlan = {
  project: {
    id: '10000',
    key: 'PO',
    name: 'Platform',
    description: 'Core platform: accounts, billing, reliability.',
  },
  team: [DEMO_USERS.lead, ALEX, SAM, JORDAN, TAYLOR],
  versions: [
    {
      name: 'PO 1.0',
      releaseIn: -300,
      released: true,
      archived: true,
      description: 'First public release',
    },
    {
      name: 'PO 1.1',
      releaseIn: -120,
      released: true,
      description: 'Signup and billing basics',
    },
    { name: 'PO 1.2', releaseIn: -45, released: true, description: 'Alerting' },
    {
      name: 'PO 1.3 Hotfix',
      releaseIn: -4,
      released: false,
      description: 'Failover hotfix',
      states: { done: 5, inprogress: 3, todo: 0 },
      resolvedWithin: [-20, -5],
    },
    {
      name: 'PO 2.0',
      releaseIn: 10,
      released: false,
      description: 'Guided onboarding',
      states: { done: 17, inprogress: 2, todo: 1 },
      resolvedWithin: [-13, 0],
    },
    {
      name: 'PO 2.1',
      releaseIn: 40,
      released: false,
      description: 'Analytics and invoices',
      states: { done: 5, inprogress: 6, todo: 7 },
      resolvedWithin: [-27, -3],
    },
    {
      name: 'PO 3.0',
      releaseIn: 120,
      released: false,
      description: 'Next big thing',
    },
    {
      name: 'PO Backlog',
      releaseIn: null,
      released: false,
      description: 'Unscheduled',
      states: { done: 0, inprogress: 1, todo: 9 },
    },
  ],
  initiatives: [
    {
      summary: 'Self-serve onboarding',
      dueIn: 30,
      epics: [
        {
          summary: 'Signup flow redesign',
          bundles: [
            ['PO 1.1', 6],
            ['PO 1.2', 3],
          ],
        },
        {
          summary: 'Guided product tour',
          bundles: [
            ['PO 2.0', 8],
            ['PO 2.1', 3],
          ],
        },
        {
          summary: 'Onboarding analytics',
          bundles: [
            ['PO 2.1', 6],
            [null, 2],
          ],
        },
      ],
    },
    {
      summary: 'Platform reliability',
      dueIn: -10,
      epics: [
        {
          summary: 'Incident alerting',
          bundles: [
            ['PO 1.2', 5],
            ['PO 1.3 Hotfix', 4],
          ],
          dueIn: -6,
        },
        {
          summary: 'Database failover',
          bundles: [
            ['PO 1.3 Hotfix', 4],
            ['PO 2.0', 6],
          ],
        },
        {
          summary: 'Rate limiting',
          bundles: [
            ['PO 2.0', 6],
            ['PO 2.1', 4],
          ],
        },
      ],
    },
    {
      summary: 'Billing revamp',
      dueIn: null,
      epics: [
        {
          summary: 'Invoice PDF export',
          bundles: [
            ['PO 2.1', 5],
            ['PO Backlog', 3],
          ],
        },
        // An empty epic under an initiative (SPEC §2: adds nothing to the initiative).
        { summary: 'Tax engine integration', bundles: [], dueIn: 90 },
      ],
    },
  ],
  epics: [
    {
      summary: 'Legacy API sunset',
      bundles: [
        ['PO 1.0', 5],
        ['PO 1.1', 3],
      ],
    },
    // An epic with no children and no parent, overdue: its own single unit.
    { summary: 'Accessibility audit', bundles: [], dueIn: -3 },
  ],
  orphans: [
    ['PO Backlog', 7],
    ['PO 1.2', 2],
    [null, 3],
  ],
  topics: [
    'login',
    'billing',
    'webhooks',
    'search',
    'audit log',
    'SSO',
    'API keys',
    'rate limits',
    'exports',
    'notifications',
  ],
};

const MOB_PLAN: ProjectPlan = {
  project: {
    id: '10001',
    key: 'MOB',
    name: 'Mobile App',
    description: 'iOS and Android apps.',
  },
  team: [DEMO_USERS.mobile, CHEN, FATIMA, SAM],
  versions: [
    {
      name: 'Mobile 4.8',
      releaseIn: -60,
      released: true,
      description: 'Crash fixes',
    },
    {
      name: 'Mobile 4.9',
      releaseIn: -20,
      released: true,
      description: 'Offline reading',
    },
    {
      name: 'Mobile 5.0',
      releaseIn: 7,
      released: false,
      description: 'Offline editing',
      states: { done: 12, inprogress: 0, todo: 0 },
      resolvedWithin: [-25, -1],
    },
    {
      name: 'Mobile 5.1',
      releaseIn: 30,
      released: false,
      description: 'Dark mode',
      states: { done: 2, inprogress: 4, todo: 10 },
      resolvedWithin: [-12, -2],
    },
    {
      name: 'Mobile Someday',
      releaseIn: null,
      released: false,
      description: 'Ideas',
      states: { done: 0, inprogress: 0, todo: 6 },
    },
  ],
  initiatives: [
    {
      summary: 'Mobile app 5',
      dueIn: 35,
      epics: [
        {
          summary: 'Offline mode',
          bundles: [
            ['Mobile 4.9', 5],
            ['Mobile 5.0', 6],
          ],
        },
        {
          summary: 'Push notification preferences',
          bundles: [
            ['Mobile 5.0', 6],
            ['Mobile 5.1', 4],
          ],
        },
        { summary: 'Dark mode', bundles: [['Mobile 5.1', 8]] },
        {
          summary: 'App store ratings prompt',
          bundles: [
            ['Mobile 5.1', 4],
            [null, 2],
          ],
          dueIn: -2,
        },
      ],
    },
  ],
  epics: [
    {
      summary: 'Crash reporting',
      bundles: [
        ['Mobile 4.8', 6],
        ['Mobile 4.9', 3],
      ],
    },
  ],
  orphans: [
    ['Mobile Someday', 6],
    [null, 3],
  ],
  topics: [
    'offline sync',
    'push',
    'dark theme',
    'widgets',
    'deep links',
    'biometric login',
    'tablet layout',
    'app rating',
  ],
};

const LABELS = [
  'backend',
  'frontend',
  'ux',
  'tech-debt',
  'security',
  'customer-request',
  'performance',
];
const VERBS: Record<string, readonly string[]> = {
  [ISSUE_TYPE.story]: ['Users can manage', 'Show', 'Let admins configure', 'Support', 'Improve'],
  [ISSUE_TYPE.task]: ['Set up', 'Document', 'Migrate', 'Clean up', 'Automate'],
  [ISSUE_TYPE.bug]: [
    'Fix crash in',
    'Wrong totals in',
    'Timeout in',
    'Broken layout of',
    'Typo in',
  ],
  [ISSUE_TYPE.subtask]: ['Write tests for', 'Review', 'Design', 'Implement'],
};

/** An issue while it is being generated: no key, id or rank yet. */
interface Draft extends Omit<DemoIssue, 'id' | 'key' | 'rank' | 'parentKey'> {
  parent: Draft | null;
  createdDay: DateString;
  resolvedDay: DateString | null;
  key?: string;
}

export function createDataset(opts: DatasetOptions): Dataset {
  const seed = opts.seed ?? 42;
  const today = opts.today;
  assertDate(today);
  const rnd = new Random(createRng(seed));
  const gen = new Generator(rnd, today);

  const projects: DemoProject[] = [];
  const versions: DemoVersion[] = [];
  const drafts: Draft[] = [];
  for (const plan of [PO_PLAN, MOB_PLAN]) {
    const leadAccountId = (plan.team[0] as DemoUser).accountId;
    projects.push({ ...plan.project, leadAccountId });
    const out = gen.project(plan, versions.length);
    versions.push(...out.versions);
    drafts.push(...out.drafts);
  }
  const scale =
    opts.scale === 'large' ? DEFAULT_LARGE_SCALE : opts.scale === 'demo' ? undefined : opts.scale;
  if (scale) {
    projects.push({
      id: '10002',
      key: 'BIG',
      name: 'Big Roadmap',
      description: 'Benchmark project.',
      leadAccountId: DEMO_USERS.lead.accountId,
    });
    const out = gen.big(scale, versions.length);
    versions.push(...out.versions);
    drafts.push(...out.drafts);
  }

  return {
    seed,
    today,
    now: new Date(`${today}T12:00:00.000Z`),
    projects,
    versions,
    issues: finalise(drafts),
    users: allUsers(),
    statusCategories: [...STATUS_CATEGORIES],
    statuses: [...STATUSES],
    issueTypes: [...ISSUE_TYPES],
    priorities: [...PRIORITIES],
    resolutions: [...RESOLUTIONS],
    fields: [...FIELDS],
    storyPointsFieldId: STORY_POINTS_FIELD_ID,
  };
}

/** The demo dataset plus the benchmark project BIG (10,000 units, a 5,000-issue version). */
export function createLargeDataset(
  opts: Omit<DatasetOptions, 'scale'> & { scale?: LargeScale },
): Dataset {
  return createDataset({ ...opts, scale: opts.scale ?? DEFAULT_LARGE_SCALE });
}

/** Keys and ids in creation order, as Jira numbers them. */
function finalise(drafts: Draft[]): DemoIssue[] {
  // Parents exist before their children: a child's created time is never earlier (see below),
  // and the stable sort keeps generation order for equal timestamps.
  const order = drafts
    .map((d, i) => ({ d, i }))
    .sort((a, b) => (a.d.created < b.d.created ? -1 : a.d.created > b.d.created ? 1 : a.i - b.i));
  const counters = new Map<string, number>();
  order.forEach(({ d }) => {
    const n = (counters.get(d.projectKey) ?? 0) + 1;
    counters.set(d.projectKey, n);
    d.key = `${d.projectKey}-${n}`;
  });
  return order.map(({ d }, rank) => {
    const { parent, createdDay: _c, resolvedDay: _r, key, ...rest } = d;
    return {
      ...rest,
      id: String(10001 + rank),
      key: key as string,
      parentKey: parent?.key ?? null,
      rank,
    };
  });
}

class Generator {
  private versionSeq = 0;

  constructor(
    private readonly rnd: Random,
    private readonly today: DateString,
  ) {}

  project(plan: ProjectPlan, versionOffset: number): { versions: DemoVersion[]; drafts: Draft[] } {
    const { rnd, today } = this;
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
      sequence: ++this.versionSeq,
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
          const leaf = this.leaf(plan, parent, version ?? null, state, window);
          out.push(leaf);
          drafts.push(leaf, ...this.subtasks(plan, leaf, window));
        }
      }
      return out;
    };

    const epic = (ep: EpicPlan, parent: Draft | null): Draft => {
      const draft = this.container(plan, ISSUE_TYPE.epic, ep.summary, parent);
      drafts.push(draft);
      const kids = leaves(ep.bundles, draft);
      this.rollUp(draft, kids, ep.dueIn, versions);
      return draft;
    };

    for (const ip of plan.initiatives) {
      const init = this.container(plan, ISSUE_TYPE.initiative, ip.summary, null);
      drafts.push(init);
      const epics = ip.epics.map((ep) => epic(ep, init));
      this.rollUp(init, epics, ip.dueIn, versions);
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

  /** The benchmark project: initiatives → epics → `units` level-0 issues, no sub-tasks. */
  big(scale: LargeScale, versionOffset: number): { versions: DemoVersion[]; drafts: Draft[] } {
    const { rnd, today } = this;
    const mk = (i: number, name: string, releaseIn: number, released: boolean): DemoVersion => ({
      id: String(10100 + versionOffset + i),
      projectId: '10002',
      projectKey: 'BIG',
      name,
      description: '',
      released,
      archived: false,
      releaseDate: addDays(today, releaseIn),
      startDate: null,
      sequence: ++this.versionSeq,
    });
    const versions = [
      mk(0, 'BIG 0.9', -30, true),
      mk(1, DEMO_VERSIONS.bigVersion, 30, false),
      mk(2, 'BIG 2.0', 120, false),
    ];
    const plan: ProjectPlan = {
      ...PO_PLAN,
      project: {
        id: '10002',
        key: 'BIG',
        name: 'Big Roadmap',
        description: '',
      },
      team: [ALEX, SAM, JORDAN, CHEN, FATIMA],
    };
    const drafts: Draft[] = [];
    const initiatives = Array.from({ length: Math.max(1, Math.ceil(scale.epics / 25)) }, (_, i) => {
      const d = this.container(plan, ISSUE_TYPE.initiative, `Theme ${i + 1}`, null);
      drafts.push(d);
      return d;
    });
    const epics = Array.from({ length: scale.epics }, (_, i) => {
      const d = this.container(
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
      const leaf = this.leaf(plan, parent, version ?? null, state, [-40, 0]);
      drafts.push(leaf);
      const list = kids.get(parent);
      if (list) list.push(leaf);
      else kids.set(parent, [leaf]);
    }
    for (const e of epics) this.rollUp(e, kids.get(e) ?? [], undefined, versions);
    for (const i of initiatives)
      this.rollUp(
        i,
        epics.filter((e) => e.parent === i),
        rnd.int(-20, 60),
        versions,
      );
    return { versions, drafts };
  }

  private leaf(
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

  private subtasks(plan: ProjectPlan, parent: Draft, window: [number, number]): Draft[] {
    const { rnd } = this;
    if (parent.issueTypeId === ISSUE_TYPE.bug || !rnd.chance(0.3)) return [];
    return Array.from({ length: rnd.int(1, 3) }, () => {
      const sub = this.subtask(plan, parent, window);
      // Same day, earlier hour: take the parent's timestamp so the key order stays parent first.
      if (sub.created < parent.created) sub.created = sub.updated = parent.created;
      return sub;
    });
  }

  private subtask(plan: ProjectPlan, parent: Draft, window: [number, number]): Draft {
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
  private container(plan: ProjectPlan, type: string, summary: string, parent: Draft | null): Draft {
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
  private rollUp(
    draft: Draft,
    kids: Draft[],
    dueIn: number | null | undefined,
    versions: DemoVersion[],
  ): void {
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

  private draft(
    plan: ProjectPlan,
    a: {
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
    },
  ): Draft {
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

  private applyState(d: Draft, state: State): void {
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

function minDate(a: DateString, b: DateString): DateString {
  return a < b ? a : b;
}

function maxDate(a: DateString, b: DateString): DateString {
  return a > b ? a : b;
}
