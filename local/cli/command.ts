/** One `shipshape` command: its name, usage line, options, and what it runs. Each command's file exports one. */
import type { ParseArgsConfig } from 'node:util';
import type { CliIo } from './io';

export interface Command {
  name: string;
  usage: string;
  summary: string;
  options: ParseArgsConfig['options'];
  run(values: Record<string, string | boolean | undefined>, io: CliIo): Promise<number>;
}
