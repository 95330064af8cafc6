/**
 * The release readiness gadget in the workbench, in Debian's Chromium: the edit view (pick a
 * project and a version, save with view.submit), the view (verdict and reasons match the demo
 * data), signing a check that survives a reload, the audit trail, export, a deleted version, and
 * the settings page refusing a bad value. Screenshots in test-results/ (light and dark).
 */
import { readFileSync } from 'node:fs';
import type { Frame, Page } from 'playwright-core';
import { DEMO_USERS, DEMO_VERSIONS, issuesOf, levelOf, statusCategoryKeyOf, versionByName } from '../../local/demo-site';
import { pickProject, pickVersion } from './gadget-edit';
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

/**
 * Opens the edit view, picks a project, then a version (`versionName`, or "next" for the next
 * unreleased version) with the keyboard: types, moves down to it, Enter.
 */
async function configure(h: Harness, page: Page, projectKey: string, versionName: string | 'next'): Promise<Frame> {
  const edit = await open(h, page, GADGET, { entry: 'edit', user: LEAD }, '#project');
  await pickProject(edit, projectKey === 'MOB' ? 'mob' : projectKey.toLowerCase(), projectKey);
  await pickVersion(edit, h.dataset, projectKey, versionName);
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
    const edit = await configure(h, page, 'MOB', DEMO_VERSIONS.mobAllDone);
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
    const edit = await configure(h, page, 'PO', DEMO_VERSIONS.poBlocked);
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
    const edit = await configure(h, page, 'PO', 'next');
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

  test('the edit view offers only projects the viewer can browse, and never saves a version of another project', async () => {
    const page = await h.newPage();
    let frame = await save(page, await configure(h, page, 'PO', DEMO_VERSIONS.poBlocked));
    await expect(frame.locator('h2').first().textContent()).resolves.toBe(DEMO_VERSIONS.poBlocked);

    const edit = await open(h, page, GADGET, { entry: 'edit', user: LEAD }, '[data-testid=project-name]');
    await expect(edit.locator('#project').inputValue()).resolves.toBe('Platform (PO)');
    // The version list: grouped by state, each with its date, the saved one selected.
    await edit.click('#version');
    await edit.waitForSelector('[data-testid=version-select-option][aria-selected=true]');
    await h.screenshot(page, 'readiness-gadget-edit-version-picker-light');
    await edit.press('#version', 'Escape');
    await page.selectOption('#pick-theme', 'dark');
    await edit.waitForFunction(() => document.documentElement.getAttribute('data-color-mode') === 'dark');
    await edit.click('#project');
    await edit.waitForSelector('[data-testid=project-option]');
    await page.waitForTimeout(300);
    await h.screenshot(page, 'readiness-gadget-edit-project-picker-dark');
    await edit.press('#project', 'Escape');
    await page.selectOption('#pick-theme', 'light');
    await edit.waitForFunction(() => document.documentElement.getAttribute('data-color-mode') === 'light');
    // Picking another project forgets PO's choice; Save refuses with one message.
    await pickProject(edit, 'mobile', 'MOB');
    await expect(edit.locator('#version').inputValue()).resolves.toBe('');
    await h.screenshot(page, 'readiness-gadget-edit-project-picked-light');
    await edit.click('[data-testid=save]');
    await edit.waitForSelector('[data-testid=edit-problem]');
    await expect(edit.locator('[data-testid=edit-problem]').textContent()).resolves.toMatch(/Choose a version of MOB.*Nothing was saved/);
    expect(page.url()).toMatch(/entry=edit/);
    // Nothing matches: the picker says so.
    await edit.fill('#project', 'xyz');
    await edit.waitForSelector('[data-testid=project-status]:has-text("No project matches")');
    await edit.press('#project', 'Escape');
    // Back to PO: the saved version is chosen again, and saving keeps it.
    await pickProject(edit, 'plat', 'PO');
    await expect(edit.locator('#version').inputValue()).resolves.toMatch(new RegExp(`^${DEMO_VERSIONS.poBlocked} — `));
    frame = await save(page, edit);
    await expect(frame.locator('h2').first().textContent()).resolves.toBe(DEMO_VERSIONS.poBlocked);

    // Marco browses MOB only: the picker offers nothing else.
    const marco = await open(h, await h.newPage(), GADGET, { entry: 'edit', user: DEMO_USERS.mobile.accountId }, '#project');
    await marco.click('#project');
    await marco.waitForSelector('[data-testid=project-option]');
    await expect(marco.locator('[data-testid=project-option]').evaluateAll((els) => els.map((e) => e.getAttribute('data-key')))).resolves.toEqual(['MOB']);
  });

  test('settings page for someone who is not a Jira administrator: read only, says why, no save', async () => {
    const page = await h.newPage();
    const frame = await open(h, page, SETTINGS, { user: DEMO_USERS.mobile.accountId }, '[data-testid=checks]');
    await expect(frame.locator('[data-testid=cannot-edit]').textContent()).resolves.toBe('Only Jira administrators can change Shipshape settings.');
    await expect(frame.locator('[data-testid=save-settings]').count()).resolves.toBe(0);
    await expect(frame.locator('[data-testid=add-check]').count()).resolves.toBe(0);
    // Framework editors shown, not editable: no search field to add one.
    await expect(frame.locator('[data-testid=framework-editors]').textContent()).resolves.toMatch(/Jira administrators\./);
    await expect(frame.locator('[data-testid=framework-editors] input').count()).resolves.toBe(0);
  });

  test('settings page: a bad value is refused with the reason; a rename keeps the signatures', async () => {
    const page = await h.newPage();
    const frame = await open(h, page, SETTINGS, { user: LEAD }, '[data-testid=checks]');
    const labels = frame.locator('input[data-testid=check-label-input]');
    await expect(labels.count()).resolves.toBe(4);
    // Every problem at once, next to its field, focus on the first; nothing saved.
    await labels.nth(0).fill('QA sign-off');
    const rows = frame.locator('[data-testid=check-setting]');
    await rows.nth(1).getByText('Only these people').click();
    await frame.click('[data-testid=save-settings]');
    await frame.waitForSelector('[data-testid=problems-summary]');
    await expect(rows.nth(0).locator('[data-testid=field-error]').textContent()).resolves.toBe('The sign-off "QA sign-off" is listed twice (labels match case-insensitively).');
    await expect(rows.nth(1).locator('[data-testid=field-error]').textContent()).resolves.toBe('"Release deck reviewed" lists no one who may sign it: add someone, or allow anyone.');
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
    const edit = await configure(h, gadgetPage, 'MOB', DEMO_VERSIONS.mobAllDone);
    const view = await save(gadgetPage, edit);
    await expect(view.locator('[data-testid=check][data-check=qa] [data-testid=check-label]').textContent()).resolves.toBe('Quality sign-off');
    await expect(view.getAttribute('[data-testid=check][data-check=qa]', 'data-state')).resolves.toBe('signed');
  });
  test('settings page: a signer picked by typing part of a name; a project with its own sign-offs', async () => {
    const page = await h.newPage();
    let frame = await open(h, page, SETTINGS, { user: LEAD }, '[data-testid=checks]');
    const deck = frame.locator('[data-testid=check-setting][data-check-id=release-deck]');
    await deck.getByText('Only these people').click();
    // Keyboard only: type part of a surname, the list says who matches, Enter picks the first.
    const search = deck.locator('[data-testid=signers-search] input');
    await search.click();
    await search.fill('bian');
    await deck.locator('[data-testid=signers-search-option][data-active=true]').waitFor();
    await expect(deck.locator('[data-testid=signers-search-option]').allTextContents()).resolves.toEqual(['MBMarco Bianchi']);
    await expect(search.getAttribute('aria-expanded')).resolves.toBe('true');
    await h.screenshot(page, 'settings-people-picker-light');
    await search.press('Enter');
    await expect(deck.locator('[data-testid=signers-chip]').allTextContents()).resolves.toEqual(['MBMarco Bianchi×']);
    await expect(deck.locator('[data-testid=signers-chip]').getAttribute('data-account-id')).resolves.toBe(DEMO_USERS.mobile.accountId);
    // No one matches: said so.
    await search.fill('zzz');
    await deck.locator('[data-testid=signers-search-status]:has-text("No one matches")').waitFor();
    await search.press('Escape');

    // A framework editor, by name too.
    await frame.click('#framework-editors-search');
    await frame.fill('#framework-editors-search', 'priya');
    await frame.waitForSelector(`[data-testid=framework-editors-picker-search-option][data-key="${LEAD}"][data-active=true]`);
    await frame.press('#framework-editors-search', 'Enter');
    await expect(frame.locator('[data-testid=framework-editors-picker-chip]').allTextContents()).resolves.toEqual(['PRPriya Raman×']);

    // MOB gets its own sign-offs: a copy of the site's to start with, then its own label.
    await frame.click('#add-project');
    await frame.fill('#add-project', 'mob');
    await frame.waitForSelector('[data-testid=add-project-option][data-key=MOB][data-active=true]');
    await frame.press('#add-project', 'Enter');
    const mob = frame.locator('[data-testid=project-setting][data-project-key=MOB]');
    await mob.waitFor();
    await mob.locator('[data-testid=own-checks]').check();
    await mob.locator('input[data-testid=check-label-input]').nth(0).fill('App store listing ready');
    await frame.click('[data-testid=save-settings]');
    await frame.waitForSelector('[data-testid=saved]');

    // Reloaded: the stored account id shows as the person's name again, resolved in bulk: one
    // look-up for every picker on the page (the site's checks, MOB's copy, the framework editors).
    const nameLookUps: unknown[] = [];
    page.on('request', (r) => {
      if (r.url().endsWith('/api/invoke') && (r.postDataJSON() as { functionKey?: string }).functionKey === 'picker-people-names') nameLookUps.push(r.postDataJSON());
    });
    frame = await open(h, page, SETTINGS, { user: LEAD }, '[data-testid=signers-chip]');
    await frame.locator('[data-testid=framework-editors-picker-chip]:has-text("Priya Raman")').waitFor();
    expect(nameLookUps).toHaveLength(1);
    await expect(frame.locator('[data-testid=checks] [data-testid=check-setting][data-check-id=release-deck] [data-testid=signers-chip]').allTextContents()).resolves.toEqual(['MBMarco Bianchi×']);
    await expect(frame.locator('[data-testid=project-setting]').getAttribute('data-project-key')).resolves.toBe('MOB');
    await expect(frame.locator('[data-testid=framework-editors-picker-chip]').allTextContents()).resolves.toEqual(['PRPriya Raman×']);
    await frame.locator('[data-testid=project-setting]').scrollIntoViewIfNeeded();
    await h.screenshot(page, 'settings-project-light');

    // The gadget on a MOB version lists MOB's own sign-offs; PO keeps the site's.
    const gadgetPage = await h.newPage();
    const view = await save(gadgetPage, await configure(h, gadgetPage, 'MOB', DEMO_VERSIONS.mobAllDone));
    await expect(view.locator('[data-testid=check-label]').first().textContent()).resolves.toBe('App store listing ready');
    const po = await save(gadgetPage, await configure(h, gadgetPage, 'PO', DEMO_VERSIONS.poBlocked));
    await expect(po.locator('[data-testid=check-label]').first().textContent()).resolves.toBe('Release notes and communication ready');
  });
});
