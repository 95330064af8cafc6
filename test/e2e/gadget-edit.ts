/** Keyboard steps in the readiness gadget's edit view, shared by the browser tests that configure it. */
import type { Frame } from 'playwright-core';
import { versionByName, type Dataset } from '../../local/demo-site';

/** Picks a project with the keyboard: types part of its name, waits for it, Enter. */
export async function pickProject(edit: Frame, typed: string, key: string): Promise<void> {
  await edit.click('#project');
  await edit.fill('#project', typed);
  await edit.waitForSelector(`[data-testid=project-option][data-key=${key}][data-active=true]`);
  await edit.press('#project', 'Enter');
  await edit.waitForSelector('[data-testid=project-name]');
}

/** Picks a version (`versionName`, or "next" for the next unreleased version): types, moves down to it, Enter. */
export async function pickVersion(edit: Frame, dataset: Dataset, projectKey: string, versionName: string | 'next'): Promise<void> {
  const id = versionName === 'next' ? '__next__' : versionByName(dataset, projectKey, versionName)!.id;
  await edit.click('#version');
  await edit.fill('#version', versionName === 'next' ? 'next unreleased' : versionName);
  await edit.waitForSelector(`[data-testid=version-select-option][data-key="${id}"]`);
  const keys = await edit.locator('[data-testid=version-select-option]').evaluateAll((els) => els.map((e) => e.getAttribute('data-key')));
  for (let i = 0; i < keys.indexOf(id); i++) await edit.press('#version', 'ArrowDown');
  await edit.waitForSelector(`[data-testid=version-select-option][data-key="${id}"][data-active=true]`);
  await edit.press('#version', 'Enter');
}
