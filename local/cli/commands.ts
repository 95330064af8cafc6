import type { ParseArgsConfig } from 'node:util';
import type { CliIo } from './io';
import { levelsCommand } from './levels';
import { readinessCommand } from './readiness';
import { roadmapCommand } from './roadmap';

export interface Command {
  name: string;
  usage: string;
  summary: string;
  options: ParseArgsConfig['options'];
  run(values: Record<string, string | boolean | undefined>, io: CliIo): Promise<number>;
}

/** The commands, in help order; each feature adds its own. */
export const COMMANDS: Command[] = [roadmapCommand, readinessCommand, levelsCommand];
