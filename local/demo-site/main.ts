/**
 * `npm run demo-site`: the demo Jira site on PORT (default 4010; 0 = any free port), as of today
 * (UTC). DEMO_LATENCY_MS adds a delay to every answer; DEMO_SCALE=large adds the BIG project.
 */
import { closeOnSignals, runMain } from '../node/main';
import { todayUtc } from './clock';
import { createDataset } from './dataset';
import { DEMO_VERSIONS } from './plans';
import { DEMO_API_TOKEN, DEMO_USERS } from './model';
import { startDemoSite } from './server';

async function main(): Promise<void> {
  const port =
    process.env.PORT === undefined || process.env.PORT === '' ? 4010 : Number(process.env.PORT);
  const latencyMs = Number(process.env.DEMO_LATENCY_MS ?? 0) || 0;
  const today = process.env.DEMO_TODAY || todayUtc();
  const scale = process.env.DEMO_SCALE === 'large' ? 'large' : 'demo';
  const site = await startDemoSite({
    port,
    latencyMs,
    dataset: createDataset({ today, scale }),
  });
  const lines = [
    `Shipshape demo Jira site at ${site.url} (as of ${today}, ${site.dataset.issues.length} issues${latencyMs ? `, ${latencyMs} ms latency` : ''})`,
    '',
    `  JIRA_BASE_URL=${site.url}`,
    `  JIRA_API_TOKEN=${DEMO_API_TOKEN}`,
    `  JIRA_EMAIL=${DEMO_USERS.lead.email}     # sees every project`,
    `  JIRA_EMAIL=${DEMO_USERS.mobile.email}   # sees MOB only`,
    `  JIRA_EMAIL=${DEMO_USERS.outsider.email}   # no browse permission`,
    '',
    `  Projects: PO (Platform), MOB (Mobile App)${scale === 'large' ? ', BIG (Big Roadmap)' : ''}`,
    `  Try: readiness of '${DEMO_VERSIONS.poNearlyReady}', '${DEMO_VERSIONS.poBlocked}', '${DEMO_VERSIONS.mobAllDone}', '${DEMO_VERSIONS.mobAtRisk}'`,
    '',
    'Ctrl-C stops it.',
  ];
  console.log(lines.join('\n'));
  closeOnSignals(() => site.close());
}

runMain(main);
