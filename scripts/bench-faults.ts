/**
 * The fault line of `npm run bench`: the BIG roadmap read through a proxy that answers every 3rd
 * request with 429 (Retry-After: 1 s, as Jira Cloud does), against the same read without faults.
 * Requests and time are printed, never asserted; the numbers must be the same.
 */
import { createJiraClient, jiraPorts } from '../src/jira';
import { fetchTransport } from '../local/node/jira-fetch-transport';
import { DEFAULT_CONCURRENCY, readRoadmap } from '../src/services/roadmap-reader';
import { viewFromRead } from '../src/services/roadmap';
import { DEMO_API_TOKEN, DEMO_USERS, startFaultProxy, todayUtc, type DemoSite } from '../local/demo-site';
import type { Benchmark } from './benchmark';

const JQL = 'project = BIG AND issuetype = Epic';
const RETRY_AFTER_S = 1;

export function roadmapUnderRateLimit(site: () => Promise<DemoSite>): Benchmark {
  return {
    name: 'roadmap-big-429',
    summary: `the BIG roadmap with every 3rd request answered 429 (Retry-After ${RETRY_AFTER_S} s), against the same read without faults`,
    async run() {
      const upstream = await site();
      const proxy = await startFaultProxy(upstream.url);
      try {
        const once = async () => {
          const t0 = Date.now();
          const client = createJiraClient({ transport: fetchTransport({ baseUrl: proxy.url, email: DEMO_USERS.lead.email, apiToken: DEMO_API_TOKEN }) });
          const read = await readRoadmap(jiraPorts(client), { jql: JQL, weight: 'count', concurrency: DEFAULT_CONCURRENCY });
          const view = viewFromRead(read, { jql: JQL, weight: 'count', asOf: todayUtc(), groupBy: 'parent' }, upstream.url);
          return { ms: Date.now() - t0, requests: proxy.requests, spoiled: proxy.spoiled, report: JSON.stringify(view.report) };
        };
        proxy.setRule(null);
        const clean = await once();
        proxy.setRule({ kind: 'rate-limit', every: 3, retryAfterSeconds: RETRY_AFTER_S });
        const faulty = await once();
        const same = faulty.report === clean.report;
        return [
          `roadmap at 429 every 3rd request: ${faulty.requests} requests (${faulty.spoiled} answered 429 and retried) in ${(faulty.ms / 1000).toFixed(1)} s`,
          `  without faults: ${clean.requests} requests in ${(clean.ms / 1000).toFixed(1)} s; the report is ${same ? 'identical' : 'DIFFERENT (a bug)'}`,
        ];
      } finally {
        await proxy.close();
      }
    },
  };
}
