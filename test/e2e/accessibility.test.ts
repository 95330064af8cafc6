/**
 * Every module of the app, configured and unconfigured, in the light and the dark theme, has no
 * serious or critical axe-core violation (WCAG 2 A/AA and axe's best practices), checked in
 * Debian's Chromium on what the user actually sees once the module has loaded.
 */
import type { Frame, Page } from 'playwright-core';
import { DEMO_USERS, DEMO_VERSIONS, levelOf, versionByName } from '../../local/demo-site';
import { axeViolations, startHarness, type Harness } from './harness';

jest.setTimeout(300_000);

const LEAD = DEMO_USERS.lead.accountId;
const EPICS_JQL = 'project = PO AND issuetype = Epic ORDER BY duedate';

interface Case {
  name: string;
  module: string;
  query?: Record<string, string>;
  /** Stored as the host stores a gadget's or macro's configuration before the module opens. */
  config?: object;
  /** After the module has loaded, something to open first (a picker's list). */
  then?: (frame: Frame) => Promise<void>;
}

async function appFrame(page: Page): Promise<Frame> {
  const handle = await page.waitForSelector('#app-frame');
  const frame = await handle.contentFrame();
  if (!frame) throw new Error('the app iframe has no frame');
  return frame;
}

/** Loaded: the app rendered, and no loading state or spinner is left on screen. */
async function loaded(frame: Frame): Promise<void> {
  await frame.waitForFunction(
    () => (document.getElementById('root')?.childElementCount ?? 0) > 0 && !document.querySelector('[data-testid=loading-state], [role=status] svg[data-testid$=spinner]'),
    undefined,
    { timeout: 30_000 },
  );
  await frame.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
}

async function open(h: Harness, page: Page, c: Case, theme: 'light' | 'dark'): Promise<Frame> {
  const url = (q: Record<string, string>) => `${h.workbench.url}/module/${c.module}?${new URLSearchParams({ user: LEAD, theme, ...q })}`;
  if (c.config) {
    await page.goto(url({ entry: 'view' }));
    await page.fill('#config-form textarea[name=config]', JSON.stringify(c.config));
    await Promise.all([page.waitForEvent('load'), page.click('#config-form [type=submit]')]);
  }
  await page.goto(url(c.query ?? {}));
  const frame = await appFrame(page);
  await frame.waitForFunction((mode) => document.documentElement.getAttribute('data-color-mode') === mode, theme);
  await loaded(frame);
  if (c.then) await c.then(frame);
  return frame;
}

describe('accessibility (axe-core): no serious or critical violation', () => {
  let h: Harness;
  let cases: Case[];
  beforeAll(async () => {
    h = await startHarness();
    const ds = h.dataset;
    const epic = ds.issues.find((i) => i.projectKey === 'PO' && levelOf(ds, i) === 1)!;
    const lone = ds.issues.find((i) => levelOf(ds, i) === 0 && !ds.issues.some((c) => c.parentKey === i.key))!;
    const version = versionByName(ds, 'PO', DEMO_VERSIONS.poBlocked)!;
    const gadgetConfig = { projectKey: 'PO', mode: 'version', versionId: version.id, versionName: version.name };
    const roadmapConfig = { jql: EPICS_JQL, weight: 'count', groupBy: 'dueQuarter', title: 'Platform epics', showNotDone: true };
    const openList = (selector: string, text = '') => async (f: Frame) => {
      await f.click(selector);
      if (text) await f.fill(selector, text);
      await f.waitForSelector('[role=listbox] [role=option]');
    };
    cases = [
      { name: 'issue panel: an epic', module: 'shipshape-issue-panel', query: { issue: epic.key } },
      { name: 'issue panel: an issue with nothing beneath', module: 'shipshape-issue-panel', query: { issue: lone.key } },
      { name: 'readiness gadget: not configured', module: 'shipshape-readiness-gadget', config: {} },
      { name: 'readiness gadget: a version', module: 'shipshape-readiness-gadget', config: gadgetConfig },
      { name: 'gadget edit view: not configured, project list open', module: 'shipshape-readiness-gadget', config: {}, query: { entry: 'edit' }, then: openList('#project') },
      { name: 'gadget edit view: configured, version list open', module: 'shipshape-readiness-gadget', config: gadgetConfig, query: { entry: 'edit' }, then: openList('#version') },
      { name: 'settings page, people picker open', module: 'shipshape-settings', then: async (f) => {
        await f.locator('[data-check-id=qa]').getByText('Only these people').click();
        await openList('[data-check-id=qa] [data-testid=signers-search] input', 'a')(f);
      } },
      { name: 'roadmap macro: not configured', module: 'shipshape-roadmap', config: {} },
      { name: 'roadmap macro: a roadmap', module: 'shipshape-roadmap', config: roadmapConfig },
      { name: 'roadmap macro config: not configured', module: 'shipshape-roadmap', config: {}, query: { entry: 'config' } },
      { name: 'roadmap macro config: configured', module: 'shipshape-roadmap', config: roadmapConfig, query: { entry: 'config' } },
      { name: 'career framework: space page', module: 'shipshape-competency' },
      { name: 'career framework: my assessment', module: 'shipshape-competency', then: async (f) => {
        await f.click('[data-testid=nav-assessment]');
        await loaded(f);
        await f.waitForSelector('[data-testid=assessment]');
      } },
      { name: 'career framework: publish, space list open', module: 'shipshape-competency', then: async (f) => {
        await f.click('[data-testid=nav-publish]');
        await f.waitForSelector('#space-key');
        await openList('#space-key')(f);
      } },
      { name: 'career framework: global page', module: 'shipshape-competency-global' },
      { name: 'competency matrix macro: not configured', module: 'shipshape-competency-matrix', config: {} },
      { name: 'competency matrix macro: the matrix', module: 'shipshape-competency-matrix', config: { mode: 'matrix', ladder: '' } },
      { name: 'competency matrix config: configured', module: 'shipshape-competency-matrix', config: { mode: 'compare', from: 'PO1', to: 'PO2' }, query: { entry: 'config' } },
    ];
  });
  afterAll(async () => {
    await h?.close();
  });

  for (const theme of ['light', 'dark'] as const) {
    test(`every module, configured and not, ${theme}`, async () => {
      const found: string[] = [];
      for (const c of cases) {
        const page = await h.newPage({ colorScheme: theme });
        const frame = await open(h, page, c, theme);
        for (const v of await axeViolations(frame)) found.push(`${c.name}: ${v.impact} ${v.id} (${v.help}) at ${v.targets.join(' | ')}`);
        await page.close();
      }
      expect(found).toEqual([]);
    });
  }
});
