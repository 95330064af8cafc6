/**
 * The Confluence v2 stand-in on PORT (default 4020; 0 = any free port). Run with
 * `node bin/run-ts.js local/confluence-site/main.ts`. Same users and API token as the demo
 * Jira site.
 */
import { DEMO_API_TOKEN, DEMO_USERS } from '../demo-site/model';
import { closeOnSignals, runMain } from '../node/main';
import { startConfluenceSite } from './server';

async function main(): Promise<void> {
  const port = process.env.PORT === undefined || process.env.PORT === '' ? 4020 : Number(process.env.PORT);
  const site = await startConfluenceSite({ port });
  console.log(
    [
      `Confluence v2 stand-in at ${site.url}/wiki/api/v2`,
      `  Spaces: ${site.spaces().map((s) => `${s.key} (${s.name}, id ${s.id})`).join(', ')}`,
      `  Basic auth: ${DEMO_USERS.lead.email} / ${DEMO_API_TOKEN}   (the demo Jira site's users)`,
      'Ctrl-C stops it.',
    ].join('\n'),
  );
  closeOnSignals(() => site.close());
}

runMain(main);
