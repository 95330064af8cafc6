/**
 * `npm run bench` — named benchmarks against the demo Jira site, printed for people. Each feature
 * adds its entries to BENCHMARKS. Times are shown but never asserted (tests assert request counts).
 *
 *   npm run bench                  every benchmark
 *   npm run bench -- roadmap       only benchmarks whose name starts with "roadmap"
 *   npm run bench -- --list        names and summaries
 */
import { createJiraClient, jiraPorts, type JiraClient } from '../src/jira';
import { fetchTransport } from '../local/node/jira-fetch-transport';
import { ROADMAP_READ_BUDGET_MS } from '../src/resolvers/roadmap';
import { viewFromRead } from '../src/services/roadmap';
import { DEFAULT_CONCURRENCY, GROUPS_PER_STREAM, readRoadmap } from '../src/services/roadmap-reader';
import { createLargeDataset, DEMO_API_TOKEN, DEMO_USERS, DEMO_VERSIONS, startDemoSite, todayUtc, type DemoSite } from '../local/demo-site';
import { READINESS_CONCURRENCY } from '../src/services/readiness';
import { readinessView } from '../src/services/readiness-view';
import { MemoryStore } from '../src/store/memory-store';
import { domainMs, SCALE_HEADER, scaleRows, SIZES, wideEpicRows } from './bench-scale';
import { closeHistorySite, HISTORY_BENCHMARKS } from './bench-history';
import { roadmapUnderRateLimit } from './bench-faults';
import type { Benchmark } from './benchmark';

export type { Benchmark } from './benchmark';

/** Forge stops a resolver after this long. */
const FORGE_LIMIT_MS = 25_000;
const INJECTED_LATENCY_MS = 100;
/** What a search page costs on a real Jira Cloud site, round trip (the issue's 0.5–1 s). */
const REAL_LATENCIES_MS = [500, 1000];
/** A Jira slower than the issue's range, to show the budget at work. */
const SLOW_MS = 1500;

const s = (ms: number): string => `${(ms / 1000).toFixed(1)} s`;
const n = (x: number): string => x.toLocaleString('en-US');

function leadClient(site: DemoSite): JiraClient {
  return createJiraClient({ transport: fetchTransport({ baseUrl: site.url, email: DEMO_USERS.lead.email, apiToken: DEMO_API_TOKEN }) });
}

let bigSite: Promise<DemoSite> | null = null;
/** One demo site with the 10,000-unit BIG project, shared by the roadmap benchmarks. */
function big(): Promise<DemoSite> {
  bigSite ??= startDemoSite({ dataset: createLargeDataset({ today: todayUtc() }) });
  return bigSite;
}

const BIG_JQL = 'project = BIG AND issuetype = Epic';

async function roadmapRun(site: DemoSite, concurrency: number, budgetMs?: number) {
  site.stats.reset();
  const t0 = Date.now();
  const read = await readRoadmap(jiraPorts(leadClient(site)), {
    jql: BIG_JQL,
    weight: 'count',
    concurrency,
    ...(budgetMs !== undefined ? { budget: { deadlineAt: t0 + budgetMs } } : {}),
  });
  const readMs = Date.now() - t0;
  const c0 = Date.now();
  const view = viewFromRead(read, { jql: BIG_JQL, weight: 'count', asOf: todayUtc(), groupBy: 'parent' }, site.url);
  const computeMs = Date.now() - c0;
  const bytes = Buffer.byteLength(JSON.stringify(view));
  return { read, view, readMs, computeMs, bytes, requests: site.stats.requests };
}

