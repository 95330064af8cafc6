/**
 * History benchmarks (SPEC §7) for `npm run bench`: a 20,000-unit roadmap and a 5,000-issue
 * version, each read without and with history at 100 ms injected latency, with the time
 * projected at real Jira latency. Times are printed, never asserted.
 */
import { createJiraClient, jiraPorts, type JiraClient } from '../src/jira';
import { fetchTransport } from '../local/node/jira-fetch-transport';
import { BULK_CHANGELOG_CONCURRENCY, BULK_CHANGELOG_MAX_ISSUES } from '../src/jira/changelog';
import { readinessWithHistory, roadmapHistoryFromRead, toHistoric } from '../src/services/history';
import { HISTORY_FIELD_IDS } from '../src/domain/history';
import { computeRoadmapHistory } from '../src/domain/roadmap-history';
import { resolveReport } from '../src/domain/roadmap';
import { readinessReport } from '../src/services/readiness';
import { viewFromRead } from '../src/services/roadmap';
import { DEFAULT_CONCURRENCY, readRoadmap } from '../src/services/roadmap-reader';
import { DEFAULT_BLOCKER_PRIORITIES } from '../src/domain/readiness';
import { createLargeDataset, DEMO_API_TOKEN, DEMO_USERS, DEMO_VERSIONS, startDemoSite, todayUtc, type DemoSite } from '../local/demo-site';

const LATENCY_MS = 100;
const REAL_LATENCIES_MS = [500, 1000];
const FORGE_LIMIT_MS = 25_000;
const s = (ms: number): string => `${(ms / 1000).toFixed(1)} s`;
const n = (x: number): string => x.toLocaleString('en-US');
const JQL = 'project = BIG AND issuetype = Epic';

const rawClient = (site: DemoSite): JiraClient =>
  createJiraClient({ transport: fetchTransport({ baseUrl: site.url, email: DEMO_USERS.lead.email, apiToken: DEMO_API_TOKEN }) });
const client = (site: DemoSite) => jiraPorts(rawClient(site));

let site20k: Promise<DemoSite> | null = null;
/** The demo site with a 20,000-unit BIG project (500 epics), its changelogs built before timing. */
async function site(): Promise<DemoSite> {
  site20k ??= (async () => {
    const s = await startDemoSite({ dataset: createLargeDataset({ today: todayUtc(), scale: { units: 20_000, epics: 500, versionIssues: 5_000 } }) });
    await rawClient(s).bulkChangelogs(['BIG-1'], ['status']); // builds the site's changelogs once, outside the timings
    return s;
  })();
  return site20k;
}

export async function closeHistorySite(): Promise<void> {
  if (site20k) await (await site20k).close();
}

/** Rounds of bulk changelog requests for `issues`: chunks of 1000, several at once. */
const changelogRounds = (issues: number): number => Math.ceil(Math.ceil(issues / BULK_CHANGELOG_MAX_ISSUES) / BULK_CHANGELOG_CONCURRENCY);

