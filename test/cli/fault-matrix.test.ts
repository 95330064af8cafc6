/**
 * The fault matrix: the CLI against the demo Jira site behind a corrupting proxy. For every fault
 * the answer is either exactly the clean run's JSON (and exit status) or exit 1 with one line
 * saying why — never a different number. Small timeouts keep the whole matrix to seconds.
 */
import { main } from '../../local/cli/main';
import type { CliIo } from '../../local/cli/io';
import { createDataset, DEMO_API_TOKEN, DEMO_USERS, startDemoSite, startFaultProxy, type DemoSite, type FaultProxy, type FaultRule } from '../../local/demo-site';

const TODAY = '2026-11-20';

interface Run {
  code: number;
  out: string;
  err: string;
  ms: number;
}

let site: DemoSite;
let proxy: FaultProxy;

beforeAll(async () => {
  site = await startDemoSite({ dataset: createDataset({ today: TODAY }) });
  proxy = await startFaultProxy(site.url);
});
afterAll(async () => {
  await proxy.close();
  await site.close();
});

async function run(args: string[]): Promise<Run> {
  let out = '';
  let err = '';
  const io: CliIo = {
    stdout: (t) => void (out += t),
    stderr: (t) => void (err += t),
    env: {
      JIRA_BASE_URL: proxy.url,
      JIRA_EMAIL: DEMO_USERS.lead.email,
      JIRA_API_TOKEN: DEMO_API_TOKEN,
      // Each attempt may take 1 s, each Jira call 3 s in all: a real CLI run uses 8 s and 25 s.
      SHIPSHAPE_JIRA_ATTEMPT_TIMEOUT_MS: '1000',
      SHIPSHAPE_JIRA_TIMEOUT_MS: '3000',
    },
    today: () => TODAY,
    readFile: () => {
      throw new Error('no files here');
    },
  };
  const started = Date.now();
  const code = await main(args, io);
  return { code, out, err, ms: Date.now() - started };
}

const COMMANDS: Array<[string, string[]]> = [
  // Three requests each (a search page of 100, the rest, the units beneath), so every 3rd is hit.
  ['roadmap', ['roadmap', '--jql', 'project = PO ORDER BY key', '--json']],
  ['readiness', ['readiness', '--project', 'PO', '--version', 'PO 2.1', '--json']],
];

/** Each fault, and what it must give: the clean answer (retried through) or exit 1 with this reason. */
const MATRIX: Array<[string, FaultRule, 'clean' | RegExp]> = [
  ['429 every 2nd request', { kind: 'rate-limit', every: 2 }, 'clean'],
  ['500 every 3rd request', { kind: 'server-error', every: 3 }, 'clean'],
  ['slow: 300 ms per answer', { kind: 'slow', delayMs: 300 }, 'clean'],
  ['slow: 2 s per answer (over the 1 s attempt timeout)', { kind: 'slow', delayMs: 2000 }, /^shipshape: Jira gave no usable answer for \d s \(\d attempts\): no complete answer within /],
  ['stalled body every 3rd answer', { kind: 'stall', every: 3 }, 'clean'],
  ['connection reset every 3rd request', { kind: 'reset', every: 3 }, 'clean'],
  ['truncated JSON every 3rd answer', { kind: 'truncate', every: 3 }, 'clean'],
  ['truncated JSON every answer', { kind: 'truncate' }, /^shipshape: Jira gave no usable answer for \d s \(\d attempts\): the answer was cut off \(not valid JSON\)\.$/m],
  ['{} every 3rd answer', { kind: 'empty-object', every: 3 }, /Jira answered in an unexpected shape: /],
  ['{} on every answer (the first is the project, for readiness)', { kind: 'empty-object' }, /^shipshape: Jira answered in an unexpected shape: \w+: expected an? \w+, got nothing \((GET|POST) \/rest\/api\/3\/[\w/]+\)\.$/m],
  ['null every 3rd answer', { kind: 'null-body', every: 3 }, /Jira answered in an unexpected shape: \(body\): expected an (object|array), got null/],
  ['a server that never answers', { kind: 'silence' }, /^shipshape: Jira gave no usable answer for \d s \(\d attempts\): no complete answer within /],
];

describe.each(COMMANDS)('shipshape %s under faults', (_name, args) => {
  let clean: Run;
  beforeAll(async () => {
    proxy.setRule(null);
    clean = await run(args);
  });

  it('the clean run through the proxy is a full report', () => {
    expect(clean.err).toBe('');
    expect([0, 3]).toContain(clean.code);
    expect(JSON.parse(clean.out)).toBeTruthy();
  });

  it.each(MATRIX)('%s', async (_fault, rule, want) => {
    proxy.setRule(rule);
    const r = await run(args);
    const spoiled = proxy.spoiled;
    proxy.setRule(null);
    expect(spoiled).toBeGreaterThan(0); // the fault really happened
    if (r.code === clean.code && r.out === clean.out) {
      expect(want).toBe('clean');
      expect(r.err).toBe('');
    } else {
      // Never a different number: the only other outcome is exit 1, nothing on stdout, one line why.
      expect({ code: r.code, out: r.out }).toEqual({ code: 1, out: '' });
      expect(r.err.trimEnd().split('\n')).toHaveLength(1);
      expect(want).not.toBe('clean');
      expect(r.err).toMatch(want as RegExp);
    }
    expect(r.ms).toBeLessThan(15_000);
  });
});