export const BENCHMARKS: Benchmark[] = [
  {
    name: 'scale',
    summary: `first and repeat views (nothing changed, 1% changed) of roadmaps of ${SIZES.map((x) => x.toLocaleString('en-US')).join(', ')} units and readiness of half as many issues: requests, Atlassian points, rounds, time, views per hour under Tier 1`,
    async run() {
      // Printed as each size finishes: the 50,000-unit size takes a while on a busy machine.
      for (const line of SCALE_HEADER) console.log(line);
      for (const units of SIZES) for (const line of await scaleRows(units)) console.log(line);
      return [];
    },
  },
  {
    name: 'scale-wide',
    summary: 'one epic with 5,000 stories, read one page after another and in parallel by created ranges: requests, points, rounds, time',
    async run() {
      return [...SCALE_HEADER, ...(await wideEpicRows(5000))];
    },
  },
  {
    name: 'domain',
    summary: 'the pure domain: the whole roadmap view (report, groups, burn-up) of 100,000 and 1,000,000 units',
    async run() {
      return [100_000, 1_000_000].map((units) => `view of ${units.toLocaleString('en-US')} units: ${domainMs(units)} ms (best of 3)`);
    },
  },
  {
    name: 'roadmap-big',
    summary: `the 10,000-unit BIG roadmap (${BIG_JQL}) with ${INJECTED_LATENCY_MS} ms injected latency, and the time projected at real Jira latency`,
    async run() {
      const site = await big();
      site.setLatency(INJECTED_LATENCY_MS);
      const par = await roadmapRun(site, DEFAULT_CONCURRENCY);
      const seq = await roadmapRun(site, 1);
      site.setLatency(0);
      const t = par.view.report.totals;
      const project = (rounds: number, computeMs: number, latency: number) => rounds * latency + computeMs;
      const lines = [
        `roadmap: ${n(t.items)} items, ${n(t.units)} units, ${t.percentDone}% done; response ${(par.bytes / 1024).toFixed(0)} kB (Forge allows ~5 MB)`,
        `  ${DEFAULT_CONCURRENCY} parallel streams: ${par.requests} requests, ${par.read.stats.rounds} pages on the critical path, read ${s(par.readMs)} + compute ${par.computeMs} ms at ${INJECTED_LATENCY_MS} ms latency`,
        `  sequential:         ${seq.requests} requests, ${seq.read.stats.rounds} pages on the critical path, read ${s(seq.readMs)} + compute ${seq.computeMs} ms`,
        `  bound: ⌈250/100⌉ + ⌈10,000/100⌉ = ${Math.ceil(250 / 100) + Math.ceil(10_000 / 100)} pages, plus ≤ ${GROUPS_PER_STREAM * DEFAULT_CONCURRENCY + 1} per level when reading in parallel`,
      ];
      for (const latency of REAL_LATENCIES_MS) {
        const p = project(par.read.stats.rounds, par.computeMs, latency);
        const q = project(seq.read.stats.rounds, seq.computeMs, latency);
        const verdict =
          p <= ROADMAP_READ_BUDGET_MS
            ? 'within the reading budget: a complete answer'
            : p <= FORGE_LIMIT_MS
              ? `past the ${s(ROADMAP_READ_BUDGET_MS)} reading budget: a partial result, marked`
              : `past Forge's ${s(FORGE_LIMIT_MS)}: the resolver answers a partial result at ${s(ROADMAP_READ_BUDGET_MS)}, never a timeout`;
        lines.push(`  projected at ${latency} ms per page: parallel ${s(p)} (${verdict}); sequential would be ${s(q)}`);
      }
      return lines;
    },
  },
  {
    name: 'roadmap-big-slow-jira',
    summary: `the same roadmap with ${SLOW_MS.toLocaleString('en-US')} ms per request (a Jira slower than usual) and the resolver's ${s(ROADMAP_READ_BUDGET_MS)} reading budget: what a viewer gets`,
    async run() {
      const site = await big();
      site.setLatency(SLOW_MS);
      const r = await roadmapRun(site, DEFAULT_CONCURRENCY, ROADMAP_READ_BUDGET_MS);
      site.setLatency(0);
      const t = r.view.report.totals;
      return [
        `roadmap at ${s(SLOW_MS)} per request: ${r.requests} requests, answered after ${s(r.readMs + r.computeMs)} (Forge limit ${s(FORGE_LIMIT_MS)})`,
        r.view.partial
          ? `  partial: ${n(t.units)} of 10,000 units read; ${r.view.partial.incompleteItems.length} items marked incomplete — "${r.view.partial.reason}"`
          : `  complete: all ${n(t.units)} units read within the budget`,
      ];
    },
  },
  {
    name: 'readiness-big',
    summary: `readiness of the 5,000-issue version BIG 1.0 (sign-offs from a store) with ${INJECTED_LATENCY_MS} ms injected latency, and the time projected at real Jira latency`,
    async run() {
      const site = await big();
      site.setLatency(INJECTED_LATENCY_MS);
      site.stats.reset();
      const deps = {
        jira: jiraPorts(leadClient(site)),
        store: new MemoryStore(),
        viewer: DEMO_USERS.lead.accountId,
        today: todayUtc(),
        now: () => new Date().toISOString(),
        siteUrl: site.url,
      };
      const t0 = Date.now();
      const view = await readinessView(deps, { projectKey: 'BIG', version: DEMO_VERSIONS.bigVersion });
      const ms = Date.now() - t0;
      site.setLatency(0);
      const pages = site.stats.byPath['/rest/api/3/search/jql'] ?? 0;
      const counts = site.stats.byPath['/rest/api/3/search/approximate-count'] ?? 0;
      const bound = Math.ceil(view.issues.total / 100);
      const bytes = Buffer.byteLength(JSON.stringify(view));
      // Critical path: project and versions, the first page, the count, the range counts (one
      // round, more when a range is halved), then the pages READINESS_CONCURRENCY at a time.
      const rounds = pages <= 1 ? 3 : 5 + Math.ceil((pages - 1) / READINESS_CONCURRENCY);
      return [
        `readiness: ${n(view.issues.total)} issues, ${view.percentDone}% done, verdict ${view.verdict}; response ${(bytes / 1024).toFixed(0)} kB`,
        `  ${site.stats.requests} requests: ${pages} search pages (⌈V/100⌉ = ${bound}, plus the first page and part-filled range pages), ${counts} counts (the created ranges'), ${site.stats.requests - pages - counts} for the project and its versions`,
        `  ${rounds} round trips on the critical path (${READINESS_CONCURRENCY} pages at once); ${s(ms)} here at ${INJECTED_LATENCY_MS} ms latency`,
        ...REAL_LATENCIES_MS.map((latency) => `  projected at ${latency} ms per request: ${s(rounds * latency)} (Forge limit ${s(FORGE_LIMIT_MS)}); one page after another would be ${s(site.stats.requests * latency)}`),
      ];
    },
  },
  ...HISTORY_BENCHMARKS,
];

