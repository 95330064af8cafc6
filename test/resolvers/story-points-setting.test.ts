/**
 * SPEC §1: the story-point field is discovered ("Story point estimate" first), and "a setting
 * overrides both". Saved on the admin page, it changes what every report weighs in `points`.
 */
import type { RoadmapView, SettingsView } from '../../src/contract';
import { mostlyUnestimated } from '../../src/domain/roadmap';
import { buildHandlers } from '../../src/resolvers';
import { MemoryStore } from '../../src/store/memory-store';
import { createWorkbenchDeps } from '../../local/workbench/deps';
import { createDataset, DEMO_API_TOKEN, DEMO_USERS, startDemoSite, type DemoSite } from '../../local/demo-site';

const TODAY = '2026-11-23';
let site: DemoSite;
let handlers: ReturnType<typeof buildHandlers>;
const lead = DEMO_USERS.lead.accountId;

beforeAll(async () => {
  site = await startDemoSite({ dataset: createDataset({ seed: 42, today: TODAY }) });
  handlers = buildHandlers(
    createWorkbenchDeps({
      jira: { baseUrl: site.url, email: DEMO_USERS.lead.email, apiToken: DEMO_API_TOKEN },
      store: new MemoryStore(),
      today: () => TODAY,
    }),
  );
});
afterAll(() => site.close());

async function ok<T>(key: string, payload: unknown, moduleKey = 'shipshape-roadmap'): Promise<T> {
  const res = await handlers[key]({ payload, context: { accountId: lead, moduleKey } });
  if (!res.ok) throw new Error(`${key}: ${res.error.message}`);
  return res.data as T;
}

const JQL = 'project = PO AND issuetype = Epic';

test('the settings page override beats discovery for points', async () => {
  const discovered = await ok<RoadmapView>('roadmap-report', { jql: JQL, weight: 'points' });
  // The demo site fills "Story point estimate" (customfield_10016) for most units.
  expect(discovered.report.totals.unestimated).toBeLessThan(discovered.report.totals.units);

  const current = await ok<SettingsView>('settings-get', {});
  // "Story Points" (customfield_10028) exists on the demo site but is never filled.
  await ok('settings-save', { revision: current.revision, settings: { ...current.settings, storyPointsField: 'customfield_10028' } }, 'shipshape-settings');

  const overridden = await ok<RoadmapView>('roadmap-report', { jql: JQL, weight: 'points' });
  expect(overridden.report.totals.unestimated).toBe(overridden.report.totals.units);
  expect(mostlyUnestimated(overridden.report.totals, overridden.report.weight)).toBe(true);
});
