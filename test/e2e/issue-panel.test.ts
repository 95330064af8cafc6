/**
 * The Jira issue panel in the workbench, in Debian's Chromium: the numbers on screen equal those the
 * demo data implies (derived here from the dataset itself, not copied from the screen) in each
 * weighting, the forecast, the parent chain of an issue with no children, the release section
 * (verdict computed here through the domain), plus the empty and error states, theming, links
 * through the bridge, and Forge's sandbox and CSP.
 */
import type { Frame, Page } from 'playwright-core';
import { computeReadiness, DEFAULT_BLOCKER_PRIORITIES } from '../../src/domain/readiness';
import { DEFAULT_SIGNOFFS } from '../../src/domain/signoffs';
import type { Issue } from '../../src/domain/types';
import {
  addDays,
  childrenOf,
  DEMO_USERS,
  DEMO_VERSIONS,
  issueByKey,
  levelOf,
  statusCategoryKeyOf,
  versionByName,
  type Dataset,
  type DemoIssue,
} from '../../local/demo-site';
import { FORGE_IFRAME_SANDBOX } from '../../local/workbench/host/security';
import { expectedRoadmap } from '../services/roadmap-expected';
import { E2E_TODAY, startHarness, type Harness } from './harness';

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
/** What the panel prints for a work sum: one decimal at most. */
const oneDecimal = (n: number) => Math.round(n * 10) / 10;

/** The parents of an issue in the dataset, nearest first. */
function ancestorsOf(ds: Dataset, issue: DemoIssue): DemoIssue[] {
  const out: DemoIssue[] = [];
  for (let k = issue.parentKey; k; k = issueByKey(ds, k)?.parentKey ?? null) out.push(issueByKey(ds, k)!);
  return out;
}

