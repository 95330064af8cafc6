/**
 * The release readiness gadget in the workbench, in Debian's Chromium: the edit view (pick a
 * project and a version, save with view.submit), the view (verdict and reasons match the demo
 * data), signing a check that survives a reload, the audit trail, export, a deleted version, and
 * the settings page refusing a bad value. Screenshots in test-results/ (light and dark).
 */
import { readFileSync } from 'node:fs';
import type { Frame, Page } from 'playwright-core';
import { DEMO_USERS, DEMO_VERSIONS, issuesOf, levelOf, statusCategoryKeyOf, versionByName } from '../../local/demo-site';
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

const VIEW_READY = '[data-testid=verdict], [data-testid=error-state], [data-testid=empty-state], [data-testid=version-gone], [data-testid=no-access]';

/** Signs a check through its confirmation step; answers when the check shows signed. */
async function signCheck(frame: Frame, checkId: string): Promise<void> {
  await frame.click(`[data-testid=check][data-check=${checkId}] [data-testid=sign]`);
  await frame.waitForSelector(`[data-testid=check][data-check=${checkId}] [data-testid=sign-confirmation]`);
  await frame.click(`[data-testid=check][data-check=${checkId}] [data-testid=confirm-sign]`);
  await frame.waitForSelector(`[data-testid=check][data-check=${checkId}][data-state=signed]`);
}

/** The focused element: its test id and the check it belongs to. */
const focused = (frame: Frame) =>
  frame.evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    return `${el?.closest('[data-check]')?.getAttribute('data-check') ?? ''}/${el?.getAttribute('data-testid') ?? el?.tagName ?? ''}`;
  });

