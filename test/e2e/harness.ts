/**
 * Browser-test harness: builds the Custom UI if a dist is missing or stale, starts the workbench
 * in-process on a free port over the demo site (as-of date and seed pinned, state in a temp dir),
 * launches ONE Debian Chromium (never a downloaded browser), and closes everything after.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { chromium, type Browser, type BrowserContext, type Frame, type Page } from 'playwright-core';
import { isStale, listApps } from '../../local/ui-build';
import { createDataset, type Dataset } from '../../local/demo-site';
import { startWorkbench, type BackendFactory, type Workbench } from '../../local/workbench/host/server';

/** Pinned so the demo data, and so every number the tests expect, never moves. */
export const E2E_TODAY = '2026-01-15';
export const E2E_SEED = 42;

const ROOT = path.resolve(__dirname, '..', '..');
export const RESULTS_DIR = path.join(ROOT, 'test-results');
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export interface Harness {
  workbench: Workbench;
  /** The same dataset the workbench's demo site serves (same seed, same as-of date). */
  dataset: Dataset;
  browser: Browser;
  /** A fresh browser context and page (own cookies and storage), closed by `close()`. */
  newPage(opts?: { colorScheme?: 'light' | 'dark' }): Promise<Page>;
  /**
   * Screenshot of the viewport into test-results/<name>.png. Not full-page: Chromium re-lays out a
   * cross-origin iframe at a transient size while it resizes the page for a full-page capture.
   */
  screenshot(page: Page, name: string): Promise<string>;
  close(): Promise<void>;
}

/**
 * Builds the given apps (default: every app) whose dist is missing or older than its sources, in a
 * child process (Vite is ESM-only).
 */
export function buildUiIfNeeded(apps: string[] = listApps()): void {
  if (process.env.SHIPSHAPE_SKIP_BUILD === '1') return;
  const stale = apps.filter((app) => isStale(app));
  if (stale.length === 0) return;
  const r = spawnSync(process.execPath, ['bin/run-ts.js', 'scripts/build-ui.ts', ...stale], { cwd: ROOT, stdio: 'inherit' });
  if (r.status !== 0) throw new Error(`UI build failed for ${stale.join(', ')} (npm run build)`);
}

export interface HarnessOptions {
  /** The Custom UI apps this test needs built (default: all of static/). */
  apps?: string[];
  /** Resolvers other than the app's own (default: src/resolvers over local/workbench/deps). */
  backend?: BackendFactory;
}

export async function startHarness(opts: HarnessOptions = {}): Promise<Harness> {
  buildUiIfNeeded(opts.apps);
  mkdirSync(RESULTS_DIR, { recursive: true });
  const stateDir = mkdtempSync(path.join(tmpdir(), 'shipshape-e2e-'));
  const contexts: BrowserContext[] = [];
  let workbench: Workbench | undefined;
  let browser: Browser | undefined;
  try {
    workbench = await startWorkbench({ port: 0, today: E2E_TODAY, seed: E2E_SEED, stateDir, rootDir: ROOT, backend: opts.backend, log: () => undefined });
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    });
  } catch (e) {
    await workbench?.close();
    rmSync(stateDir, { recursive: true, force: true });
    throw e;
  }
  const wb = workbench;
  const br = browser;
  return {
    workbench: wb,
    dataset: createDataset({ today: E2E_TODAY, seed: E2E_SEED }),
    browser: br,
    async newPage({ colorScheme = 'light' } = {}) {
      const ctx = await br.newContext({ viewport: { width: 1280, height: 1000 }, colorScheme });
      contexts.push(ctx);
      return ctx.newPage();
    },
    async screenshot(page, name) {
      const file = path.join(RESULTS_DIR, `${name}.png`);
      // Let the app's frame paint what it last rendered (two animation frames) before the capture.
      for (const frame of page.frames()) {
        await frame.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)))).catch(() => undefined);
      }
      await page.screenshot({ path: file });
      return file;
    },
    async close() {
      for (const ctx of contexts) await ctx.close().catch(() => undefined);
      await br.close().catch(() => undefined);
      await wb.close().catch(() => undefined);
      rmSync(stateDir, { recursive: true, force: true });
    },
  };
}

/** One axe-core rule that failed, with up to three of the elements it failed on. */
export interface AxeViolation {
  id: string;
  impact: string;
  help: string;
  targets: string[];
}

let axeSource: string | undefined;

/**
 * The serious and critical axe-core violations in a frame (every rule axe runs by default: WCAG 2
 * A/AA and best practices). axe is evaluated in the frame through the DevTools protocol, which
 * the app's CSP (script-src 'self') does not govern, so the app runs under its real policy.
 */
export async function axeViolations(frame: Frame): Promise<AxeViolation[]> {
  axeSource ??= readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');
  await frame.evaluate(axeSource);
  return frame.evaluate(async () => {
    type Result = { violations: Array<{ id: string; impact?: string | null; help: string; nodes: Array<{ target: unknown[] }> }> };
    const axe = (window as unknown as { axe: { run(ctx: Document, opts: object): Promise<Result> } }).axe;
    const result = await axe.run(document, { resultTypes: ['violations'] });
    return result.violations
      .filter((v) => v.impact === 'serious' || v.impact === 'critical')
      .map((v) => ({ id: v.id, impact: v.impact ?? '', help: v.help, targets: v.nodes.slice(0, 3).map((n) => n.target.map(String).join(' ')) }));
  });
}
