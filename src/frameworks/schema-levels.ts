/**
 * The levels of a framework (SPEC §4, §6): each with a unique id and ascending rank, its ladder,
 * scope and reporting, and at least one category of skills of behaviours; category and skill names
 * unique per level, case-insensitively (assessments name skills case-insensitively, SPEC §4).
 */
import type { Category, Level, Skill } from '../domain/framework';
import { quote } from '../domain/input';
import { describe, join, lower, seenBefore, ShapeReader, type Obj } from './schema-reader';

/** What could be read of a level, with its index in the input (for the ladder cross-checks). */
export interface LevelRef {
  index: number;
  id?: string;
  rank?: number;
  ladder?: string;
}

const LEVEL_KEYS = ['id', 'rank', 'ladder', 'scope', 'reporting', 'categories'] as const;

export class LevelsReader extends ShapeReader {
  protected levels(value: unknown, refs: LevelRef[]): Level[] | undefined {
    const out: Level[] = [];
    const ids = new Map<string, number>();
    const ranks = new Map<number, number>();
    let previousRank: { rank: number; index: number } | undefined;
    const arr = this.eachObject(value, 'levels', LEVEL_KEYS, { what: 'levels' }, (o, p, i) => {
      const id = this.string(o.id, join(p, 'id'), true);
      if (id !== undefined) {
        const first = seenBefore(ids, lower(id), i);
        if (first !== undefined) {
          const other = ((value as unknown[])[first] as Obj).id as string;
          this.fail(
            join(p, 'id'),
            other === id
              ? `duplicate level id "${id}" (also levels[${first}].id)`
              : `level id "${id}" differs from levels[${first}].id "${other}" only in case; level ids must be unique`,
          );
        }
      }
      let rank: number | undefined;
      if (typeof o.rank !== 'number' || !Number.isFinite(o.rank)) {
        this.fail(join(p, 'rank'), o.rank === undefined ? 'is required (a number)' : `must be a finite number, got ${describe(o.rank)}`);
      } else {
        rank = o.rank;
        const first = seenBefore(ranks, rank, i);
        if (first !== undefined) this.fail(join(p, 'rank'), `duplicate rank ${rank} (also levels[${first}].rank); ranks order levels and must be unique`);
        if (previousRank && first === undefined && rank < previousRank.rank) {
          this.fail(join(p, 'rank'), `levels must be listed in ascending rank: ${rank} comes after levels[${previousRank.index}].rank ${previousRank.rank}`);
        }
        if (!previousRank || rank > previousRank.rank) previousRank = { rank, index: i };
      }
      const ladder = this.string(o.ladder, join(p, 'ladder'), true);
      const scope = this.string(o.scope, join(p, 'scope'), false);
      const reporting = this.string(o.reporting, join(p, 'reporting'), false);
      const categories = this.categories(o.categories, join(p, 'categories'));
      refs.push({ index: i, id, rank, ladder });
      if (id === undefined || rank === undefined || ladder === undefined || scope === undefined || reporting === undefined || !categories) return;
      out.push({ id, rank, ladder, scope, reporting, categories });
    });
    return arr && out;
  }

  protected categories(value: unknown, path: string): Category[] | undefined {
    const out: Category[] = [];
    const names = new Map<string, number>();
    // Skill names are unique across the whole level: an assessment names a skill of the target
    // level (SPEC §4) without its category.
    const skillNames = new Map<string, string>();
    const arr = this.eachObject(value, path, ['name', 'skills'], { what: 'categories', one: 'category' }, (o, p, i) => {
      const name = this.string(o.name, join(p, 'name'), true);
      if (name !== undefined) {
        const first = seenBefore(names, lower(name), i);
        if (first !== undefined) this.fail(join(p, 'name'), `duplicate category name ${quote(name)} in this level (also ${join(path, first)}.name; compared case-insensitively)`);
      }
      const skills = this.skills(o.skills, join(p, 'skills'), skillNames);
      if (name === undefined || !skills) return;
      out.push({ name, skills });
    });
    return arr && out;
  }

  protected skills(value: unknown, path: string, levelSkillNames: Map<string, string>): Skill[] | undefined {
    const out: Skill[] = [];
    const arr = this.eachObject(value, path, ['name', 'behaviours'], { what: 'skills' }, (o, p) => {
      const name = this.string(o.name, join(p, 'name'), true);
      if (name !== undefined) {
        const first = seenBefore(levelSkillNames, lower(name), p);
        if (first !== undefined) {
          const samePath = first.startsWith(`${path}[`);
          this.fail(
            join(p, 'name'),
            `duplicate skill name "${name}" (also ${first}.name; skill names are compared case-insensitively and must be unique ${samePath ? 'in a category' : 'across a level'})`,
          );
        }
      }
      const behaviours = this.strings(o.behaviours, join(p, 'behaviours'), 'behaviours');
      if (name === undefined || !behaviours) return;
      out.push({ name, behaviours });
    });
    return arr && out;
  }
}