BENCHMARKS.push(roadmapUnderRateLimit(big));

async function main(argv: string[]): Promise<number> {
  if (argv.includes('--list')) {
    for (const b of BENCHMARKS) console.log(`${b.name}\n    ${b.summary}`);
    return 0;
  }
  const wanted = argv.filter((a) => !a.startsWith('-'));
  const chosen = BENCHMARKS.filter((b) => wanted.length === 0 || wanted.some((w) => b.name.startsWith(w)));
  if (chosen.length === 0) {
    console.error(`No benchmark matches ${wanted.join(', ')} (try --list).`);
    return 2;
  }
  try {
    for (const b of chosen) {
      console.log(`\n== ${b.name}: ${b.summary}`);
      const t0 = Date.now();
      for (const line of await b.run()) console.log(line);
      console.log(`   (${s(Date.now() - t0)} wall clock)`);
    }
  } finally {
    if (bigSite) await (await bigSite).close();
    await closeHistorySite();
  }
  return 0;
}

// run-ts.js requires this file (so require.main is run-ts.js); it leaves our path in argv[1].
if (require.main === module || /bench\.ts$/.test(process.argv[1] ?? '')) {
  main(process.argv.slice(2)).then(
    (code) => (process.exitCode = code),
    (err: unknown) => {
      console.error(err);
      process.exitCode = 1;
    },
  );
}
