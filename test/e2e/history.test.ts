/**
 * History and odds (SPEC §7) in the workbench, in Debian's Chromium: the gadget's "since" line
 * and burn-up, the roadmap macro's slipped column and list, and the issue panel's slip. Every
 * number expected is derived here from the demo dataset's changelogs (test/services/history-expected),
 * not from the app's code. Screenshots in test-results/.
 */
import { readFileSync } from 'node:fs';
import type { Frame, Page } from 'playwright-core';
import { DEMO_USERS, DEMO_VERSIONS, issuesOf, versionByName } from '../../local/demo-site';
import { HistoryOracle, quarterStartOf } from '../services/history-expected';
import { E2E_TODAY, startHarness, type Harness } from './harness';

jest.setTimeout(180_000);

const LEAD = DEMO_USERS.lead.accountId;

async function appFrame(page: Page): Promise<Frame> {
  const handle = await page.waitForSelector('#app-frame');
  const frame = await handle.contentFrame();
  if (!frame) throw new Error('the app iframe has no frame');
  return frame;
}

/** Opens a module's view with a stored configuration, through the host page's configuration form. */
async function openWithConfig(h: Harness, page: Page, moduleKey: string, query: Record<string, string>, config: object, ready: string): Promise<Frame> {
  await page.goto(`${h.workbench.url}/module/${moduleKey}?${new URLSearchParams({ user: LEAD, ...query })}`);
  await page.fill('#config-form textarea[name=config]', JSON.stringify(config));
  await Promise.all([page.waitForEvent('load'), page.click('#config-form [type=submit]')]);
  const frame = await appFrame(page);
  await frame.waitForSelector(ready, { timeout: 60_000 });
  return frame;
}

/** The number of points a chart line is drawn through. */
const pointsOf = (frame: Frame, figure: string, series: string) =>
  frame.locator(`[data-testid=${figure}] path[data-series=${series}]`).evaluate((p) => (p.getAttribute('d') ?? '').split(/[ML]/).filter(Boolean).length);

