/**
 * Levels and ladders of a career framework (SPEC §4): finding a level, what is expected at it
 * (levels are additive) and which level a person usually targets next. Pure.
 */
import { LevelsInputError } from './errors';
import type { Framework, Level } from './framework';
import { quote } from './input';

/** Level ids, skill and category names compare trimmed, inner spaces folded, case-insensitively. */
export function norm(s: string): string {
  return s.trim().replace(/\s+/g, ' ').toLowerCase();
}

function levelIds(framework: Framework): string {
  return framework.levels.map((l) => l.id).join(', ');
}

/** A level of the framework by id (case-insensitive, trimmed), or undefined. */
export function findLevel(framework: Framework, id: string | null | undefined): Level | undefined {
  if (typeof id !== 'string' || id === '') return undefined;
  return framework.levels.find((l) => norm(l.id) === norm(id));
}

/** SPEC §4: "An unknown level … is bad input". Finds the level or throws `LevelsInputError` listing valid ids. */
export function requireLevel(framework: Framework, id: string, what = 'level'): Level {
  const level = findLevel(framework, id);
  if (!level) {
    throw new LevelsInputError(`Unknown ${what} ${quote(id)}: the framework ${quote(framework.name)} has ${levelIds(framework)}.`);
  }
  return level;
}

/**
 * SPEC §4: "Levels are additive: a page for a level … can show everything expected at it (its own
 * and every lower level's, grouped by level)". Every level ranked below `levelId` (any ladder), in
 * ascending rank, ending with the level itself.
 */
export function levelsUpTo(framework: Framework, levelId: string): Level[] {
  const level = requireLevel(framework, levelId);
  const lower = framework.levels.filter((l) => l.rank < level.rank).sort((x, y) => x.rank - y.rank); // stable
  return [...lower, level];
}

/** The ladder a level is on (by its `ladder` id, else the ladder listing it). */
export function ladderOf(framework: Framework, level: Level): Framework['ladders'][number] | undefined {
  return framework.ladders.find((l) => l.id === level.ladder) ?? framework.ladders.find((l) => l.levels.includes(level.id));
}

/** SPEC §4: "any higher level may be the target" (by rank). The levels a person at `currentId` may target. */
export function levelsAbove(framework: Framework, currentId: string): Level[] {
  const current = findLevel(framework, currentId);
  return current ? framework.levels.filter((l) => l.rank > current.rank) : [];
}

/**
 * SPEC §4: the target level is "usually the next one on their ladder, or the first of the manager
 * ladder". The next level on the current level's ladder; at the top of a ladder, the first level of
 * another ladder ranked above; otherwise the next level by rank. Null at the very top.
 */
export function defaultTargetLevel(framework: Framework, currentId: string): string | null {
  const current = findLevel(framework, currentId);
  if (!current) return null;
  const ladder = ladderOf(framework, current);
  if (ladder) {
    const i = ladder.levels.indexOf(current.id);
    if (i >= 0 && i < ladder.levels.length - 1) return ladder.levels[i + 1]!;
    for (const other of framework.ladders) {
      if (other === ladder) continue;
      const first = findLevel(framework, other.levels[0]);
      if (first && first.rank > current.rank) return first.id;
    }
  }
  return levelsAbove(framework, current.id).sort((a, b) => a.rank - b.rank)[0]?.id ?? null;
}
