/**
 * The scale benchmarks for `npm run bench`: first and repeat views of roadmaps of 1k–50k units and
 * of a version of half that, against the demo site, in requests, Atlassian points, sequential
 * rounds and time; and the pure domain (the whole view) at 100k and 1M units.
 */
import type { Issue } from '../src/domain/types';
import { createJiraClient, jiraPorts } from '../src/jira';
import { fetchTransport } from '../local/node/jira-fetch-transport';
import { createLargeDataset, DEMO_API_TOKEN, DEMO_USERS, DEMO_VERSIONS, levelOf, startDemoSite, todayUtc, type DemoSite } from '../local/demo-site';
import { viewFromRead } from '../src/services/roadmap';
import { readRoadmapCached } from '../src/services/roadmap-cached';
import { readRoadmap } from '../src/services/roadmap-reader';
import { searchCached } from '../src/services/issues-cached';
import { READINESS_CONCURRENCY, READINESS_FIELDS, versionJql } from '../src/services/readiness';
import type { RoadmapRead } from '../src/services/roadmap-reader';
import type { ViewerCache } from '../src/services/tree-cache';
import { MemoryStore } from '../src/store/memory-store';

/** Atlassian's Tier 1: one hourly quota shared by every tenant of the app. */
export const TIER1_POINTS_PER_HOUR = 65_000;
const LATENCY_MS = 100;
const PROJECTED_MS = [LATENCY_MS, 500, 1000];
/** Roadmap sizes in work items; `BENCH_SIZES=20000,50000` picks others. */
export const SIZES = (process.env.BENCH_SIZES ?? '1000,10000,20000,50000').split(',').map(Number).filter((x) => Number.isInteger(x) && x > 0);

const n = (x: number): string => x.toLocaleString('en-US');
const s = (ms: number): string => `${(ms / 1000).toFixed(1)} s`;

interface Measured {
  requests: number;
  points: number;
  rounds: number;
  ms: number;
}

/** The in-process demo site shares this process's CPU: give slow answers time rather than fail. */
function clientFor(site: DemoSite) {
  return createJiraClient({ transport: fetchTransport({ baseUrl: site.url, email: DEMO_USERS.lead.email, apiToken: DEMO_API_TOKEN }), deadlineMs: 600_000, attemptTimeoutMs: 600_000 });
}

async function roadmapOnce(site: DemoSite, jql: string, cache: ViewerCache): Promise<Measured & { read: RoadmapRead }> {
  const client = clientFor(site);
  const t0 = Date.now();
  const read = await readRoadmapCached(jiraPorts(client), { jql, weight: 'points' }, cache);
  viewFromRead(read, { jql, weight: 'points', asOf: todayUtc(), groupBy: 'parent' }, site.url);
  const u = client.usage();
  return { requests: u.requests, points: u.points, rounds: read.stats.rounds, ms: Date.now() - t0, read };
}

async function versionOnce(site: DemoSite, versionId: string, cache: ViewerCache): Promise<Measured> {
  const client = clientFor(site);
  const t0 = Date.now();
  await searchCached(jiraPorts(client), versionJql(versionId), READINESS_FIELDS, READINESS_CONCURRENCY, cache);
  const u = client.usage();
  // Rounds of a flat read: a repeat is one (the count and the search of changes go together); a
  // first read is the first page, the count, the range counts, then ⌈pages ÷ lanes⌉.
  const rounds = u.requests <= 2 ? 1 : Math.ceil(u.requests / READINESS_CONCURRENCY) + 3;
  return { requests: u.requests, points: u.points, rounds, ms: Date.now() - t0 };
}

/** 1% of the work items change: 60% status, 20% estimate, 10% moved to another epic, 5% added, 5% deleted. */
function changeOnePercent(site: DemoSite, project: string): void {
  const ds = site.dataset;
  const units = ds.issues.filter((i) => i.projectKey === project && levelOf(ds, i) === 0);
  const epics = ds.issues.filter((i) => i.projectKey === project && levelOf(ds, i) === 1);
  const k = Math.max(1, Math.round(units.length / 100));
  const part = (share: number) => Math.max(1, Math.round(k * share));
  let at = 0;
  const take = (m: number) => units.slice(at, (at += m * 7)).filter((_, i) => i % 7 === 0);
  take(part(0.6)).forEach((u, i) => site.mutate.setStatus(u.key, i % 2 ? 'done' : 'indeterminate'));
  take(part(0.2)).forEach((u) => site.mutate.setPoints(u.key, 8));
  take(part(0.1)).forEach((u, i) => site.mutate.setParent(u.key, epics[(i * 13) % epics.length]!.key));
  for (let i = 0; i < part(0.05); i++) site.mutate.add({ projectKey: project, type: 'Story', parentKey: epics[(i * 17) % epics.length]!.key, summary: `Added ${i}`, points: 3 });
  take(part(0.05)).forEach((u) => site.mutate.remove(u.key));
}

const row = (what: string, m: Measured, compute = 0, points = n(m.points)): string =>
  `| ${what} | ${n(m.requests)} | ${points} | ${m.rounds} | ${PROJECTED_MS.map((l) => s(m.rounds * l + compute)).join(' / ')} | ${s(m.ms)} | ${n(Math.floor(TIER1_POINTS_PER_HOUR / m.points))} |`;

