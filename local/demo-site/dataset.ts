/**
 * A deterministic, believable product organisation for the demo Jira site: same seed and today
 * give identical data (a seeded PRNG; never Math.random or the clock).
 *
 * The shape is scripted (plans.ts: which epics, which versions, how many issues per version in
 * which state) so readiness and roadmap tests have stable stories to tell; the PRNG fills in the
 * details (generator.ts: types, points, assignees, exact dates).
 */
import { assertDate } from './days';
import { Generator, type Draft } from './generator';
import { BIG_PROJECT, DEFAULT_LARGE_SCALE, largeProject, type LargeScale } from './large-project';
import {
  DEMO_USERS,
  FIELDS,
  ISSUE_TYPES,
  PRIORITIES,
  RESOLUTIONS,
  STATUSES,
  STATUS_CATEGORIES,
  STORY_POINTS_FIELD_ID,
  allUsers,
  type Dataset,
  type DateString,
  type DemoIssue,
  type DemoProject,
  type DemoUser,
  type DemoVersion,
} from './model';
import { MOB_PLAN, PO_PLAN } from './plans';
import { createRng, Random } from './random';
import { scriptedProject } from './scripted-project';

export interface DatasetOptions {
  seed?: number;
  /** As-of date `YYYY-MM-DD` everything is relative to. */
  today: DateString;
  /** `demo` (default): PO and MOB. `large` or a LargeScale: also the benchmark project BIG. */
  scale?: 'demo' | 'large' | LargeScale;
}

export function createDataset(opts: DatasetOptions): Dataset {
  const seed = opts.seed ?? 42;
  const today = opts.today;
  assertDate(today);
  const gen = new Generator(new Random(createRng(seed)), today);

  const projects: DemoProject[] = [];
  const versions: DemoVersion[] = [];
  const drafts: Draft[] = [];
  for (const plan of [PO_PLAN, MOB_PLAN]) {
    const leadAccountId = (plan.team[0] as DemoUser).accountId;
    projects.push({ ...plan.project, leadAccountId });
    const out = scriptedProject(gen, plan, versions.length);
    versions.push(...out.versions);
    drafts.push(...out.drafts);
  }
  const scale = opts.scale === 'large' ? DEFAULT_LARGE_SCALE : opts.scale === 'demo' ? undefined : opts.scale;
  if (scale) {
    projects.push({ ...BIG_PROJECT, description: 'Benchmark project.', leadAccountId: DEMO_USERS.lead.accountId });
    const out = largeProject(gen, scale, versions.length);
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
export function createLargeDataset(opts: Omit<DatasetOptions, 'scale'> & { scale?: LargeScale }): Dataset {
  return createDataset({ ...opts, scale: opts.scale ?? DEFAULT_LARGE_SCALE });
}

/** Keys and ids in creation order, as Jira numbers them. */
function finalise(drafts: Draft[]): DemoIssue[] {
  // Parents exist before their children: a child's created time is never earlier (Generator.subtasks),
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
