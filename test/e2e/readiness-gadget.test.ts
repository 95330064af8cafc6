/**
 * The release readiness gadget in the workbench, in Debian's Chromium: the edit view (pick a
 * project and a version, save with view.submit), the view (verdict and reasons match the demo
 * data), signing a check that survives a reload, the audit trail, export, a deleted version, and
 * the settings page refusing a bad value. Screenshots in test-results/ (light and dark).
 */
import type { Frame, Page } from 'playwright-core';
import { DEMO_USERS, DEMO_VERSIONS, issuesOf, levelOf, statusCategoryKeyOf, versionByName } from '../../src/workbench/demo-site';
import { startHarness, type Harness } from './harness';

jest.setTimeout(180_000);

const GADGET = 'shipshape-readiness-gadget';
const SETTINGS = 'shipshape-settings';
const LEAD = DEMO_USERS.lead.accountId;
const LABELS = ['Release notes and communication ready', 'Release deck reviewed', 'QA sign-off', 'Product lead sign-off'];

async function appFrame(page: Page): Promise<Frame> {
  const handle = await page.waitForSelector('#app-frame');
  const frame = await handle.contentFrame();
  if (!frame) throw new Error('the app iframe has no frame');
  return frame;
}

async function open(h: Harness, page: Page, moduleKey: string, query: Record<string, string>, ready: string): Promise<Frame> {
  await page.goto(`${h.workbench.url}/module/${moduleKey}?${new URLSearchParams(query)}`);
  const frame = await appFrame(page);
  await frame.waitForSelector(ready, { timeout: 30_000 });
  return frame;
}

const VIEW_READY = '[data-testid=verdict], [data-testid=error-state], [data-testid=empty-state], [data-testid=version-gone]';

/** Picks a version in the edit view and saves; answers the view's frame after the host switches to it. */
async function configure(h: Harness, page: Page, projectKey: string, versionText: string): Promise<Frame> {
  const edit = await open(h, page, GADGET, { entry: 'edit', user: LEAD }, '[data-testid=project]');
  await edit.fill('#project', projectKey);
  await edit.click('[data-testid=show-versions]');
  await edit.waitForSelector('#version');
  await edit.click('#version');
  await edit.fill('#version', versionText);
  await edit.press('#version', 'Enter');
  return edit;
}

/** Saves the edit view (view.submit): the host stores the configuration and opens the view entry. */
async function save(page: Page, edit: Frame): Promise<Frame> {
  await Promise.all([page.waitForURL(/entry=view/), edit.click('[data-testid=save]')]);
  const frame = await appFrame(page);
  await frame.waitForSelector(VIEW_READY, { timeout: 30_000 });
  return frame;
}

