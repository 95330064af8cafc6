#!/usr/bin/env node
// `npx shipshape` entry: runs the TypeScript CLI through tsx (no separate build command).
require('tsx/cjs/api').register();
require('../local/cli/main.ts')
  .main(process.argv.slice(2))
  .then((code) => {
    process.exitCode = code;
  });
