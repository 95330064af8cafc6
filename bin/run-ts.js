#!/usr/bin/env node
// Runs a TypeScript entry point through tsx, so no build step is needed before `npm start`,
// `npm run demo-site` or `npx shipshape`.
const path = require('node:path');
require('tsx/cjs/api').register();
const entry = process.argv[2];
if (!entry) {
  console.error('usage: run-ts.js <file.ts> [args…]');
  process.exit(2);
}
process.argv.splice(1, 1); // the entry sees its own args at process.argv.slice(2)
require(path.resolve(entry));
