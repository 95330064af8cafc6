/**
 * The Jira issue panel in the workbench, in Debian's Chromium: the numbers on screen equal those the
 * demo data implies (derived here from the dataset itself, not copied from the screen), plus the
 * empty and error states, theming, links through the bridge, and Forge's sandbox and CSP.
 */
import type { Frame, Page } from 'playwright-core';
import {
  childrenOf,
  DEMO_USERS,
  levelOf,
  statusCategoryKeyOf,
  type Dataset,
  type DemoIssue,
} from '../../src/workbench/demo-site';
import { FORGE_IFRAME_SANDBOX } from '../../src/workbench/host/security';
import { startHarness, type Harness } from './harness';

jest.setTimeout(120_000);

const MODULE_KEY = 'shipshape-issue-panel';

interface Expected {
  total: number;
  done: number;
  inProgress: number;
  todo: number;
  percent: number;
}

/** SPEC §2: the level-0 descendants of an issue, all depths through `parent` (sub-tasks never count). */
function unitsUnder(ds: Dataset, key: string): DemoIssue[] {
  const units: DemoIssue[] = [];
  const stack = [...childrenOf(ds, key)];
  while (stack.length > 0) {
    const issue = stack.pop() as DemoIssue;
    if (levelOf(ds, issue) === 0) units.push(issue);
    stack.push(...childrenOf(ds, issue.key));
  }
  return units;
}

/** Sums by status category (SPEC §1) and percentDone rounded half-up to one decimal, in integers. */
function expectedFor(units: DemoIssue[], ds: Dataset): Expected {
  const e = { total: units.length, done: 0, inProgress: 0, todo: 0 };
  for (const u of units) {
    const cat = statusCategoryKeyOf(ds, u);
    if (cat === 'done') e.done++;
    else if (cat === 'indeterminate') e.inProgress++;
    else e.todo++;
  }
  const percent = e.total === 0 ? 0 : Math.floor((e.done * 1000) / e.total + 0.5 + 1e-9) / 10;
  return { ...e, percent };
}

/** The item's own roll-up: its units, or the item itself when it has none. */
function rollupOf(ds: Dataset, issue: DemoIssue): Expected {
  const units = unitsUnder(ds, issue.key);
  return expectedFor(units.length > 0 ? units : [issue], ds);
}

/** An epic of the demo site with the most work beneath it, preferring one with all three categories. */
function pickEpic(ds: Dataset): DemoIssue {
  const epics = ds.issues.filter((i) => levelOf(ds, i) === 1);
  const scored = epics
    .map((epic) => ({ epic, e: expectedFor(unitsUnder(ds, epic.key), ds) }))
    .filter((x) => x.e.total > 0)
    .sort((a, b) => {
      const mixed = (x: Expected) => (x.done > 0 && x.inProgress > 0 && x.todo > 0 ? 1 : 0);
      return mixed(b.e) - mixed(a.e) || b.e.total - a.e.total || a.epic.key.localeCompare(b.epic.key, 'en', { numeric: true });
    });
  if (scored.length === 0) throw new Error('The demo dataset has no epic with work beneath it');
  return scored[0].epic;
}

const number = (text: string | null) => Number((text ?? '').replace(/[^0-9.]/g, ''));

async function appFrame(page: Page): Promise<Frame> {
  const handle = await page.waitForSelector('#app-frame');
  const frame = await handle.contentFrame();
  if (!frame) throw new Error('the app iframe has no frame');
  return frame;
}

async function openPanel(h: Harness, page: Page, query: Record<string, string>): Promise<Frame> {
  await page.goto(`${h.workbench.url}/module/${MODULE_KEY}?${new URLSearchParams(query)}`);
  const frame = await appFrame(page);
  await frame.waitForSelector('[data-testid=rollup], [data-testid=error-state]', { timeout: 30_000 });
  return frame;
}

