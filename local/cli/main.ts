/**
 * `shipshape <command>` (SPEC §5). Output for people by default, `--json` for machines: one JSON
 * document on stdout and nothing else there. Exit 0 success, 3 readiness not ready/released,
 * 2 bad input (one clear line on stderr), 1 anything else.
 */
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { DomainInputError } from '../../src/domain/errors';
import { clipMessage, quote } from '../../src/domain/input';
import { AppError } from '../../src/errors';
import type { Command } from './command';
import { COMMANDS } from './commands';
import { EXIT, processIo, UsageError, type CliIo } from './io';

const HELP = `shipshape — roadmap completion, release readiness and level-up readiness from Jira

Usage: shipshape <command> [options]

Commands:
${COMMANDS.map((c) => `  ${c.usage}\n      ${c.summary}`).join('\n')}

Options for every command:
  --json        one JSON document on stdout (SPEC §5 shapes)
  --as-of D     compute as of date D (YYYY-MM-DD; default today, UTC)
  --no-cache    read Jira afresh instead of only what changed since the last run
                (cache: $XDG_CACHE_HOME/shipshape, else ~/.cache/shipshape)
  -h, --help    this help

Connection: JIRA_BASE_URL, JIRA_EMAIL, JIRA_API_TOKEN (Jira Cloud, API token basic auth).
Without JIRA_BASE_URL the built-in demo site is used.

Exit status: 0 success (readiness: ready or released); 3 readiness on_track, at_risk or
not_ready; 2 bad input (unknown flag, bad JQL, unknown project or version, unreadable file);
1 anything else (e.g. Jira unreachable after retries).
`;

export async function main(argv: string[], io: CliIo = processIo()): Promise<number> {
  const [name, ...rest] = argv;
  if (!name) {
    io.stdout(HELP);
    io.stderr('shipshape: no command given (roadmap, readiness or levels)\n');
    return EXIT.badInput;
  }
  if (name === '-h' || name === '--help' || name === 'help') {
    io.stdout(HELP);
    return EXIT.ok;
  }
  if (name === '--version' || name === '-v') {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    io.stdout(`${(require('../../package.json') as { version: string }).version}\n`);
    return EXIT.ok;
  }
  const command = COMMANDS.find((c) => c.name === name);
  if (!command) {
    io.stderr(`shipshape: unknown command ${quote(name)} (try: ${COMMANDS.map((c) => c.name).join(', ')}; --help for more)\n`);
    return EXIT.badInput;
  }
  try {
    const values = parse(command, rest);
    if (values.help) {
      io.stdout(`Usage: shipshape ${command.usage}\n  ${command.summary}\n`);
      return EXIT.ok;
    }
    return await command.run(values, io);
  } catch (err) {
    return reportError(err, io);
  }
}

function parse(command: Command, args: string[]): Record<string, string | boolean | undefined> {
  const options: ParseArgsConfig['options'] = {
    json: { type: 'boolean' },
    'as-of': { type: 'string' },
    'no-cache': { type: 'boolean' },
    help: { type: 'boolean', short: 'h' },
    ...command.options,
  };
  try {
    return parseArgs({ args, options, strict: true, allowPositionals: false }).values as Record<string, string | boolean | undefined>;
  } catch (err) {
    // node:util's messages are clear but long; keep the first sentence on one line, and quote
    // the option it names like every other input (it may be 100,000 characters).
    const first = String((err as Error).message).split('\n')[0]!.replace(/\. To specify.*$/, '.');
    throw new UsageError(first.replace(/'([^']*)'/g, (_, inner: string) => quote(inner)));
  }
}

function reportError(err: unknown, io: CliIo): number {
  const line = (text: string): void => io.stderr(`shipshape: ${clipMessage(text.replace(/\s*\n\s*/g, ' '))}\n`);
  if (err instanceof UsageError || err instanceof DomainInputError) {
    line(err.message);
    return EXIT.badInput;
  }
  if (err instanceof AppError) {
    line(err.message);
    return err.code === 'BAD_INPUT' || err.code === 'NOT_FOUND' ? EXIT.badInput : EXIT.failure;
  }
  line(`unexpected error: ${(err as Error)?.message ?? String(err)}`);
  return EXIT.failure;
}