/** A demo issue as the domain sees it (SPEC §1), mapped here from the dataset, not through src/jira. */
function toDomain(ds: Dataset, i: DemoIssue): Issue {
  const cat = statusCategoryKeyOf(ds, i);
  return {
    id: i.id,
    key: i.key,
    summary: i.summary,
    issueType: ds.issueTypes.find((t) => t.id === i.issueTypeId)!.name,
    hierarchyLevel: levelOf(ds, i),
    statusName: ds.statuses.find((st) => st.id === i.statusId)!.name,
    statusCategory: cat === 'done' ? 'done' : cat === 'indeterminate' ? 'inprogress' : 'todo',
    parentKey: i.parentKey,
    priority: ds.priorities.find((p) => p.id === i.priorityId)?.name ?? null,
    assigneeId: i.assigneeId,
    dueDate: i.dueDate,
    created: i.created.slice(0, 10), // the demo site's timestamps are +0000
    resolutionDate: i.resolutionDate?.slice(0, 10) ?? null,
    points: i.points,
    originalEstimateSeconds: i.originalEstimateSeconds,
    fixVersionIds: i.fixVersionIds,
  };
}

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
  const text = async (id: string) => frame.locator(`[data-testid=rollup] [data-testid=work-legend] [data-testid=${id}]`).textContent();
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
    // The forecast: 28-day throughput of the epic's units (SPEC §2), derived from the dataset.
    const units = unitsUnder(ds, epic.key);
    const windowStart = addDays(E2E_TODAY, -28);
    const resolved = units.filter((u) => statusCategoryKeyOf(ds, u) === 'done' && u.resolutionDate && u.resolutionDate.slice(0, 10) > windowStart && u.resolutionDate.slice(0, 10) <= E2E_TODAY).length;
    const remaining = expected.total - expected.done;
    const forecast = frame.locator('[data-testid=forecast-section]');
    await expect(forecast.locator('[data-testid=throughput]').getAttribute('data-resolved')).resolves.toBe(String(resolved));
    await expect(forecast.locator('[data-testid=remaining]').textContent()).resolves.toBe(`${remaining} work item${remaining === 1 ? '' : 's'}`);
    const finish = resolved > 0 && remaining > 0 ? addDays(E2E_TODAY, Math.ceil((remaining * 28) / resolved)) : null;
    if (finish) await expect(forecast.locator('[data-testid=projected-finish]').textContent()).resolves.toBe(finish);
    await expect(forecast.locator('[data-testid=forecast]').getAttribute('data-state')).resolves.toBe(await forecast.getAttribute('data-state'));
    await expect(forecast.locator('[data-testid=forecast-method] summary').textContent()).resolves.toMatch(/^How it’s computed/);
    await forecast.locator('[data-testid=forecast-method] summary').click();
    const method = (await forecast.locator('[data-testid=forecast-method]').textContent()) ?? '';
    expect(method).toContain('We count the work items finished in the last 28 days');
    expect(method).not.toMatch(/offTrack|noThroughput|onTrack|atRisk|ceil\(|\bunits\b/);
    await h.screenshot(page, 'issue-panel-epic-light');

    // Weight by story points: the numbers SPEC §2 implies (unestimated units weigh the epic's mean estimate).
    const points = expectedRoadmap(ds, [epic], 'points', E2E_TODAY).items[0]!;
    await frame.check('[data-testid=weight-points]');
    await frame.waitForSelector('[data-testid=rollup][data-weight=points]');
    await frame.waitForSelector('[data-testid=progress-section][aria-busy=false]');
    expect(await shownCounts(frame)).toEqual({
      total: oneDecimal(points.work.total),
      done: oneDecimal(points.work.done),
      inProgress: oneDecimal(points.work.inProgress),
      todo: oneDecimal(points.work.todo),
      percent: points.percentDone,
    });
    const note = frame.locator('[data-testid=unestimated-note]');
    if (points.unestimated > 0) await expect(note.textContent()).resolves.toContain(`${points.unestimated} of ${points.units} work items have no story points`);
    else await expect(note.count()).resolves.toBe(0);
    await expect(frame.locator('[data-testid=weight-points]').isChecked()).resolves.toBe(true);
    await h.screenshot(page, 'issue-panel-epic-points-light');
    // and back to count, by keyboard (arrow keys move within the radio group)
    await frame.focus('[data-testid=weight-points]');
    await frame.press('[data-testid=weight-points]', 'ArrowLeft');
    await frame.waitForSelector('[data-testid=rollup][data-weight=count]');
    await frame.waitForSelector('[data-testid=progress-section][aria-busy=false]');
    expect(await shownCounts(frame)).toEqual(expected);

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

  test('an issue with no children shows its own status and the progress of its parent chain', async () => {
    const ds = h.dataset;
    const lone = ds.issues.find((i) => i.projectKey === 'PO' && levelOf(ds, i) === 0 && childrenOf(ds, i.key).length === 0 && ancestorsOf(ds, i).length >= 2);
    if (!lone) throw new Error('The demo dataset has no childless PO work item under an epic and an initiative');
    const page = await h.newPage();
    const frame = await openPanel(h, page, { issue: lone.key, user: DEMO_USERS.lead.accountId });
    expect(await shownCounts(frame)).toEqual(expectedFor([lone], ds));
    const status = ds.statuses.find((s) => s.id === lone.statusId);
    await expect(frame.locator('[data-testid=own-status] [data-testid=status]').textContent()).resolves.toBe(status?.name);
    await expect(frame.locator('[data-testid=child]').count()).resolves.toBe(0);

    const ancestors = ancestorsOf(ds, lone);
    const rows = frame.locator('[data-testid=parent-chain] [data-testid=ancestor]');
    await expect(rows.evaluateAll((els) => els.map((el) => el.getAttribute('data-key')))).resolves.toEqual(ancestors.map((a) => a.key));
    for (const a of ancestors) {
      const want = rollupOf(ds, a);
      const row = frame.locator(`[data-testid=ancestor][data-key="${a.key}"]`);
      expect(number(await row.locator('[data-testid=ancestor-percent]').textContent())).toBe(want.percent);
      await expect(row.locator('[data-testid=work-bar]').getAttribute('aria-label')).resolves.toBe(
        `${want.done} done, ${want.inProgress} in progress, ${want.todo} to do of ${want.total} work item${want.total === 1 ? '' : 's'}`,
      );
    }
    await expect(frame.locator('[data-testid=progress-section] [data-testid=empty-state]').count()).resolves.toBe(0);
    await frame.locator('[data-testid=parent-chain]').scrollIntoViewIfNeeded();
    await h.screenshot(page, 'issue-panel-parent-chain-light');

    // In points, each ancestor's numbers change as its own estimates imply.
    await frame.check('[data-testid=weight-points]');
    await frame.waitForSelector('[data-testid=rollup][data-weight=points]');
    await frame.waitForSelector('[data-testid=progress-section][aria-busy=false]');
    for (const a of ancestors) {
      const want = expectedRoadmap(ds, [a], 'points', E2E_TODAY).items[0]!;
      const row = frame.locator(`[data-testid=ancestor][data-key="${a.key}"]`);
      expect(number(await row.locator('[data-testid=ancestor-percent]').textContent())).toBe(want.percentDone);
    }

    await page.selectOption('#pick-theme', 'dark');
    await frame.waitForFunction(() => document.documentElement.getAttribute('data-color-mode') === 'dark');
    await page.waitForTimeout(200);
    await h.screenshot(page, 'issue-panel-parent-chain-dark');
  });

  test('a work item with sub-tasks lists them, marked as not counted, and counts as one work item', async () => {
    const ds = h.dataset;
    const story = issueByKey(ds, 'PO-7')!;
    const subtasks = childrenOf(ds, story.key);
    expect(subtasks.length).toBe(3);
    expect(subtasks.every((c) => levelOf(ds, c) === -1)).toBe(true);
    const page = await h.newPage();
    const frame = await openPanel(h, page, { issue: story.key, user: DEMO_USERS.lead.accountId, theme: 'light' });
    expect(await shownCounts(frame)).toEqual(expectedFor([story], ds)); // SPEC §2: sub-tasks are never units
    const own = (await frame.locator('[data-testid=own-status]').textContent()) ?? '';
    expect(own).toContain(`${story.key} has 3 sub-tasks (listed below) but no child work items`);
    expect(own).not.toContain('has no child work items,');
    const rows = frame.locator('[data-testid=child]');
    await expect(rows.evaluateAll((els) => els.map((el) => el.getAttribute('data-key')))).resolves.toEqual(subtasks.map((c) => c.key));
    for (const st of subtasks) {
      const row = frame.locator(`[data-testid=child][data-key="${st.key}"]`);
      await expect(row.getAttribute('data-subtask')).resolves.toBe('true');
      await expect(row.locator('[data-testid=child-not-counted]').textContent()).resolves.toBe('sub-task — not counted as work (SPEC §2)');
    }
    await frame.locator('[data-testid=children]').scrollIntoViewIfNeeded();
    await h.screenshot(page, 'issue-panel-subtasks-light');

    // Time weighting: the note reads as English ("have no original estimate").
    await frame.check('[data-testid=weight-time]');
    await frame.waitForSelector('[data-testid=rollup][data-weight=time]');
    await frame.waitForSelector('[data-testid=progress-section][aria-busy=false]');
    const note = frame.locator('[data-testid=unestimated-note]');
    if ((await note.count()) > 0) await expect(note.textContent()).resolves.not.toMatch(/no an /);
    await page.selectOption('#pick-theme', 'dark');
    await frame.waitForFunction(() => document.documentElement.getAttribute('data-color-mode') === 'dark');
    await page.waitForTimeout(200);
    await h.screenshot(page, 'issue-panel-subtasks-dark');
  });

  test('a done work item estimated at 0 story points says it weighs nothing, not "0% done" beside an empty bar', async () => {
    const ds = h.dataset;
    const zero = ds.issues.find((i) => i.projectKey === 'PO' && levelOf(ds, i) === 0 && i.points === 0 && statusCategoryKeyOf(ds, i) === 'done')!;
    expect(zero).toBeDefined();
    const page = await h.newPage();
    const frame = await openPanel(h, page, { issue: zero.key, user: DEMO_USERS.lead.accountId, theme: 'light' });
    await frame.check('[data-testid=weight-points]');
    await frame.waitForSelector('[data-testid=rollup][data-weight=points]');
    await frame.waitForSelector('[data-testid=progress-section][aria-busy=false]');
    const rollup = frame.locator('[data-testid=rollup]');
    await expect(rollup.locator('[data-testid=no-weight]').textContent()).resolves.toBe('no weight (0 story points)');
    await expect(rollup.locator('[data-testid=percent-done]').textContent()).resolves.toBe('0%'); // SPEC §2: 0.0 when the total is 0
    await expect(rollup.locator('[data-testid=work-bar]').count()).resolves.toBe(0);
    await h.screenshot(page, 'issue-panel-zero-points-light');
  });

  test('an issue with no children and no parent says so', async () => {
    const ds = h.dataset;
    const orphan = ds.issues.find((i) => i.projectKey === 'PO' && levelOf(ds, i) === 0 && childrenOf(ds, i.key).length === 0 && !i.parentKey);
    if (!orphan) throw new Error('The demo dataset has no childless PO work item without a parent');
    const page = await h.newPage();
    const frame = await openPanel(h, page, { issue: orphan.key, user: DEMO_USERS.lead.accountId });
    const empty = frame.locator('[data-testid=progress-section] [data-testid=empty-state]');
    await expect(empty.locator('h3').textContent()).resolves.toBe(`${orphan.key} has no parent to show progress for`);
    expect(await shownCounts(frame)).toEqual(expectedFor([orphan], ds));
    await h.screenshot(page, 'issue-panel-empty');
  });

  test('the release section shows the verdict of each fix version, as the domain computes it, and links to the version', async () => {
    const ds = h.dataset;
    const page = await h.newPage();
    for (const name of [DEMO_VERSIONS.poBlocked, DEMO_VERSIONS.poNearlyReady]) {
      const version = versionByName(ds, 'PO', name)!;
      const inVersion = ds.issues.filter((i) => i.fixVersionIds.includes(version.id));
      const issue = inVersion.find((i) => levelOf(ds, i) === 0 && i.fixVersionIds.length === 1)!;
      expect(issue).toBeDefined();
      const report = computeReadiness({
        asOf: E2E_TODAY,
        version: { id: version.id, name: version.name, releaseDate: version.releaseDate, released: version.released, archived: version.archived },
        issues: inVersion.map((i) => toDomain(ds, i)),
        blockerPriorities: DEFAULT_BLOCKER_PRIORITIES,
        requiredSignoffs: DEFAULT_SIGNOFFS,
        signoffs: [],
      });
      const frame = await openPanel(h, page, { issue: issue.key, user: DEMO_USERS.lead.accountId, theme: 'light' });
      const row = frame.locator(`[data-testid=releases] [data-testid=release][data-version-id="${version.id}"]`);
      await row.waitFor({ timeout: 30_000 });
      await expect(frame.locator('[data-testid=releases] [data-testid=release]').count()).resolves.toBe(1);
      await expect(row.locator('[data-testid=verdict]').getAttribute('data-verdict')).resolves.toBe(report.verdict);
      expect(number(await row.locator('[data-testid=release-percent]').textContent())).toBe(report.percentDone);
      await expect(row.locator('[data-testid=release-reason]').textContent()).resolves.toBe(report.reasons[0]);
      await expect(row.locator('[data-testid=release-link]').textContent()).resolves.toBe(version.name);
      await row.scrollIntoViewIfNeeded();
      await h.screenshot(page, `issue-panel-release-${report.verdict}-light`);

      await row.locator('[data-testid=release-link]').click();
      await expect(page.locator('[data-testid=navigation-url]').textContent()).resolves.toBe(
        `${h.workbench.demoSite?.url}/projects/PO/versions/${version.id}/tab/release-report-all-issues`,
      );
    }

    // An issue in no release: the section's own empty state.
    const none = ds.issues.find((i) => i.projectKey === 'PO' && levelOf(ds, i) === 0 && i.fixVersionIds.length === 0)!;
    const frame = await openPanel(h, page, { issue: none.key, user: DEMO_USERS.lead.accountId, theme: 'dark' });
    const empty = frame.locator('[data-testid=releases] [data-testid=empty-state]');
    await empty.waitFor({ timeout: 30_000 });
    await expect(empty.locator('h3').textContent()).resolves.toBe(`${none.key} is not in a release`);
    await empty.scrollIntoViewIfNeeded();
    await h.screenshot(page, 'issue-panel-release-empty-dark');
  });

  test('a user without access sees the envelope message, not numbers', async () => {
    const epic = pickEpic(h.dataset);
    const page = await h.newPage();
    const answer = page.waitForResponse((r) => r.url().endsWith('/api/invoke') && (r.request().postDataJSON() as { functionKey?: string }).functionKey === 'issue-progress');
    const frame = await openPanel(h, page, { issue: epic.key, user: DEMO_USERS.outsider.accountId });
    const envelope = ((await (await answer).json()) as { result: { ok: boolean; error?: { code: string; message: string } } }).result;
    expect(envelope.ok).toBe(false);
    const alert = frame.locator('[data-testid=progress-section] [data-testid=error-state]');
    await expect(alert.getAttribute('data-code')).resolves.toBe(envelope.error?.code);
    await expect(alert.textContent()).resolves.toContain(envelope.error?.message);
    expect(['FORBIDDEN', 'NOT_FOUND']).toContain(envelope.error?.code);
    await expect(frame.locator('[data-testid=rollup]').count()).resolves.toBe(0);
    // said once: the release section, which would fail the same way, is not shown
    await expect(frame.locator('[data-testid=error-state]').count()).resolves.toBe(1);
    await expect(frame.locator('[data-testid=releases]').count()).resolves.toBe(0);
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
