/**
 * The Confluence roadmap macro and its config view in the workbench, in Debian's Chromium. Config:
 * a bad or unbounded JQL shows Jira's message and is not saved; a good one is submitted as Forge's
 * macro contract says (`view.submit({ config })`). View: the numbers on screen equal those the demo
 * data implies (derived here from the dataset), sorting, grouping, the drill-down, the CSV export
 * (a real download from the sandboxed iframe), the burn-up, and the empty and bad-query states.
 */
import { readFileSync } from 'node:fs';
import type { Frame, Page } from 'playwright-core';
import { DEMO_USERS } from '../../local/demo-site';
import type { RoadmapMacroConfig } from '../../src/contract';
import { expectedRoadmap, itemsAt, unitsOfItem } from '../services/roadmap-expected';
import { E2E_TODAY, startHarness, type Harness } from './harness';

jest.setTimeout(180_000);

const MODULE_KEY = 'shipshape-roadmap';
const EPICS_JQL = 'project = PO AND issuetype = Epic';

async function appFrame(page: Page): Promise<Frame> {
  const handle = await page.waitForSelector('#app-frame');
  const frame = await handle.contentFrame();
  if (!frame) throw new Error('the app iframe has no frame');
  return frame;
}

const url = (h: Harness, q: Record<string, string>) =>
  `${h.workbench.url}/module/${MODULE_KEY}?${new URLSearchParams({ user: DEMO_USERS.lead.accountId, space: 'PO', theme: 'light', ...q })}`;

const VIEW_READY = '[data-testid=header], [data-testid=error-state], [data-testid=empty-state]';

async function viewFrame(page: Page): Promise<Frame> {
  const frame = await appFrame(page);
  await frame.waitForSelector(VIEW_READY, { timeout: 60_000 });
  return frame;
}

/**
 * Saves a configuration through the real config view, as an editor would: the view checks the JQL
 * and calls `view.submit({ config })`, the host keeps `config` (Confluence's macro contract) and
 * shows the macro, which reads it from `context.extension.config`. Answers the macro's frame.
 */
async function configure(h: Harness, page: Page, config: Omit<RoadmapMacroConfig, 'baselineMode' | 'baselineDate'>, theme = 'light'): Promise<Frame> {
  await page.goto(url(h, { entry: 'config', theme }));
  const form = await appFrame(page);
  await form.waitForSelector('[data-testid=jql]');
  await form.fill('[data-testid=jql]', config.jql);
  // Check the query first, as the editor sees it: the check's answer moves the fields below it.
  await form.click('[data-testid=check-jql]');
  await form.waitForSelector('[data-testid=jql-ok]');
  await form.check(`[data-testid=weight-${config.weight}]`);
  await form.selectOption('[data-testid=groupBy]', config.groupBy);
  await form.fill('[data-testid=title] input, input[data-testid=title]', config.title);
  await form.setChecked('[data-testid=showNotDone]', config.showNotDone);
  await Promise.all([page.waitForURL(/entry=view/), form.click('[data-testid=save]')]);
  return viewFrame(page);
}

/**
 * A configuration the config view would refuse (a query that has since gone bad, or none at all),
 * put where Confluence keeps it through the host page's "stored configuration" form: the only way
 * to reach these view states, as on a real page whose project was deleted after the macro was saved.
 */
async function storeRawConfig(h: Harness, page: Page, config: Partial<RoadmapMacroConfig>): Promise<Frame> {
  await page.goto(url(h, { entry: 'view' }));
  await page.fill('#config-form textarea[name=config]', JSON.stringify(config));
  await Promise.all([page.waitForEvent('load'), page.click('#config-form button[type=submit]')]);
  return viewFrame(page);
}

const num = (s: string | null) => Number((s ?? '').replace(/[^0-9.]/g, ''));