describe('history and odds in the browser', () => {
  let h: Harness;
  let oracle: HistoryOracle;
  beforeAll(async () => {
    h = await startHarness({ apps: ['readiness-gadget', 'roadmap-macro', 'issue-panel'] });
    oracle = new HistoryOracle(h.dataset);
  });
  afterAll(async () => {
    await h?.close();
  });

  test('gadget: "since" line, keys on demand, burn-up of daily scope and done, the odds and how they are computed', async () => {
    const v = versionByName(h.dataset, 'PO', DEMO_VERSIONS.poBlocked)!;
    const want = oracle.releaseScope(v.id, v.startDate!, E2E_TODAY);
    const daily = oracle.daily(v.id, v.startDate!, E2E_TODAY);
    expect(want.added.length + want.removed.length).toBeGreaterThan(0); // the demo tells a story

    const page = await h.newPage();
    const frame = await openWithConfig(h, page, 'shipshape-readiness-gadget', {}, { projectKey: 'PO', mode: 'version', versionId: v.id }, '[data-testid=since-line]');
    await expect(frame.locator('[data-testid=since-added]').textContent()).resolves.toBe(`+${want.added.length} added`);
    await expect(frame.locator('[data-testid=since-removed]').textContent()).resolves.toBe(`−${want.removed.length} removed`);
    await expect(frame.locator('[data-testid=since-delivered]').textContent()).resolves.toBe(`${want.delivered.length} of the ${want.atBaseline.length} planned delivered`);
    await frame.click('[data-testid=since-keys-toggle]');
    const added = await frame.locator('[data-testid=since-added-keys] [data-testid=issue-link]').allTextContents();
    expect(added).toEqual(want.added);
    if (want.removed.length) await expect(frame.locator('[data-testid=since-removed-keys] [data-testid=issue-link]').allTextContents()).resolves.toEqual(want.removed);

    // The burn-up: one point a day from the baseline to today, first and last values as the data says.
    await expect(pointsOf(frame, 'release-burnup', 'scope')).resolves.toBe(daily.length);
    const desc = await frame.locator('[data-testid=release-burnup] desc').textContent();
    expect(desc).toBe(
      `From ${v.startDate} to ${E2E_TODAY}: scope went from ${daily[0]!.scope} to ${daily.at(-1)!.scope} issues; done went from ${daily[0]!.done} to ${daily.at(-1)!.done}.`,
    );
    await expect(frame.locator('[data-testid=odds-text]').textContent()).resolves.toMatch(/50%: .+ · 85%: .+ · 95%: .+ — [\d.]+% chance by the release date/);
    await frame.click('[data-testid=odds-method] summary');
    await expect(frame.locator('[data-testid=odds-method] p').textContent()).resolves.toMatch(/computed exactly/);
    await frame.locator('[data-testid=history]').scrollIntoViewIfNeeded();
    await h.screenshot(page, 'readiness-gadget-history');
  });

  test('gadget edit view: "28 days ago" as the baseline is saved and used', async () => {
    const page = await h.newPage();
    await page.goto(`${h.workbench.url}/module/shipshape-readiness-gadget?${new URLSearchParams({ entry: 'edit', user: LEAD })}`);
    const edit = await appFrame(page);
    await edit.waitForSelector('[data-testid=project]', { timeout: 30_000 });
    // The project and the version are picked by name (type, wait for the match, Enter).
    await edit.click('#project');
    await edit.fill('#project', 'platform');
    await edit.waitForSelector('[data-testid=project-option][data-key=PO][data-active=true]');
    await edit.press('#project', 'Enter');
    const versionId = versionByName(h.dataset, 'PO', DEMO_VERSIONS.poBlocked)!.id;
    await edit.waitForSelector('#version');
    await edit.click('#version');
    await edit.fill('#version', DEMO_VERSIONS.poBlocked);
    await edit.waitForSelector(`[data-testid=version-select-option][data-key="${versionId}"]`);
    await edit.click(`[data-testid=version-select-option][data-key="${versionId}"]`);
    await expect(edit.isChecked('[data-testid=baseline-startDate]')).resolves.toBe(true); // the default
    await edit.check('[data-testid=baseline-daysAgo]');
    await Promise.all([page.waitForURL(/entry=view/), edit.click('[data-testid=save]')]);
    const frame = await appFrame(page);
    await frame.waitForSelector('[data-testid=since-line]', { timeout: 60_000 });
    const v = versionByName(h.dataset, 'PO', DEMO_VERSIONS.poBlocked)!;
    const b = new Date(Date.parse(`${E2E_TODAY}T00:00:00Z`) - 28 * 86_400_000).toISOString().slice(0, 10);
    const want = oracle.releaseScope(v.id, b, E2E_TODAY);
    await expect(frame.locator('#history-heading').textContent()).resolves.toMatch(/\(28 days before today\)$/);
    await expect(frame.locator('[data-testid=since-added]').textContent()).resolves.toBe(`+${want.added.length} added`);
    await expect(frame.locator('[data-testid=since-delivered]').textContent()).resolves.toBe(`${want.delivered.length} of the ${want.atBaseline.length} planned delivered`);
  });

  test('macro: slipped column and "Slipped since" list, baseline counts and odds in the header', async () => {
    const b = quarterStartOf(E2E_TODAY);
    const epics = issuesOf(h.dataset, { project: 'PO', level: 1 });
    const slips = new Map(epics.map((e) => [e.key, oracle.slip(e, b, E2E_TODAY)]));
    const slipped = [...slips.entries()].filter(([, s]) => (s.slipDays ?? 0) > 0).sort((x, y) => y[1].slipDays! - x[1].slipDays!);
    expect(slipped.length).toBeGreaterThan(0);

    const page = await h.newPage();
    const config = { jql: 'project = PO AND issuetype = Epic', weight: 'count', groupBy: 'none', title: 'Platform epics', showNotDone: true, baselineMode: 'quarter', baselineDate: '' };
    const frame = await openWithConfig(h, page, 'shipshape-roadmap', { space: 'PO', theme: 'light', entry: 'view' }, config, '[data-testid=slipped]');
    await expect(frame.locator('[data-testid=slip-heading]').textContent()).resolves.toBe('Slipped');
    for (const [key, s] of slips) {
      const cell = frame.locator(`[data-testid=item][data-key="${key}"] [data-testid=slip]`);
      const text = (await cell.textContent()) ?? '';
      if (s.dueDateChanges === 0 && (s.slipDays ?? 0) === 0) expect(text).toBe('—');
      else if ((s.slipDays ?? 0) > 0) expect(text.startsWith(`+${s.slipDays} day${s.slipDays === 1 ? '' : 's'} · ${s.dueDateChanges} change${s.dueDateChanges === 1 ? '' : 's'}`)).toBe(true);
    }
    const [topKey, top] = slipped[0]!;
    await expect(frame.locator(`[data-testid=item][data-key="${topKey}"] [data-testid=slip] [title]`).getAttribute('title')).resolves.toContain(`Due date on ${b}: ${top.dueDateAtBaseline}`);
    const listed = await frame.locator('[data-testid=slipped-item]').evaluateAll((els) => els.map((e) => e.getAttribute('data-key')));
    expect(listed).toEqual(slipped.map(([k]) => k));
    await expect(frame.locator('[data-testid=baseline-line]').textContent()).resolves.toMatch(/^Since 1 Jan: \d+ work items? existed then/);
    await expect(frame.locator('[data-testid=total-odds] [data-testid=odds-text]').textContent()).resolves.toMatch(/50%: |No odds/);
    // The CSV export gains the slip columns.
    const [download] = await Promise.all([page.waitForEvent('download'), frame.click('[data-testid=csv-export]')]);
    const lines = readFileSync((await download.path())!, 'utf8').trim().split('\r\n');
    expect(lines[0]).toMatch(/,Link,Due date at baseline,Due date changes,Slip days$/);
    const row = lines.find((l) => l.startsWith(`${topKey},`))!;
    expect(row.endsWith(`,${top.dueDateAtBaseline},${top.dueDateChanges},${top.slipDays}`)).toBe(true);
    await frame.locator('[data-testid=slipped]').scrollIntoViewIfNeeded();
    await h.screenshot(page, 'roadmap-macro-slipped-list');
    await frame.locator('[data-testid=header]').scrollIntoViewIfNeeded();
    await h.screenshot(page, 'roadmap-macro-history');
  });

  test('issue panel: the epic’s own slip since the quarter began', async () => {
    const b = quarterStartOf(E2E_TODAY);
    const epic = issuesOf(h.dataset, { project: 'PO', level: 1 }).find((e) => (oracle.slip(e, b, E2E_TODAY).slipDays ?? 0) > 0)!;
    const s = oracle.slip(epic, b, E2E_TODAY);
    const page = await h.newPage();
    await page.goto(`${h.workbench.url}/module/shipshape-issue-panel?${new URLSearchParams({ user: LEAD, issue: epic.key })}`);
    const frame = await appFrame(page);
    await frame.waitForSelector('[data-testid=issue-slip]', { timeout: 60_000 });
    await expect(frame.getAttribute('[data-testid=issue-slip]', 'data-slip-days')).resolves.toBe(String(s.slipDays));
    await expect(frame.locator('[data-testid=issue-slip]').textContent()).resolves.toContain(`Slipped ${s.slipDays} days: due ${s.dueDateAtBaseline} on ${b}, now ${epic.dueDate}.`);
    await expect(frame.locator('[data-testid=issue-slip-changes] li').count()).resolves.toBe(s.dueDateChanges);
  });
});
