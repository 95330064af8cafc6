/**
 * What the space page shows (SPEC §4): a level (what it adds, and everything expected at it),
 * two levels compared, and a search over behaviours.
 */
import type { LevelViewResponse, SearchHit, SearchResponse } from '../../contract/competency';
import { COMPETENCY_LIMITS } from '../../contract/competency';
import type { Framework, Level } from '../../domain/framework';
import { compareLevels, type LevelComparison } from '../../domain/level-compare';
import { levelsUpTo, requireLevel } from '../../domain/level-ladders';
import { BadInputError } from '../../errors';
import { domainInput } from './errors';
import { quote } from '../../domain/input';

function behaviourCount(level: Level): number {
  return level.categories.reduce((n, c) => n + c.skills.reduce((m, s) => m + s.behaviours.length, 0), 0);
}

export function levelView(framework: Framework, levelId: string): LevelViewResponse {
  return domainInput(() => {
    const level = requireLevel(framework, levelId);
    const everything = levelsUpTo(framework, level.id);
    const ladder = framework.ladders.find((l) => l.id === level.ladder);
    const onLadder = ladder?.levels ?? [level.id];
    const at = onLadder.indexOf(level.id);
    return {
      level,
      ladder: { id: ladder?.id ?? level.ladder, name: ladder?.name ?? level.ladder, role: ladder?.role ?? '' },
      everything,
      previous: at > 0 ? onLadder[at - 1]! : null,
      next: at >= 0 && at < onLadder.length - 1 ? onLadder[at + 1]! : null,
      counts: { own: behaviourCount(level), everything: everything.reduce((n, l) => n + behaviourCount(l), 0) },
    };
  });
}

export function compare(framework: Framework, from: string, to: string): LevelComparison {
  return domainInput(() => compareLevels(framework, from, to));
}

const fold = (s: string): string => s.toLocaleLowerCase('en').replace(/\s+/g, ' ');

/**
 * Case-insensitive substring search over behaviours and skill names (whitespace runs count as one
 * space). A behaviour is a hit when its text or its skill's name contains the query; hits keep the
 * framework's order (levels by rank, then categories, skills, positions).
 */
export function searchBehaviours(
  framework: Framework,
  query: string,
  filters: { level?: string; category?: string; limit?: number } = {},
): SearchResponse {
  const q = fold(query.trim());
  if (q.length < COMPETENCY_LIMITS.searchMinChars) {
    throw new BadInputError(`Type at least ${COMPETENCY_LIMITS.searchMinChars} characters to search.`);
  }
  const limit = filters.limit ?? 100;
  const levels = filters.level ? [domainInput(() => requireLevel(framework, filters.level!))] : framework.levels;
  const category = filters.category ? fold(filters.category.trim()) : undefined;
  if (category && !levels.some((l) => l.categories.some((c) => fold(c.name) === category))) {
    const names = [...new Set(levels.flatMap((l) => l.categories.map((c) => c.name)))];
    throw new BadInputError(`Unknown category ${quote(filters.category)}; the categories are: ${names.join(', ')}.`);
  }
  const hits: SearchHit[] = [];
  for (const level of levels) {
    for (const c of level.categories) {
      if (category && fold(c.name) !== category) continue;
      for (const skill of c.skills) {
        const inSkill = fold(skill.name).includes(q);
        skill.behaviours.forEach((text, i) => {
          const inBehaviour = fold(text).includes(q);
          if (!inSkill && !inBehaviour) return;
          hits.push({
            levelId: level.id,
            ladderId: level.ladder,
            category: c.name,
            skill: skill.name,
            position: i + 1,
            behaviour: text,
            matchedIn: inSkill && inBehaviour ? 'both' : inSkill ? 'skill' : 'behaviour',
          });
        });
      }
    }
  }
  return { query: query.trim(), hits: hits.slice(0, limit), total: hits.length, truncated: hits.length > limit };
}