describe('Confluence roadmap macro in the workbench', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness();
  });
  afterAll(async () => {
    await h?.close();
  });

  test('config: a bad or unbounded JQL shows Jira’s message and is not saved; a good one is submitted as { config }', async () => {
    const page = await h.newPage();
    await page.goto(url(h, { entry: 'config' }));
    const frame = await appFrame(page);
    await frame.waitForSelector('[data-testid=jql]');
    const saves: unknown[] = [];
    page.on('request', (r) => {
      if (r.url().endsWith('/api/config')) saves.push(r.postDataJSON());
    });

    await frame.fill('[data-testid=jql]', 'project = NOPE AND issuetype = Epic');
    await frame.click('[data-testid=save]');
    const err = frame.locator('[data-testid=jql-error]');
    await err.waitFor();
    await expect(err.textContent()).resolves.toContain("The value 'NOPE' does not exist for the field 'project'.");
    await expect(err.textContent()).resolves.toContain('Jira says project NOPE doesn’t exist — or you don’t have access to it.');
    const jqlBox = frame.locator('[data-testid=jql]');
    await expect(jqlBox.getAttribute('aria-invalid')).resolves.toBe('true');
    const red = await frame.evaluate(() => getComputedStyle(document.body).getPropertyValue('--ds-border-danger').trim());
    await expect(jqlBox.evaluate((el) => getComputedStyle(el).borderTopColor)).resolves.not.toBe(
      await frame.locator('[data-testid=groupBy]').evaluate((el) => getComputedStyle(el).borderTopColor),
    );
    expect(red).not.toBe('');
    await expect(frame.locator('input[data-testid=title], [data-testid=title] input').first().getAttribute('placeholder')).resolves.toBe('e.g. Q1 platform roadmap');
    await h.screenshot(page, 'roadmap-config-bad-jql');

    await frame.fill('[data-testid=jql]', 'order by rank');
    await frame.click('[data-testid=save]');
    await frame.locator('[data-testid=jql-error]', { hasText: 'Unbounded JQL queries are not allowed here' }).waitFor();
    expect(saves).toEqual([]); // neither was saved

    await frame.fill('[data-testid=jql]', EPICS_JQL);
    await frame.click('[data-testid=check-jql]');
    const ok = frame.locator('[data-testid=jql-ok]');
    await ok.waitFor();
    await expect(ok.textContent()).resolves.toContain(`${itemsAt(h.dataset, 'PO', 1).length} items`);
    await frame.check('[data-testid=weight-points]');
    await frame.selectOption('[data-testid=groupBy]', 'dueQuarter');
    await frame.fill('[data-testid=title] input, input[data-testid=title]', 'Platform roadmap');
    await frame.uncheck('[data-testid=showNotDone]');
    await h.screenshot(page, 'roadmap-config-good-jql');
    await Promise.all([page.waitForRequest((r) => r.url().endsWith('/api/config')), frame.click('[data-testid=save]')]);
    expect(saves).toHaveLength(1);
    // Forge's macro config contract: view.submit({ config }); Confluence stores `config` as extension.config.
    const submitted = { jql: EPICS_JQL, weight: 'points', groupBy: 'dueQuarter', title: 'Platform roadmap', showNotDone: false, baselineMode: 'quarter', baselineDate: '' };
    expect((saves[0] as { config: unknown }).config).toEqual({ config: submitted });

    // The host shows the macro, which reads the inner config (not `{ config: … }`) from its context.
    await page.waitForURL(/entry=view/);
    const view = await viewFrame(page);
    await expect(view.locator('h2').first().textContent()).resolves.toBe('Platform roadmap');
    const hostConfig = JSON.parse((await page.locator('#workbench-config').textContent()) ?? '{}') as { context: { extension: { config: unknown } } };
    expect(hostConfig.context.extension.config).toEqual(submitted);
    const groups = await view.locator('[data-testid=group]').evaluateAll((els) => els.map((e) => e.getAttribute('data-group')));
    expect(groups.length).toBeGreaterThan(1); // grouped by due quarter
    await expect(view.locator('[data-testid=not-done-item]').count()).resolves.toBe(0); // showNotDone: false
    // Reopening the config view shows what was saved.
    await page.goto(url(h, { entry: 'config' }));
    const again = await appFrame(page);
    await again.waitForSelector('[data-testid=jql]');
    await expect(again.inputValue('[data-testid=jql]')).resolves.toBe(EPICS_JQL);
    await expect(again.isChecked('[data-testid=weight-points]')).resolves.toBe(true);
  });

  test('view: the numbers equal what the demo data implies; sorting, drill-down, not-done list, burn-up', async () => {
    const page = await h.newPage();
    const frame = await configure(h, page, { jql: EPICS_JQL, weight: 'count', groupBy: 'none', title: 'Platform epics', showNotDone: true });
    const ds = h.dataset;
    const epics = itemsAt(ds, 'PO', 1);
    const want = expectedRoadmap(ds, epics, 'count', E2E_TODAY);

    await expect(frame.locator('[data-testid=percent-done]').textContent()).resolves.toBe(`${want.totals.percentDone}%`);
    await expect(frame.locator('[data-testid=items-done]').textContent()).resolves.toBe(`Items done: ${want.totals.itemsDone} of ${want.totals.items}`);
    const legend = async (id: string) => num(await frame.locator(`[data-testid=header] [data-testid=${id}]`).textContent());
    expect(await legend('count-done')).toBe(want.totals.work.done);
    expect(await legend('count-inProgress')).toBe(want.totals.work.inProgress);
    expect(await legend('count-todo')).toBe(want.totals.work.todo);
    expect(await legend('count-total')).toBe(want.totals.work.total);

    const rows = frame.locator('[data-testid=item]');
    await expect(rows.evaluateAll((els) => els.map((e) => e.getAttribute('data-key')))).resolves.toEqual(want.items.map((i) => i.key));
    const percents = await frame.locator('[data-testid=item-percent]').allTextContents();
    expect(percents.map(num)).toEqual(want.items.map((i) => i.percentDone));
    const notDone = await frame.locator('[data-testid=not-done-item]').evaluateAll((els) => els.map((e) => e.getAttribute('data-key')));
    expect(notDone).toEqual(want.notDoneOnTime);
    await frame.locator('[data-testid=burnup] svg title').waitFor({ state: 'attached' });
    await h.screenshot(page, 'roadmap-view-light');
    await frame.locator('[data-testid=burnup]').scrollIntoViewIfNeeded();
    await h.screenshot(page, 'roadmap-view-burnup');

    // Sorting by % done: highest first, then back to JQL order.
    await frame.click('[data-testid=sort-percentDone]');
    const sorted = (await frame.locator('[data-testid=item-percent]').allTextContents()).map(num);
    expect(sorted).toEqual([...sorted].sort((a, b) => b - a));
    await expect(frame.locator('th[aria-sort=descending]').count()).resolves.toBe(1);

    // Each row's button names its item for screen readers; the bars say "1 work item", not "1 work items".
    await expect(frame.getByRole('button', { name: `Explain ${epics[0]!.key}`, exact: true }).count()).resolves.toBe(1);
    const barLabels = await frame.locator('[data-testid=item] [data-testid=work-bar]').evaluateAll((els) => els.map((e) => e.getAttribute('aria-label') ?? ''));
    expect(barLabels.filter((l) => / of 1 work items$/.test(l))).toEqual([]);
    // The headline says what the total's forecast compares with, and how many items are off track.
    const offTrack = await frame.locator('[data-testid=item] [data-testid=forecast][data-state=offTrack]').count();
    const headline = (await frame.locator('[data-testid=forecast-total]').textContent()) ?? '';
    const totalState = await frame.locator('[data-testid=forecast-total] [data-testid=forecast]').getAttribute('data-state');
    const latestDue = epics.map((i) => i.dueDate).filter((d): d is string => d !== null).sort().pop();
    if (latestDue && ['onTrack', 'atRisk', 'offTrack'].includes(totalState ?? '')) expect(headline).toContain(`for the latest due date, ${latestDue}`);
    if (offTrack > 0) expect(headline).toContain(`${offTrack} item${offTrack === 1 ? '' : 's'} off track`);
    // The forecast's explanation is in plain words: no internal state names or formulas.
    await frame.click('[data-testid=forecast-method] summary');
    const method = (await frame.locator('[data-testid=forecast-method]').textContent()) ?? '';
    expect(method).toContain('We count the work items finished in the last 28 days');
    expect(method).not.toMatch(/offTrack|noThroughput|onTrack|atRisk|ceil\(|\bunits\b/);

    // "Explain this number" for one item: every work item counted, with its weight.
    const epic = epics.find((e) => unitsOfItem(ds, e).length > 5)!;
    await frame.click(`[data-testid=explain-${epic.key}]`);
    const explain = frame.locator('[data-testid=explain]');
    await explain.waitFor();
    // Focus moves to the drill-down's heading (it opens above the table) …
    await frame.waitForFunction(() => document.activeElement?.getAttribute('data-testid') === 'explain-heading');
    const unitKeys = await explain.locator('[data-testid=explain-unit]').evaluateAll((els) => els.map((e) => e.getAttribute('data-key')));
    expect(unitKeys.sort()).toEqual(unitsOfItem(ds, epic).map((u) => u.key).sort());
    const weights = (await explain.locator('[data-testid=explain-weight]').allTextContents()).map(num);
    expect(weights.every((w) => w === 1)).toBe(true);
    await explain.scrollIntoViewIfNeeded();
    await h.screenshot(page, 'roadmap-view-explain');
    // … and Close (here by Escape) returns it to the row's button.
    await frame.press('[data-testid=explain-heading]', 'Escape');
    await explain.waitFor({ state: 'detached' });
    await frame.waitForFunction((k) => document.activeElement?.getAttribute('data-testid') === `explain-${k}`, epic.key);

    // Sort buttons show a focus ring on keyboard focus (they are drawn as plain text).
    await frame.focus('[data-testid=sort-key]');
    await page.keyboard.press('Shift+Tab');
    await page.keyboard.press('Tab');
    const outline = await frame.locator('[data-testid=sort-key]').evaluate((el) => getComputedStyle(el).outlineStyle);
    expect(outline).toBe('solid');
    await h.screenshot(page, 'roadmap-view-sort-focus');
  });

  test('view: sub-tasks the query returns count as their own work item, and the header says so', async () => {
    const page = await h.newPage();
    const jql = 'fixVersion = "PO 2.1"';
    const frame = await configure(h, page, { jql, weight: 'count', groupBy: 'none', title: 'PO 2.1 scope', showNotDone: true });
    const ds = h.dataset;
    const version = ds.versions.find((v) => v.name === 'PO 2.1')!;
    const subtasks = ds.issues.filter((i) => i.fixVersionIds.includes(version.id) && ds.issueTypes.find((t) => t.id === i.issueTypeId)!.subtask);
    expect(subtasks.length).toBeGreaterThan(0);
    const note = frame.locator('[data-testid=subtask-note]');
    await expect(note.getAttribute('data-count')).resolves.toBe(String(subtasks.length));
    await expect(note.textContent()).resolves.toContain('AND issuetype not in subTaskIssueTypes()');
    for (const st of subtasks) await frame.locator(`[data-testid=item][data-key="${st.key}"] [data-testid=subtask-item]`).waitFor();
    await expect(frame.locator('[data-testid=footer]').textContent()).resolves.toContain('a sub-task the query itself returns is a roadmap item');
    await h.screenshot(page, 'roadmap-view-subtasks-light');

    // The suggested clause works on the demo site and leaves exactly the sub-tasks out.
    const total = await frame.locator('[data-testid=item]').count();
    const without = await configure(h, page, { jql: `${jql} AND issuetype not in subTaskIssueTypes()`, weight: 'count', groupBy: 'none', title: '', showNotDone: true });
    await expect(without.locator('[data-testid=item]').count()).resolves.toBe(total - subtasks.length);
    await expect(without.locator('[data-testid=subtask-note]').count()).resolves.toBe(0);
  });

  test('view: grouped tables share their column widths', async () => {
    const page = await h.newPage();
    const frame = await configure(h, page, { jql: EPICS_JQL, weight: 'count', groupBy: 'dueQuarter', title: '', showNotDone: false });
    const widths = await frame.locator('[data-testid=items]').evaluateAll((tables) =>
      tables.map((t) => Array.from(t.querySelectorAll('thead th')).map((th) => Math.round(th.getBoundingClientRect().width))),
    );
    expect(widths.length).toBeGreaterThan(1);
    for (const w of widths) expect(w).toEqual(widths[0]);
    await h.screenshot(page, 'roadmap-view-grouped-light');
  });

  test('view: a viewer who cannot see the project is told so, not that the query is broken', async () => {
    const page = await h.newPage();
    await configure(h, page, { jql: EPICS_JQL, weight: 'count', groupBy: 'none', title: '', showNotDone: true });
    for (const user of [DEMO_USERS.outsider, DEMO_USERS.mobile]) {
      await page.goto(url(h, { entry: 'view', user: user.accountId }));
      const frame = await viewFrame(page);
      const err = frame.locator('[data-testid=error-state]');
      await expect(err.getAttribute('data-reason')).resolves.toBe('no-such-project');
      const text = (await err.textContent()) ?? '';
      expect(text).toContain('Jira says project PO doesn’t exist — or you don’t have access to it.');
      expect(text).toContain('Ask the page owner or a Jira admin.');
      expect(text).toContain("The value 'PO' does not exist for the field 'project'."); // Jira's own words stay visible
      expect(text).not.toMatch(/edit the macro/i);
      await h.screenshot(page, `roadmap-view-noaccess-${user === DEMO_USERS.mobile ? 'marco' : 'olivia'}`);
    }
  });

  test('view: CSV export downloads the table from the sandboxed iframe', async () => {
    const page = await h.newPage();
    const frame = await configure(h, page, { jql: EPICS_JQL, weight: 'count', groupBy: 'none', title: 'Platform epics', showNotDone: true });
    const [download] = await Promise.all([page.waitForEvent('download'), frame.click('[data-testid=csv-export]')]);
    expect(download.suggestedFilename()).toBe(`roadmap-platform-epics-${E2E_TODAY}.csv`);
    const csv = readFileSync((await download.path())!, 'utf8');
    const lines = csv.trim().split('\r\n');
    expect(lines[0]).toMatch(/^Key,Summary,Status,Status category,Due date,Percent done,/);
    const want = expectedRoadmap(h.dataset, itemsAt(h.dataset, 'PO', 1), 'count', E2E_TODAY);
    expect(lines.slice(1).map((l) => l.split(',')[0])).toEqual(want.items.map((i) => i.key));
  });

  test('view: grouped by due-date quarter, weighted by points, dark theme', async () => {
    const page = await h.newPage({ colorScheme: 'dark' });
    const frame = await configure(h, page, { jql: 'project = PO AND issuetype in (Initiative, Epic)', weight: 'points', groupBy: 'dueQuarter', title: '', showNotDone: true }, 'dark');
    const groups = await frame.locator('[data-testid=group]').evaluateAll((els) => els.map((e) => e.getAttribute('data-group')));
    expect(groups.length).toBeGreaterThan(1);
    expect(groups.filter((g) => g !== 'none')).toEqual([...groups.filter((g) => g !== 'none')].sort());
    const items = h.dataset.issues.filter((i) => i.projectKey === 'PO' && ['Initiative', 'Epic'].includes(h.dataset.issueTypes.find((t) => t.id === i.issueTypeId)!.name));
    const want = expectedRoadmap(h.dataset, items.sort((a, b) => a.rank - b.rank), 'points', E2E_TODAY);
    await expect(frame.locator('[data-testid=percent-done]').textContent()).resolves.toBe(`${want.totals.percentDone}%`);
    if (want.totals.unestimated > 0) await frame.locator('[data-testid=unestimated-note], [data-testid=mostly-unestimated]').first().waitFor();
    await frame.waitForFunction(() => document.documentElement.getAttribute('data-color-mode') === 'dark');
    await page.waitForTimeout(200);
    await h.screenshot(page, 'roadmap-view-dark');
  });

  test('view: bad JQL, an empty result and no configuration are each a clear message in place', async () => {
    const page = await h.newPage();
    // A query that went bad after it was saved (the config view refuses to save it in the first place).
    let frame = await storeRawConfig(h, page, { jql: 'project = NOPE' });
    const err = frame.locator('[data-testid=error-state]');
    await expect(err.getAttribute('data-code')).resolves.toBe('BAD_INPUT');
    await expect(err.textContent()).resolves.toContain("The value 'NOPE' does not exist for the field 'project'.");
    await h.screenshot(page, 'roadmap-view-bad-jql');

    // The outsider can sign in to Jira but browse nothing: an empty roadmap, said plainly.
    await configure(h, page, { jql: 'issuetype = Epic', weight: 'count', groupBy: 'none', title: '', showNotDone: true });
    await page.goto(url(h, { entry: 'view', user: DEMO_USERS.outsider.accountId }));
    frame = await appFrame(page);
    await frame.locator('[data-testid=empty-state]', { hasText: 'No items match' }).waitFor();

    // A macro inserted but never configured: Confluence has no config for it.
    frame = await storeRawConfig(h, page, {});
    await frame.locator('[data-testid=empty-state]', { hasText: 'no query yet' }).waitFor();
  });
});