async function shownCounts(frame: Frame): Promise<Expected> {
  const text = async (id: string) => frame.locator(`[data-testid=work-legend] [data-testid=${id}]`).textContent();
  return {
    total: number(await text('count-total')),
    done: number(await text('count-done')),
    inProgress: number(await text('count-inProgress')),
    todo: number(await text('count-todo')),
    percent: number(await frame.locator('[data-testid=percent-done]').textContent()),
  };
}

describe('Jira issue panel in the workbench', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness({ apps: ['issue-panel'] });
  });
  afterAll(async () => {
    await h?.close();
  });

  test('the index lists every module of the manifest and opens its host page', async () => {
    const page = await h.newPage();
    await page.goto(h.workbench.url);
    for (const m of h.workbench.manifest.modules) {
      const row = page.locator(`tr[data-module="${m.key}"]`);
      await expect(row.locator('td').first().textContent()).resolves.toBe(m.type);
      await expect(row.locator('a').textContent()).resolves.toBe(m.title);
    }
    await page.locator(`tr[data-module="${MODULE_KEY}"] a`).click();
    await page.waitForURL(`**/module/${MODULE_KEY}`);
    const frame = await appFrame(page);
    await frame.waitForSelector('[data-testid=rollup], [data-testid=error-state]');
    await h.screenshot(page, 'issue-panel-index-to-host');
  });

  test('an epic shows the numbers the demo data implies, with its children', async () => {
    const ds = h.dataset;
    const epic = pickEpic(ds);
    const expected = expectedFor(unitsUnder(ds, epic.key), ds);
    const page = await h.newPage();
    const frame = await openPanel(h, page, { issue: epic.key, user: DEMO_USERS.lead.accountId, theme: 'light' });

    await expect(frame.locator('[data-testid=error-state]').count()).resolves.toBe(0);
    expect(await shownCounts(frame)).toEqual(expected);
    // The bar's text alternative carries the same numbers.
    const label = await frame.locator('[data-testid=rollup] [data-testid=work-bar]').getAttribute('aria-label');
    expect(label).toBe(`${expected.done} done, ${expected.inProgress} in progress, ${expected.todo} to do of ${expected.total} work items`);

    const children = childrenOf(ds, epic.key);
    const rows = frame.locator('[data-testid=child]');
    await expect(rows.count()).resolves.toBe(children.length);
    const shownKeys = await rows.evaluateAll((els) => els.map((el) => el.getAttribute('data-key')));
    expect([...shownKeys].sort()).toEqual(children.map((c) => c.key).sort());
    for (const child of children) {
      const row = frame.locator(`[data-testid=child][data-key="${child.key}"]`);
      const status = ds.statuses.find((s) => s.id === child.statusId);
      await expect(row.locator('[data-testid=status]').textContent()).resolves.toBe(status?.name);
      expect(number(await row.locator('[data-testid=child-percent]').textContent())).toBe(rollupOf(ds, child).percent);
    }
    await h.screenshot(page, 'issue-panel-epic-light');

    // Dark theme: the host switches colour mode and the app follows (view.theme.enable()).
    await page.selectOption('#pick-theme', 'dark');
    await frame.waitForFunction(() => document.documentElement.getAttribute('data-color-mode') === 'dark');
    await frame.waitForFunction(() => getComputedStyle(document.body).getPropertyValue('--ds-surface').trim() !== '');
    const surface = await frame.evaluate(() => getComputedStyle(document.querySelector('main') as Element).backgroundColor);
    expect(surface).not.toBe('rgb(255, 255, 255)');
    await page.waitForTimeout(200); // let the new theme's CSS paint
    await h.screenshot(page, 'issue-panel-epic-dark');

    // Links go through router.open: the host shows the address instead of opening a pop-up.
    const first = children[0];
    await frame.locator(`[data-testid=child][data-key="${first.key}"] [data-testid=issue-link]`).click();
    await expect(page.locator('[data-testid=navigation-url]').textContent()).resolves.toBe(`${h.workbench.demoSite?.url}/browse/${first.key}`);
  });

  test('an issue with no children says so and shows its own status', async () => {
    const ds = h.dataset;
    const lone = ds.issues.find((i) => i.projectKey === 'PO' && levelOf(ds, i) === 0 && childrenOf(ds, i.key).length === 0);
    if (!lone) throw new Error('The demo dataset has no childless PO work item');
    const page = await h.newPage();
    const frame = await openPanel(h, page, { issue: lone.key, user: DEMO_USERS.lead.accountId });
    const empty = frame.locator('[data-testid=empty-state]');
    await expect(empty.locator('h3').textContent()).resolves.toBe(`${lone.key} has no child work items, so the panel shows its own status`);
    expect(await shownCounts(frame)).toEqual(expectedFor([lone], ds));
    const status = ds.statuses.find((s) => s.id === lone.statusId);
    await expect(empty.locator('[data-testid=status]').textContent()).resolves.toBe(status?.name);
    await expect(frame.locator('[data-testid=child]').count()).resolves.toBe(0);
    await h.screenshot(page, 'issue-panel-empty');
  });

  test('a user without access sees the envelope message, not numbers', async () => {
    const epic = pickEpic(h.dataset);
    const page = await h.newPage();
    const answer = page.waitForResponse((r) => r.url().endsWith('/api/invoke'));
    const frame = await openPanel(h, page, { issue: epic.key, user: DEMO_USERS.outsider.accountId });
    const envelope = ((await (await answer).json()) as { result: { ok: boolean; error?: { code: string; message: string } } }).result;
    expect(envelope.ok).toBe(false);
    const alert = frame.locator('[data-testid=error-state]');
    await expect(alert.getAttribute('data-code')).resolves.toBe(envelope.error?.code);
    await expect(alert.textContent()).resolves.toContain(envelope.error?.message);
    expect(['FORBIDDEN', 'NOT_FOUND']).toContain(envelope.error?.code);
    await expect(frame.locator('[data-testid=rollup]').count()).resolves.toBe(0);
    await h.screenshot(page, 'issue-panel-error');
  });

  test('the app runs under Forge’s iframe sandbox and Content-Security-Policy', async () => {
    const page = await h.newPage();
    const doc = page.waitForResponse((r) => r.url().includes('/__app/') && r.url().includes('/index.html'));
    const frame = await openPanel(h, page, { user: DEMO_USERS.lead.accountId });

    await expect(page.locator('#app-frame').getAttribute('sandbox')).resolves.toBe(FORGE_IFRAME_SANDBOX);
    expect(FORGE_IFRAME_SANDBOX.split(' ')).not.toContain('allow-popups');
    // No allow-popups: window.open from inside the app is blocked.
    await expect(frame.evaluate(() => window.open('https://example.com/', '_blank'))).resolves.toBeNull();
    // The app is on another origin than its host, as on Forge's CDN: no reach into the host page.
    await expect(frame.evaluate(() => {
      try {
        return window.parent.document.title;
      } catch {
        return 'blocked';
      }
    })).resolves.toBe('blocked');

    const csp = (await doc).headers()['content-security-policy'] ?? '';
    const scriptSrc = csp.split(';').map((d) => d.trim()).find((d) => d.startsWith('script-src')) ?? '';
    expect(scriptSrc).toBe("script-src 'self'");
    expect(csp).toContain("style-src 'self' 'unsafe-inline'"); // manifest: permissions.content.styles
    // Inline script is refused, as Forge refuses it without permissions.content.scripts.
    const ran = await frame.evaluate(async () => {
      const s = document.createElement('script');
      s.textContent = 'window.__inlineRan = true';
      document.head.appendChild(s);
      await new Promise((r) => setTimeout(r, 50));
      return (window as unknown as { __inlineRan?: boolean }).__inlineRan === true;
    });
    expect(ran).toBe(false);
  });
});
