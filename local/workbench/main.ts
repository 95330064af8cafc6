/**
 * `npm start`: the workbench. Builds the Custom UI apps whose dist is missing or stale, starts the
 * demo Jira site in-process with the Confluence v2 stand-in beside it (or uses a real Jira when
 * JIRA_BASE_URL, JIRA_EMAIL and JIRA_API_TOKEN are set; then publishing to Confluence is off), and serves every module of manifest.yml at http://localhost:<PORT> (default 4000).
 *
 * SHIPSHAPE_TODAY pins the demo data's as-of date, DEMO_SEED its seed, DEMO_LATENCY_MS slows it.
 */
import { closeOnSignals, runMain } from '../node/main';
import { buildApps, isStale, listApps } from '../ui-build';
import { startWorkbench } from './host/server';

async function main(): Promise<void> {
  // One app at a time: an app that fails to build is reported and shown as "not built" on its
  // host page, and every other module still works.
  for (const app of listApps().filter((a) => isStale(a))) {
    try {
      await buildApps([app], { quiet: true });
      console.log(`Built static/${app}`);
    } catch (e) {
      console.error(`Could not build static/${app}: ${e instanceof Error ? e.message : String(e)}`);
    }
  }

  const { JIRA_BASE_URL, JIRA_EMAIL, JIRA_API_TOKEN } = process.env;
  const partial = [JIRA_BASE_URL, JIRA_EMAIL, JIRA_API_TOKEN].filter(Boolean).length;
  if (partial > 0 && partial < 3) {
    console.error('Set all of JIRA_BASE_URL, JIRA_EMAIL and JIRA_API_TOKEN for a real Jira, or none for the demo site.');
    process.exit(2);
  }
  const port = process.env.PORT ? Number(process.env.PORT) : 4000;
  if (!Number.isInteger(port) || port < 0) {
    console.error(`PORT must be a port number, not "${process.env.PORT}".`);
    process.exit(2);
  }
  const wb = await startWorkbench({
    port,
    jira: JIRA_BASE_URL && JIRA_EMAIL && JIRA_API_TOKEN ? { baseUrl: JIRA_BASE_URL, email: JIRA_EMAIL, apiToken: JIRA_API_TOKEN } : undefined,
    today: process.env.SHIPSHAPE_TODAY || undefined,
    seed: process.env.DEMO_SEED ? Number(process.env.DEMO_SEED) : undefined,
    latencyMs: Number(process.env.DEMO_LATENCY_MS ?? 0) || 0,
  });
  console.log(`Shipshape workbench at ${wb.url}`);
  console.log(`  data: ${wb.directory.describe}`);
  if (wb.confluenceSite) console.log(`  confluence: stand-in at ${wb.confluenceSite.url}/wiki (spaces ${wb.confluenceSite.spaces().map((s) => s.key).join(', ')})`);
  for (const m of wb.manifest.modules) console.log(`  ${m.type.padEnd(22)} ${wb.url}/module/${m.key}`);
  console.log('Ctrl-C stops it.');
  closeOnSignals(() => wb.close());
}

runMain(main, { stack: true });