/** Opens the gadget view with a stored configuration (as Jira hands it back), as `user`. */
async function openWithConfig(h: Harness, page: Page, config: object, user: string = LEAD): Promise<Frame> {
  await page.goto(`${h.workbench.url}/module/${GADGET}?user=${user}`);
  await page.fill('#config-form textarea[name=config]', JSON.stringify(config));
  await Promise.all([page.waitForEvent('load'), page.click('#config-form [type=submit]')]);
  const frame = await appFrame(page);
  await frame.waitForSelector(VIEW_READY, { timeout: 30_000 });
  return frame;
}

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

    // Sign QA: a confirmation names the check, the version and the signer; Cancel signs nothing.
    const qa = frame.locator('[data-testid=check][data-check=qa]');
    await qa.locator('[data-testid=sign]').click();
    await expect(qa.locator('[data-testid=confirm-text]').textContent()).resolves.toBe(`Sign “QA sign-off” for ${DEMO_VERSIONS.mobAllDone} as Priya Raman?`);
    await expect(focused(frame)).resolves.toBe('qa/confirm-sign');
    await h.screenshot(page, 'readiness-gadget-confirm-light');
    await qa.locator('[data-testid=cancel-sign]').click();
    await expect(qa.getAttribute('data-state')).resolves.toBe('missing');
    await expect(focused(frame)).resolves.toBe('qa/sign');
    await signCheck(frame, 'qa');
    // Keyboard focus moves to the button that replaced Sign.
    await expect(focused(frame)).resolves.toBe('qa/withdraw');
    await expect(qa.locator('[data-testid=check-status]').textContent()).resolves.toMatch(/^Signed by Priya Raman · \d{4}-\d\d-\d\d \d\d:\d\d UTC$/);
    await expect(frame.locator('[data-testid=reason]').allTextContents()).resolves.toEqual(LABELS.filter((l) => l !== 'QA sign-off').map((l) => `Sign-off missing: ${l}`));

    // Reload: still signed (the workbench store is a file, as KVS persists on Forge).
    await page.reload();
    const again = await appFrame(page);
    await again.waitForSelector('[data-testid=verdict]');
    await expect(again.getAttribute('[data-testid=check][data-check=qa]', 'data-state')).resolves.toBe('signed');

    // Withdraw (no confirmation; Undo puts the signature back) and focus lands on Sign.
    await again.click('[data-testid=check][data-check=qa] [data-testid=withdraw]');
    await again.waitForSelector('[data-testid=check][data-check=qa][data-state=missing]');
    await expect(focused(again)).resolves.toBe('qa/sign');
    await again.click('[data-testid=check][data-check=qa] [data-testid=undo-withdraw]');
    await again.waitForSelector('[data-testid=check][data-check=qa][data-state=signed]');

    // Sign the rest: ready.
    for (const id of ['release-notes', 'release-deck', 'product-lead']) await signCheck(again, id);
    await expect(again.getAttribute('[data-testid=verdict]', 'data-verdict')).resolves.toBe('ready');
    await expect(again.locator('[data-testid=reason]').allTextContents()).resolves.toEqual([`All ${issues.length} issues are done and every required sign-off is signed`]);

    // Audit trail and export.
    await again.click('[data-testid=audit-toggle]');
    await again.waitForSelector('[data-testid=audit-trail]');
    // sign QA, withdraw, undo (sign), and the other three; every row by name.
    await expect(again.locator('[data-testid=audit-entry]').count()).resolves.toBe(6);
    await expect(again.locator('[data-testid=audit-who]').allTextContents()).resolves.toEqual(Array(6).fill('Priya Raman'));

    // Export: a real download of the SPEC §3 file, a confirmation, and the same JSON to read.
    const fileName = `signoffs-${DEMO_VERSIONS.mobAllDone.replace(/[^A-Za-z0-9._-]+/g, '-')}.json`;
    const [download] = await Promise.all([page.waitForEvent('download'), again.click('[data-testid=export-signoffs]')]);
    expect(download.suggestedFilename()).toBe(fileName);
    const exported = JSON.parse(readFileSync((await download.path())!, 'utf8'));
    expect(exported.required).toEqual(LABELS);
    expect(exported.signoffs.map((s: { label: string; signedBy: string }) => `${s.label}|${s.signedBy}`)).toEqual(LABELS.map((l) => `${l}|Priya Raman`));
    await expect(again.locator('[data-testid=export-done]').textContent()).resolves.toContain(`Downloaded ${fileName}`);
    await expect(again.locator('[data-testid=export-preview] summary').textContent()).resolves.toBe('Sign-offs file for the command line');
    expect(JSON.parse((await again.locator('[data-testid=export-preview] pre').textContent()) ?? '')).toEqual(exported);
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
    frame = await openWithConfig(h, page, { projectKey: 'PO', mode: 'version', versionId: '999999', versionName: 'PO 0.9 (deleted)' });
    await frame.waitForSelector('[data-testid=version-gone]', { timeout: 30_000 });
    await expect(frame.locator('[data-testid=version-gone]').textContent()).resolves.toMatch(/“PO 0\.9 \(deleted\)” is no longer available.*no longer exists in project PO/);
    await h.screenshot(page, 'readiness-gadget-deleted-version');

    // Someone who cannot see PO is told it is about access, not that the version was deleted.
    const versionId = versionByName(h.dataset, 'PO', DEMO_VERSIONS.poBlocked)!.id;
    frame = await openWithConfig(h, page, { projectKey: 'PO', mode: 'version', versionId, versionName: DEMO_VERSIONS.poBlocked }, DEMO_USERS.outsider.accountId);
    await expect(frame.locator('[data-testid=version-gone]').count()).resolves.toBe(0);
    await expect(frame.locator('[data-testid=no-access]').textContent()).resolves.toMatch(/You can’t see project PO in Jira.*Ask a Jira admin for access/);
    await h.screenshot(page, 'readiness-gadget-no-access-light');
  });

  test('a released version: released on its date, no negative days, sign-offs read-only; archived wording', async () => {
    const page = await h.newPage();
    const released = versionByName(h.dataset, 'PO', DEMO_VERSIONS.poReleased)!;
    const frame = await openWithConfig(h, page, { projectKey: 'PO', mode: 'version', versionId: released.id, versionName: released.name });
    await expect(frame.getAttribute('[data-testid=verdict]', 'data-verdict')).resolves.toBe('released');
    await expect(frame.locator('[data-testid=version-meta]').textContent()).resolves.toMatch(/Released on \d{4}-\d\d-\d\d \(\d+ days? ago\)/);
    await expect(frame.locator('[data-testid=stat-days] span').first().textContent()).resolves.toBe('Released');
    await expect(frame.locator('[data-testid=stat-days] [data-testid=stat-value]').textContent()).resolves.toMatch(/^\d{4}-\d\d-\d\d$/);
    await expect(frame.locator('[data-testid=signoffs] [data-testid=sign], [data-testid=signoffs] [data-testid=withdraw]').count()).resolves.toBe(0);
    await expect(frame.locator('[data-testid=released-read-only]').textContent()).resolves.toMatch(/is released, so its sign-offs are read-only/);
    await h.screenshot(page, 'readiness-gadget-released-light');
    await page.selectOption('#pick-theme', 'dark');
    await frame.waitForFunction(() => document.documentElement.getAttribute('data-color-mode') === 'dark');
    await page.waitForTimeout(300);
    await h.screenshot(page, 'readiness-gadget-released-dark');

    const archived = versionByName(h.dataset, 'PO', DEMO_VERSIONS.poArchived)!;
    const a = await openWithConfig(h, page, { projectKey: 'PO', mode: 'version', versionId: archived.id, versionName: archived.name });
    await expect(a.locator('[data-testid=archived-note]').textContent()).resolves.toBe('This version is archived in Jira; it is still reported.');
  });

  test('the edit view never saves another project than the one typed', async () => {
    const page = await h.newPage();
    let frame = await save(page, await configure(h, page, 'PO', `${DEMO_VERSIONS.poBlocked} —`));
    await expect(frame.locator('h2').first().textContent()).resolves.toBe(DEMO_VERSIONS.poBlocked);

    const edit = await open(h, page, GADGET, { entry: 'edit', user: LEAD }, '[data-testid=project-name]');
    // Typing another key forgets PO's versions and choice; Save refuses with one message.
    await edit.fill('#project', 'MOB');
    await expect(edit.locator('[data-testid=project-name]').count()).resolves.toBe(0);
    await edit.click('[data-testid=save]');
    await edit.waitForSelector('[data-testid=edit-problem]');
    await expect(edit.locator('[data-testid=edit-problem]').textContent()).resolves.toMatch(/MOB.*Nothing was saved/);
    expect(page.url()).toMatch(/entry=edit/);
    await edit.waitForSelector('[data-testid=project-name]'); // the blur loaded MOB's versions
    await expect(edit.locator('#version').inputValue()).resolves.toBe('');
    // A key that does not exist: the not-found error only, no second warning.
    await edit.fill('#project', 'XYZ');
    await edit.press('#project', 'Enter');
    await edit.waitForSelector('[data-testid=error-state]');
    await edit.click('[data-testid=save]');
    await expect(edit.locator('[data-testid=edit-problem]').count()).resolves.toBe(0);
    await expect(edit.locator('[data-testid=error-state]').count()).resolves.toBe(1);
    await h.screenshot(page, 'readiness-gadget-edit-badkey-light');
    // Cleared: refused.
    await edit.fill('#project', '');
    await edit.click('[data-testid=save]');
    await expect(edit.locator('[data-testid=edit-problem]').textContent()).resolves.toMatch(/Enter a project key/);
    // Back to PO: the saved version is chosen again, and saving keeps it.
    await edit.fill('#project', 'po');
    await edit.press('#project', 'Enter');
    await edit.waitForSelector('[data-testid=project-name]');
    frame = await save(page, edit);
    await expect(frame.locator('h2').first().textContent()).resolves.toBe(DEMO_VERSIONS.poBlocked);
  });

  test('settings page for someone who is not a Jira administrator: read only, says why, no save', async () => {
    const page = await h.newPage();
    const frame = await open(h, page, SETTINGS, { user: DEMO_USERS.mobile.accountId }, '[data-testid=checks]');
    await expect(frame.locator('[data-testid=cannot-edit]').textContent()).resolves.toBe('Only Jira administrators can change Shipshape settings.');
    await expect(frame.locator('[data-testid=save-settings]').count()).resolves.toBe(0);
    await expect(frame.locator('[data-testid=add-check]').count()).resolves.toBe(0);
    await expect(frame.getAttribute('[data-testid=framework-editors]', 'readonly')).resolves.not.toBeNull();
  });

  test('settings page: a bad value is refused with the reason; a rename keeps the signatures', async () => {
    const page = await h.newPage();
    const frame = await open(h, page, SETTINGS, { user: LEAD }, '[data-testid=checks]');
    const labels = frame.locator('input[data-testid=check-label-input]');
    await expect(labels.count()).resolves.toBe(4);
    // Every problem at once, next to its field, focus on the first; nothing saved.
    await labels.nth(0).fill('QA sign-off');
    const rows = frame.locator('[data-testid=check-setting]');
    await rows.nth(1).getByText('Only these Atlassian account ids').click();
    await rows.nth(1).locator('[data-testid=signers-input]').fill('not an id!!');
    await frame.click('[data-testid=save-settings]');
    await frame.waitForSelector('[data-testid=problems-summary]');
    await expect(rows.nth(0).locator('[data-testid=field-error]').textContent()).resolves.toBe('The sign-off "QA sign-off" is listed twice (labels match case-insensitively).');
    await expect(rows.nth(1).locator('[data-testid=field-error]').textContent()).resolves.toBe('"not an id!!" is not an Atlassian account id.');
    await expect(frame.evaluate(() => (document.activeElement as HTMLElement).getAttribute('aria-label'))).resolves.toBe('Label of sign-off 1');
    // An unknown priority is refused at once.
    await frame.fill('input[data-testid=new-priority]', 'Urgnt');
    await frame.click('[data-testid=add-priority]');
    await expect(frame.locator('#new-priority-error').textContent()).resolves.toMatch(/"Urgnt" is not a priority on this Jira site/);
    await h.screenshot(page, 'readiness-settings-refused');
    await rows.nth(1).getByText('Anyone who can see the version').click();

    // Reordering keeps focus on the moved button, aria-disabled at the top; a new check focuses its label.
    await frame.click('button[aria-label="Move Release deck reviewed up"]');
    await expect(frame.evaluate(() => (document.activeElement as HTMLElement).getAttribute('aria-label'))).resolves.toBe('Move Release deck reviewed up');
    await expect(frame.getAttribute('button[aria-label="Move Release deck reviewed up"]', 'aria-disabled')).resolves.toBe('true');
    await page.keyboard.press('Enter'); // at the top: nothing moves, focus stays
    await expect(frame.evaluate(() => (document.activeElement as HTMLElement).getAttribute('aria-label'))).resolves.toBe('Move Release deck reviewed up');
    await frame.click('button[aria-label="Move Release deck reviewed down"]');
    await frame.click('[data-testid=add-check]');
    await expect(frame.evaluate(() => (document.activeElement as HTMLElement).getAttribute('aria-label'))).resolves.toBe('Label of sign-off 5');
    await expect(frame.locator('button[aria-label="Move new check up"]').count()).resolves.toBe(1);
    await frame.click('button[aria-label="Remove new check"]');
    // Rename QA (id qa) and save.
    await labels.nth(0).fill('Release notes and communication ready');
    await labels.nth(2).fill('Quality sign-off');
    await frame.click('[data-testid=save-settings]');
    await frame.waitForSelector('[data-testid=saved]');
    await expect(frame.locator('[data-testid=settings-meta]').textContent()).resolves.toMatch(/saved .* UTC by Priya Raman\./);
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
