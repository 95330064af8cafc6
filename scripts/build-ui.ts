/**
 * `npm run build`: builds every Custom UI app, or only the named ones, into static/<app>/dist, and
 * prints (and limits) each module's first load. Exit status 1 when any app fails, 2 for an
 * unknown app name.
 *
 *   npm run build                 every app
 *   npm run build -- issue-panel  only the named apps
 */
import { buildApps, listApps } from '../local/ui-build';

async function main(): Promise<void> {
  const wanted = process.argv.slice(2).filter((a) => !a.startsWith('-'));
  const all = listApps();
  const unknown = wanted.filter((w) => !all.includes(w));
  if (unknown.length > 0) {
    console.error(`Unknown app(s): ${unknown.join(', ')}. Apps: ${all.join(', ')}`);
    process.exit(2);
  }
  const apps = wanted.length > 0 ? wanted : all;
  if (apps.length === 0) {
    console.error('No app to build: no static/<app>/src/main.tsx found.');
    process.exit(1);
  }
  console.log(`Building ${apps.length} Custom UI app(s): ${apps.join(', ')}`);
  try {
    await buildApps(apps);
  } catch (err) {
    console.error('\nUI build failed:', err instanceof Error ? err.message : err);
    process.exit(1);
  }
}

void main();