describe('release readiness gadget', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness();
  });
  afterAll(async () => {
    await h?.close();
  });

  test('edit: pick a version and save; view: verdict and reasons match the demo data; sign, reload, still signed', async () => {
    const ds = h.dataset;
    const page = await h.newPage();
    const edit = await configure(h, page, 'MOB', `${DEMO_VERSIONS.mobAllDone} —`);
    await expect(edit.locator('[data-testid=project-name]').textContent()).resolves.toMatch(/versions$/);
    await h.screenshot(page, 'readiness-gadget-edit-light');
    // view.submit saves the configuration and the host shows the view.
    const frame = await save(page, edit);

    const version = versionByName(ds, 'MOB', DEMO_VERSIONS.mobAllDone)!;
    const issues = issuesOf(ds, { project: 'MOB', fixVersion: version.name }).filter((i) => levelOf(ds, i) >= 0);
    expect(issues.length).toBeGreaterThan(0);
    expect(issues.every((i) => statusCategoryKeyOf(ds, i) === 'done')).toBe(true);

    // All done, no sign-off yet: at_risk, one reason per missing check (SPEC §3 rule 4).
    await expect(frame.getAttribute('[data-testid=verdict]', 'data-verdict')).resolves.toBe('at_risk');
    await expect(frame.locator('[data-testid=reason]').allTextContents()).resolves.toEqual(LABELS.map((l) => `Sign-off missing: ${l}`));
    await expect(frame.locator('[data-testid=percent-done]').textContent()).resolves.toBe('100%');
    await expect(frame.locator('[data-testid=work-legend] [data-testid=count-total]').textContent()).resolves.toBe(String(issues.length));
    await expect(frame.locator('[data-testid=check-label]').allTextContents()).resolves.toEqual(LABELS);
    await h.screenshot(page, 'readiness-gadget-view-light');

    // Sign QA.
    const qa = frame.locator('[data-testid=check][data-check=qa]');
    await qa.locator('[data-testid=sign]').click();
    await frame.waitForSelector('[data-testid=check][data-check=qa][data-state=signed]');
    await expect(qa.locator('[data-testid=check-status]').textContent()).resolves.toMatch(/^Signed by Priya Raman · \d{4}-\d\d-\d\d \d\d:\d\d UTC$/);
    await expect(frame.locator('[data-testid=reason]').allTextContents()).resolves.toEqual(LABELS.filter((l) => l !== 'QA sign-off').map((l) => `Sign-off missing: ${l}`));

    // Reload: still signed (the workbench store is a file, as KVS persists on Forge).
    await page.reload();
    const again = await appFrame(page);
    await again.waitForSelector('[data-testid=verdict]');
    await expect(again.getAttribute('[data-testid=check][data-check=qa]', 'data-state')).resolves.toBe('signed');

    // Sign the rest: ready.
    for (const id of ['release-notes', 'release-deck', 'product-lead']) {
      await again.locator(`[data-testid=check][data-check=${id}] [data-testid=sign]`).click();
      await again.waitForSelector(`[data-testid=check][data-check=${id}][data-state=signed]`);
    }
    await expect(again.getAttribute('[data-testid=verdict]', 'data-verdict')).resolves.toBe('ready');
    await expect(again.locator('[data-testid=reason]').allTextContents()).resolves.toEqual([`All ${issues.length} issues are done and every required sign-off is signed`]);

    // Audit trail and export.
    await again.click('[data-testid=audit-toggle]');
    await again.waitForSelector('[data-testid=audit-trail]');
    await expect(again.locator('[data-testid=audit-entry]').count()).resolves.toBe(4);
    await again.click('[data-testid=export-signoffs]');
    await again.waitForSelector('[data-testid=export-preview]');
    const exported = JSON.parse((await again.locator('[data-testid=export-preview] pre').textContent()) ?? '');
    expect(exported.required).toEqual(LABELS);
    expect(exported.signoffs.map((s: { label: string; signedBy: string }) => `${s.label}|${s.signedBy}`)).toEqual(LABELS.map((l) => `${l}|Priya Raman`));
    await h.screenshot(page, 'readiness-gadget-signed-light');

    // Dark theme.
    await page.selectOption('#pick-theme', 'dark');
    await again.waitForFunction(() => document.documentElement.getAttribute('data-color-mode') === 'dark');
    await page.waitForTimeout(300);
    const surface = await again.evaluate(() => getComputedStyle(document.querySelector('main') as Element).backgroundColor);
    expect(surface).not.toBe('rgb(255, 255, 255)');
    await h.screenshot(page, 'readiness-gadget-signed-dark');
  });

  test('a blocked version: not_ready with the blocker linked through the router', async () => {
    const ds = h.dataset;
    const page = await h.newPage();
    const edit = await configure(h, page, 'PO', `${DEMO_VERSIONS.poBlocked} —`);
    const frame = await save(page, edit);
    const version = versionByName(ds, 'PO', DEMO_VERSIONS.poBlocked)!;
    const blocker = issuesOf(ds, { project: 'PO', fixVersion: version.name }).find(
      (i) => levelOf(ds, i) >= 0 && statusCategoryKeyOf(ds, i) !== 'done' && ds.priorities.find((p) => p.id === i.priorityId)?.name === 'Blocker',
    )!;
    await expect(frame.getAttribute('[data-testid=verdict]', 'data-verdict')).resolves.toBe('not_ready');
    await expect(frame.locator('[data-testid=reason]').allTextContents()).resolves.toEqual([`1 blocker open: ${blocker.key}`]);
    await frame.locator('[data-testid=stat-blockers] [data-testid=issue-link]').click();
    await expect(page.locator('[data-testid=navigation-url]').textContent()).resolves.toBe(`${h.workbench.demoSite?.url}/browse/${blocker.key}`);
    await h.screenshot(page, 'readiness-gadget-blocked-light');
    await page.selectOption('#pick-theme', 'dark');
    await frame.waitForFunction(() => document.documentElement.getAttribute('data-color-mode') === 'dark');
    await page.waitForTimeout(300);
    await h.screenshot(page, 'readiness-gadget-blocked-dark');
  });

  test('the edit view offers "the next unreleased version"; a deleted version shows a clear message', async () => {
    const page = await h.newPage();
    const edit = await configure(h, page, 'PO', 'next unreleased');
    let frame = await save(page, edit);
    await expect(frame.locator('[data-testid=version-meta]').textContent()).resolves.toMatch(/following the next unreleased version/);
    await expect(frame.locator('h2').first().textContent()).resolves.toBe(DEMO_VERSIONS.poPastDue);

    // A configuration naming a version that no longer exists (as after a deletion in Jira).
    await page.goto(`${h.workbench.url}/module/${GADGET}?user=${LEAD}`);
    await page.fill('#config-form textarea[name=config]', JSON.stringify({ projectKey: 'PO', mode: 'version', versionId: '999999', versionName: 'PO 0.9 (deleted)' }));
    await Promise.all([page.waitForEvent('load'), page.click('#config-form [type=submit]')]);
    frame = await appFrame(page);
    await frame.waitForSelector('[data-testid=version-gone]', { timeout: 30_000 });
    await expect(frame.locator('[data-testid=version-gone]').textContent()).resolves.toMatch(/“PO 0\.9 \(deleted\)” is no longer available.*no longer exists in project PO/);
    await h.screenshot(page, 'readiness-gadget-deleted-version');
  });

  test('settings page: a bad value is refused with the reason; a rename keeps the signatures', async () => {
    const page = await h.newPage();
    const frame = await open(h, page, SETTINGS, { user: LEAD }, '[data-testid=checks]');
    const labels = frame.locator('input[data-testid=check-label-input]');
    await expect(labels.count()).resolves.toBe(4);
    // A duplicate label is refused, nothing saved.
    await labels.nth(0).fill('QA sign-off');
    await frame.click('[data-testid=save-settings]');
    await frame.waitForSelector('[data-testid=error-state]');
    await expect(frame.locator('[data-testid=error-state]').textContent()).resolves.toMatch(/Not saved.*The sign-off "QA sign-off" is listed twice/);
    await h.screenshot(page, 'readiness-settings-refused');
    // Rename QA (id qa) and save.
    await labels.nth(0).fill('Release notes and communication ready');
    await labels.nth(2).fill('Quality sign-off');
    await frame.click('[data-testid=save-settings]');
    await frame.waitForSelector('[data-testid=saved]');
    await page.evaluate(() => window.scrollTo(0, 0));
    await h.screenshot(page, 'readiness-settings-saved-light');
    await page.selectOption('#pick-theme', 'dark');
    await frame.waitForFunction(() => document.documentElement.getAttribute('data-color-mode') === 'dark');
    await page.waitForTimeout(300);
    await h.screenshot(page, 'readiness-settings-saved-dark');

    // Back on Mobile 5.0 (signed in the first test): the renamed check keeps its signature.
    const gadgetPage = await h.newPage();
    const edit = await configure(h, gadgetPage, 'MOB', `${DEMO_VERSIONS.mobAllDone} —`);
    const view = await save(gadgetPage, edit);
    await expect(view.locator('[data-testid=check][data-check=qa] [data-testid=check-label]').textContent()).resolves.toBe('Quality sign-off');
    await expect(view.getAttribute('[data-testid=check][data-check=qa]', 'data-state')).resolves.toBe('signed');
  });
});