/** One size: a demo site with a BIG project of `units` work items (20 per epic) and a version of half of them. */
export async function scaleRows(units: number): Promise<string[]> {
  const site = await startDemoSite({ dataset: createLargeDataset({ today: todayUtc(), scale: { units, epics: Math.max(1, Math.round(units / 20)), versionIssues: Math.round(units / 2) } }) });
  try {
    const jql = 'project = BIG AND issuetype = Epic';
    const cache: ViewerCache = { store: new MemoryStore(), viewer: DEMO_USERS.lead.accountId };
    site.setLatency(LATENCY_MS);
    const first = await roadmapOnce(site, jql, cache);
    const t0 = Date.now();
    viewFromRead(first.read, { jql, weight: 'points', asOf: todayUtc(), groupBy: 'parent' }, site.url);
    const compute = Date.now() - t0;
    const same = await roadmapOnce(site, jql, cache);
    changeOnePercent(site, 'BIG');
    const changed = await roadmapOnce(site, jql, cache);
    const items = first.read.items.length;
    const unitsRead = first.read.descendants.length;
    const minimum = Math.ceil(items / 100) + items + Math.ceil(unitsRead / 100) + unitsRead;
    const version = site.dataset.versions.find((v) => v.projectKey === 'BIG' && v.name === DEMO_VERSIONS.bigVersion)!;
    const vcache: ViewerCache = { store: new MemoryStore(), viewer: DEMO_USERS.lead.accountId };
    const vFirst = await versionOnce(site, version.id, vcache);
    const vSame = await versionOnce(site, version.id, vcache);
    site.setLatency(0);
    return [
      row(`**${n(units)} units** (${n(items)} epics): roadmap first view`, first, compute, `${n(first.points)} (${(first.points / minimum).toFixed(2)}× the minimum ${n(minimum)})`),
      row(`roadmap repeat view, nothing changed (${((100 * same.points) / first.points).toFixed(2)}% of the first)`, same),
      row(`roadmap repeat view, 1% of work items changed (${((100 * changed.points) / first.points).toFixed(2)}%)`, changed),
      row(`readiness of ${n(Math.round(units / 2))} issues, first read`, vFirst),
      row('readiness, repeat read, nothing changed', vSame),
    ];
  } finally {
    await site.close();
  }
}

export function syntheticRead(units: number): RoadmapRead {
  const mk = (key: string, level: number, parent: string | null, i: number): Issue => {
    const cat = (['todo', 'inprogress', 'done'] as const)[i % 3]!;
    return {
      id: key, key, summary: key, issueType: level ? 'Epic' : 'Story', hierarchyLevel: level, statusName: cat, statusCategory: cat, parentKey: parent,
      priority: null, assigneeId: null, dueDate: level ? '2027-03-01' : null, created: `2026-0${1 + (i % 9)}-1${i % 10}`,
      resolutionDate: cat === 'done' ? `2026-1${i % 2}-0${1 + (i % 9)}` : null, points: i % 4 ? i % 8 : null, originalEstimateSeconds: null, fixVersionIds: [],
    };
  };
  const epics = Math.max(1, Math.round(units / 20));
  return {
    items: Array.from({ length: epics }, (_, i) => mk(`E-${i}`, 1, null, i)),
    descendants: Array.from({ length: units }, (_, i) => mk(`S-${i}`, 0, `E-${i % epics}`, i)),
    versionNames: {},
    parentSummaries: {},
    partial: null,
    stats: { requests: 0, rounds: 0, issuesRead: 0, levels: 0, elapsedMs: 0 },
  };
}

/** The whole view (report, groups, burn-up) of a synthetic roadmap: best of three, in ms. */
export function domainMs(units: number): number {
  const read = syntheticRead(units);
  let best = Infinity;
  for (let i = 0; i < 3; i++) {
    const t0 = Date.now();
    viewFromRead(read, { jql: 'x', weight: 'points', asOf: '2026-11-20', groupBy: 'parent' }, '');
    best = Math.min(best, Date.now() - t0);
  }
  return best;
}

export const SCALE_HEADER = [
  `| view | requests | points | rounds | rounds × ${LATENCY_MS} ms / 0.5 s / 1 s (+ compute) | measured here, ${LATENCY_MS} ms injected | views per hour, Tier 1 |`,
  '| --- | --- | --- | --- | --- | --- | --- |',
];

/**
 * One epic with `stories` stories: read sequentially (one page after another, the only way
 * before) and in parallel (counted, then by created ranges), in requests, points and rounds.
 */
export async function wideEpicRows(stories: number): Promise<string[]> {
  const site = await startDemoSite({ dataset: createLargeDataset({ today: todayUtc(), scale: { units: stories, epics: 1, versionIssues: 10 } }) });
  try {
    const jql = 'project = BIG AND issuetype = Epic';
    const once = async (concurrency: number): Promise<Measured> => {
      const client = clientFor(site);
      const t0 = Date.now();
      const read = await readRoadmap(jiraPorts(client), { jql, weight: 'points', concurrency });
      const u = client.usage();
      return { requests: u.requests, points: u.points, rounds: read.stats.rounds, ms: Date.now() - t0 };
    };
    site.setLatency(LATENCY_MS);
    const seq = await once(1);
    const par = await once(10);
    site.setLatency(0);
    const minimum = 1 + 1 + Math.ceil(stories / 100) + stories + 1; // the field list, the item page, the stories' pages
    return [
      row(`**one epic, ${n(stories)} stories**: sequential`, seq, 0, `${n(seq.points)} (${(seq.points / minimum).toFixed(2)}× the minimum ${n(minimum)})`),
      row('counted, then 10 lanes by created ranges', par, 0, `${n(par.points)} (${(par.points / minimum).toFixed(2)}×)`),
    ];
  } finally {
    await site.close();
  }
}