export const HISTORY_BENCHMARKS = [
  {
    name: 'history-roadmap-20k',
    summary: `the 20,000-unit roadmap (${JQL}) without and with history (SPEC §7) at ${LATENCY_MS} ms injected latency, projected at real Jira latency`,
    async run(): Promise<string[]> {
      const demo = await site();
      demo.setLatency(LATENCY_MS);
      const asOf = todayUtc();
      demo.stats.reset();
      const t0 = Date.now();
      const read = await readRoadmap(client(demo), { jql: JQL, weight: 'count', concurrency: DEFAULT_CONCURRENCY });
      const readMs = Date.now() - t0;
      const view = viewFromRead(read, { jql: JQL, weight: 'count', asOf }, demo.url);
      const withoutMs = Date.now() - t0;
      const without = demo.stats.requests;
      demo.stats.reset();
      const h0 = Date.now();
      const history = await roadmapHistoryFromRead({ jira: client(demo) }, { read, asOf, weight: 'count' });
      const historyMs = Date.now() - h0;
      const byPath = demo.stats.byPath;
      demo.setLatency(0);
      // Without latency: the changelog fetch (mostly the demo site's own work) and our compute, apart.
      const resolved = resolveReport(read.items, read.descendants, 'count');
      const all = [...resolved.items, ...resolved.allUnits];
      const z0 = Date.now();
      const logs = await client(demo).changelogs(all.map((i) => i.id), HISTORY_FIELD_IDS);
      const fetchMs = Date.now() - z0;
      const k0 = Date.now();
      const byKey = new Map(all.map((i) => [i.key, toHistoric(i, logs)]));
      computeRoadmapHistory({ asOf, items: resolved.items.map((i) => byKey.get(i.key)!), units: resolved.allUnits.map((u) => byKey.get(u.key)!), categories: new Map() });
      const localMs = Date.now() - k0;
      const c0 = Date.now();
      viewFromRead(read, { jql: JQL, weight: 'count', asOf }, demo.url);
      const computeMs = Date.now() - c0;
      const issues = read.items.length + view.report.totals.units;
      const bound = Math.ceil(issues / BULK_CHANGELOG_MAX_ISSUES);
      const rounds = changelogRounds(issues);
      const lines = [
        `roadmap: ${n(read.items.length)} items, ${n(view.report.totals.units)} units; baseline ${history.baseline.date}: ${n(history.baseline.units)} units existed, ${n(history.slipped.length)} items slipped; odds p50 ${history.odds.p50Date ?? '—'}`,
        `without history: ${without} requests, ${s(withoutMs)} (read ${s(readMs)})`,
        `history adds: ${byPath['/rest/api/3/changelog/bulkfetch'] ?? 0} bulk changelog requests (bound ⌈${n(issues)} ÷ 1000⌉ = ${bound}) + ${byPath['/rest/api/3/status'] ?? 0} status list, ${s(historyMs)}; with history ${s(withoutMs + historyMs)} (Forge: ${s(FORGE_LIMIT_MS)})`,
        `history without latency: changelog fetch ${s(fetchMs)} (the demo site building and serialising 20,500 changelogs), our compute ${s(localMs)} (mapping, rebuild, odds)`,
        ...[LATENCY_MS, ...REAL_LATENCIES_MS].map(
          (l) =>
            `projected at ${l} ms a request: without ${s(read.stats.rounds * l + computeMs)}, with history ${s((read.stats.rounds + rounds) * l + computeMs + localMs)} (${read.stats.rounds} + ${rounds} rounds)`,
        ),
      ];
      return lines;
    },
  },
  {
    name: 'history-readiness',
    summary: `readiness of the 5,000-issue ${DEMO_VERSIONS.bigVersion} without and with history at ${LATENCY_MS} ms injected latency`,
    async run(): Promise<string[]> {
      const demo = await site();
      demo.setLatency(LATENCY_MS);
      const asOf = todayUtc();
      const ref = { projectKey: 'BIG', version: DEMO_VERSIONS.bigVersion };
      const inputs = { asOf, blockerPriorities: DEFAULT_BLOCKER_PRIORITIES, requiredSignoffs: [], signoffs: [] };
      demo.stats.reset();
      let t0 = Date.now();
      await readinessReport({ jira: client(demo) }, { ref, inputs });
      const withoutMs = Date.now() - t0;
      const without = demo.stats.requests;
      demo.stats.reset();
      t0 = Date.now();
      const { history } = await readinessWithHistory({ jira: client(demo) }, { ref, inputs, baseline: null });
      const withMs = Date.now() - t0;
      const byPath = demo.stats.byPath;
      demo.setLatency(0);
      return [
        `version: ${n(history.scope.now)} issues now, ${n(history.scope.atBaseline)} at the baseline ${history.scope.baselineDate}; ${history.daily.length} daily points`,
        `without history: ${without} requests, ${s(withoutMs)}`,
        `with history: ${demo.stats.requests} requests (${byPath['/rest/api/3/changelog/bulkfetch'] ?? 0} bulk changelog), ${s(withMs)}`,
      ];
    },
  },
];
