import { levelsCommand } from './levels';
import { readinessCommand } from './readiness';
import { roadmapCommand } from './roadmap';
import type { Command } from './command';

/** The commands, in help order; each feature adds its own. */
export const COMMANDS: Command[] = [roadmapCommand, readinessCommand, levelsCommand];
