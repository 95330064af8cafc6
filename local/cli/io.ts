/** Where the CLI writes and what it reads from its environment; tests pass their own. */
export interface CliIo {
  stdout(text: string): void;
  stderr(text: string): void;
  env: Record<string, string | undefined>;
  /** Today's UTC date, the default as-of. */
  today(): string;
  readFile(path: string): string;
}

export function processIo(): CliIo {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const fs = require('node:fs') as typeof import('node:fs');
  return {
    stdout: (t) => process.stdout.write(t),
    stderr: (t) => process.stderr.write(t),
    env: process.env,
    today: () => new Date().toISOString().slice(0, 10),
    readFile: (p) => fs.readFileSync(p, 'utf8'),
  };
}

/** SPEC §5 exit statuses. */
export const EXIT = { ok: 0, failure: 1, badInput: 2, notReady: 3 } as const;

/** Bad input on the command line: exit 2 with one clear line. */
export class UsageError extends Error {}
