/**
 * How every `shipshape` command reaches Jira (SPEC §5): `JIRA_BASE_URL`, `JIRA_EMAIL`,
 * `JIRA_API_TOKEN` (Jira Cloud basic auth with an API token); with no `JIRA_BASE_URL`, the built-in
 * demo site, started in-process on a free port and read as the demo Product Ops lead.
 *
 * Optional knobs (environment):
 * - `SHIPSHAPE_DEMO_SCALE=large`: the demo site also has the 10,000-unit benchmark project BIG.
 * - `SHIPSHAPE_JIRA_TIMEOUT_MS`: retry budget per Jira call in ms (default 25,000); a CI job that
 *   wants to fail fast on an unreachable Jira sets it lower.
 * - `SHIPSHAPE_JIRA_ATTEMPT_TIMEOUT_MS`: time one attempt may take, answer included, before it is
 *   retried (default 8,000).
 */
import { createJiraClient, type JiraClient } from '../../src/jira';
import { fetchTransport } from '../node/jira-fetch-transport';
import { createDataset, createLargeDataset, DEMO_API_TOKEN, DEMO_USERS, startDemoSite, type DemoSite } from '../demo-site';
import { quote } from '../../src/domain/input';
import { UsageError, type CliIo } from './io';

export interface JiraConnection {
  jira: JiraClient;
  /** Site root for links (`…/browse/KEY`). */
  siteUrl: string;
  /** `jira` for a real site, `demo` for the built-in demo site. */
  source: 'jira' | 'demo';
  /** The in-process demo site, when that is what we read. */
  demo?: DemoSite;
  /** Stops the demo site (a no-op for a real Jira). Always call it, in a `finally`. */
  close(): Promise<void>;
}

function millisecondsOf(io: CliIo, name: string): number | undefined {
  const raw = io.env[name];
  if (raw === undefined || raw === '') return undefined;
  const n = Number(raw);
  if (!Number.isFinite(n) || n <= 0) throw new UsageError(`${name} must be a positive number of milliseconds (got ${quote(raw)})`);
  return n;
}

/** Opens the connection the environment asks for. Bad or half-set variables are bad input (exit 2). */
export async function connectJira(io: CliIo): Promise<JiraConnection> {
  const { JIRA_BASE_URL: baseUrl, JIRA_EMAIL: email, JIRA_API_TOKEN: apiToken } = io.env;
  const deadlineMs = millisecondsOf(io, 'SHIPSHAPE_JIRA_TIMEOUT_MS');
  const attemptTimeoutMs = millisecondsOf(io, 'SHIPSHAPE_JIRA_ATTEMPT_TIMEOUT_MS');
  const clientOpts = {
    ...(deadlineMs !== undefined ? { deadlineMs } : {}),
    ...(attemptTimeoutMs !== undefined ? { attemptTimeoutMs } : {}),
  };

  if (baseUrl) {
    if (!email || !apiToken) throw new UsageError('JIRA_BASE_URL is set, so JIRA_EMAIL and JIRA_API_TOKEN must be set too (an Atlassian API token)');
    let url: URL;
    try {
      url = new URL(baseUrl);
    } catch {
      throw new UsageError(`JIRA_BASE_URL is not a URL: ${quote(baseUrl)}`);
    }
    if (url.protocol !== 'https:' && url.protocol !== 'http:') throw new UsageError(`JIRA_BASE_URL must start with https:// (got ${quote(baseUrl)})`);
    const siteUrl = baseUrl.replace(/\/+$/, '');
    const transport = fetchTransport({ baseUrl: siteUrl, email, apiToken, ...(deadlineMs !== undefined ? { timeoutMs: deadlineMs } : {}) });
    return { jira: createJiraClient({ transport, ...clientOpts }), siteUrl, source: 'jira', close: async () => undefined };
  }

  const today = io.today();
  const large = (io.env.SHIPSHAPE_DEMO_SCALE ?? '').toLowerCase() === 'large';
  const demo = await startDemoSite({ port: 0, dataset: large ? createLargeDataset({ today }) : createDataset({ today }) });
  const transport = fetchTransport({ baseUrl: demo.url, email: DEMO_USERS.lead.email, apiToken: DEMO_API_TOKEN });
  return {
    jira: createJiraClient({ transport, ...clientOpts }),
    siteUrl: demo.url,
    source: 'demo',
    demo,
    close: () => demo.close(),
  };
}
