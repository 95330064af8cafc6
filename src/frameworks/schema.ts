/**
 * Schema validation for career frameworks (SPEC §4: "Teams can load their own"). Hand-written so
 * every problem names its path (`levels[2].categories[0].skills[1].behaviours`) in plain words.
 *
 * What a framework must satisfy, beyond the TypeScript shape of `Framework`:
 * - `id`, `name`, `jobFamily`: non-blank strings; `version`, `organisation` optional strings.
 * - `introduction`, `principles`, `definitions`, `notes`: the text sections; each may be omitted
 *   (read as `[]`), but when present it must have the right shape.
 * - `levels`: at least one; ids non-blank and unique (also case-insensitively); `rank` a finite
 *   number, unique, ascending in list order; `scope` and `reporting` strings (may be empty: the
 *   default's POL6 has no typical reporting); `ladder` names an existing ladder that lists the level.
 * - `ladders`: at least one; ids non-blank and unique; every listed level exists, appears once, in
 *   ascending rank; every level is in exactly one ladder.
 * - each level has at least one category, each category at least one skill, each skill at least one
 *   behaviour; category names unique per level and skill names unique per level (both
 *   case-insensitively, because assessments name skills case-insensitively, SPEC §4); behaviours are
 *   non-blank strings.
 * - unknown keys are rejected (a misspelt `behaviors` should not pass silently).
 *
 * The returned framework is a fresh deep copy holding only known keys, so callers never share
 * objects with the input (and never with the frozen default).
 */
import type { Framework } from '../domain/framework';
import { payloadProblem, quote } from '../domain/input';
import { LevelsReader, type LevelRef } from './schema-levels';
import { join, ROOT_PATH, seenBefore, type FrameworkIssue } from './schema-reader';

export { ROOT_PATH } from './schema-reader';
export type { FrameworkIssue } from './schema-reader';

export type FrameworkValidation =
  | { ok: true; framework: Framework }
  | { ok: false; errors: FrameworkIssue[] };

/** What could be read of a ladder, with its index in the input (for cross-checks). */
interface LadderRef {
  index: number;
  id?: string;
  levels: string[];
}

const FRAMEWORK_KEYS = [
  'id',
  'name',
  'jobFamily',
  'version',
  'organisation',
  'history',
  'headings',
  'introduction',
  'principles',
  'definitionsIntro',
  'definitions',
  'notes',
  'competenciesIntro',
  'ladders',
  'levels',
] as const;
const HEADING_KEYS = ['history', 'principles', 'definitions', 'levels', 'competencies'] as const;
const HISTORY_KEYS = ['version', 'date', 'updatedBy', 'remarks'] as const;
/** A framework id's longest form. */
export const FRAMEWORK_ID_MAX = 100;
const LADDER_KEYS = ['id', 'name', 'role', 'levels', 'competenciesHeading'] as const;
/** Validates any framework (the default or a team's own); never throws. */
export function validateFramework(input: unknown): FrameworkValidation {
  // Uploaded text is parsed here, past the resolver's payload bound: measure before walking.
  const problem = payloadProblem(input);
  if (problem) return { ok: false, errors: [{ path: ROOT_PATH, message: `too large or too deep to be a framework: ${problem}` }] };
  const v = new Validator();
  const framework = v.framework(input);
  if (v.errors.length > 0 || framework === undefined) return { ok: false, errors: v.errors };
  return { ok: true, framework };
}

/** One line per problem: `levels[0].id: must be a non-empty string`. */
export function formatFrameworkIssues(errors: readonly FrameworkIssue[]): string {
  return errors.map((e) => `${e.path}: ${e.message}`).join('\n');
}

class Validator extends LevelsReader {
  framework(input: unknown): Framework | undefined {
    const root = this.object(input, ROOT_PATH, FRAMEWORK_KEYS);
    if (!root) return undefined;
    const id = this.string(root.id, 'id', true);
    // It names the framework's published pages in storage: short, like an id.
    if (id !== undefined && id.length > FRAMEWORK_ID_MAX) this.fail('id', `must be at most ${FRAMEWORK_ID_MAX} characters (it has ${id.length})`);
    const name = this.string(root.name, 'name', true);
    const jobFamily = this.string(root.jobFamily, 'jobFamily', true);
    const version = this.optionalString(root.version, 'version');
    const organisation = this.optionalString(root.organisation, 'organisation');

    let history: Framework['history'];
    if (root.history !== undefined) {
      history = this.list(root.history, 'history', 'entries', (v, p) => {
        const o = this.object(v, p, HISTORY_KEYS);
        if (!o) return undefined;
        const entry = {
          version: this.string(o.version, join(p, 'version'), false),
          date: this.string(o.date, join(p, 'date'), false),
          updatedBy: this.string(o.updatedBy, join(p, 'updatedBy'), false),
          remarks: this.string(o.remarks, join(p, 'remarks'), false),
        };
        return entry as { version: string; date: string; updatedBy: string; remarks: string };
      });
    }

    let headings: Framework['headings'];
    if (root.headings !== undefined) {
      const o = this.object(root.headings, 'headings', HEADING_KEYS);
      if (o) {
        headings = {};
        for (const key of HEADING_KEYS) {
          const s = this.optionalString(o[key], join('headings', key));
          if (s !== undefined) headings[key] = s;
        }
      }
    }

    const introduction = this.list(root.introduction, 'introduction', 'paragraphs', (v, p) => this.string(v, p, false));
    const principles = this.list(root.principles, 'principles', 'principles', (v, p) => {
      const o = this.object(v, p, ['title', 'text']);
      if (!o) return undefined;
      return { title: this.string(o.title, join(p, 'title'), true) ?? '', text: this.string(o.text, join(p, 'text'), false) ?? '' };
    });
    const definitionsIntro = this.optionalString(root.definitionsIntro, 'definitionsIntro');
    const definitions = this.list(root.definitions, 'definitions', 'definitions', (v, p) => {
      const o = this.object(v, p, ['name', 'text', 'intro']);
      if (!o) return undefined;
      const def: Framework['definitions'][number] = {
        name: this.string(o.name, join(p, 'name'), true) ?? '',
        text: this.string(o.text, join(p, 'text'), false) ?? '',
      };
      const intro = this.optionalString(o.intro, join(p, 'intro'));
      if (intro !== undefined) def.intro = intro;
      return def;
    });
    const notes = this.list(root.notes, 'notes', 'notes', (v, p) => {
      const o = this.object(v, p, ['title', 'text']);
      if (!o) return undefined;
      return { title: this.string(o.title, join(p, 'title'), true) ?? '', text: this.string(o.text, join(p, 'text'), false) ?? '' };
    });
    const competenciesIntro = this.optionalString(root.competenciesIntro, 'competenciesIntro');

    const levelRefs: LevelRef[] = [];
    const ladderRefs: LadderRef[] = [];
    const levels = this.levels(root.levels, levelRefs);
    const ladders = this.ladders(root.ladders, ladderRefs);
    if (levels && ladders) {
      const allLevelIds = levelRefs.length === (root.levels as unknown[]).length && levelRefs.every((r) => r.id !== undefined);
      const allLadders = ladderRefs.length === (root.ladders as unknown[]).length;
      this.crossCheck(levelRefs, ladderRefs, allLevelIds, allLadders);
    }

    if (this.errors.length > 0 || !levels || !ladders) return undefined;
    // Keys in the type's order, optional ones only when given, for readable JSON round trips.
    return {
      id: id!,
      name: name!,
      jobFamily: jobFamily!,
      ...(version !== undefined && { version }),
      ...(organisation !== undefined && { organisation }),
      ...(history !== undefined && { history }),
      ...(headings !== undefined && { headings }),
      introduction,
      principles,
      ...(definitionsIntro !== undefined && { definitionsIntro }),
      definitions,
      notes,
      ...(competenciesIntro !== undefined && { competenciesIntro }),
      ladders,
      levels,
    };
  }

  private ladders(value: unknown, refs: LadderRef[]): Framework['ladders'] | undefined {
    const out: Framework['ladders'] = [];
    const seen = new Map<string, number>();
    const arr = this.eachObject(value, 'ladders', LADDER_KEYS, { what: 'ladders' }, (o, p, i) => {
      const id = this.string(o.id, join(p, 'id'), true);
      if (id !== undefined) {
        const first = seenBefore(seen, id, i);
        if (first !== undefined) this.fail(join(p, 'id'), `duplicate ladder id ${quote(id)} (also ladders[${first}].id)`);
      }
      const name = this.string(o.name, join(p, 'name'), true);
      const role = this.string(o.role, join(p, 'role'), false);
      const levelIds = this.strings(o.levels, join(p, 'levels'), 'level ids');
      const heading = this.optionalString(o.competenciesHeading, join(p, 'competenciesHeading'));
      refs.push({ index: i, id, levels: levelIds ?? [] });
      if (id === undefined || name === undefined || role === undefined || !levelIds) return;
      const ladder: Framework['ladders'][number] = { id, name, role, levels: levelIds };
      if (heading !== undefined) ladder.competenciesHeading = heading;
      out.push(ladder);
    });
    return arr && out;
  }

  /**
   * Ladders ↔ levels: references exist, each level in exactly one ladder, ascending rank. Works on
   * what could be read (refs keep the input indexes), so paths stay right when other parts failed;
   * "unknown level" / "not in any ladder" are only said when every level id / ladder could be read.
   */
  private crossCheck(levels: LevelRef[], ladders: LadderRef[], allLevelIds: boolean, allLadders: boolean): void {
    const levelById = new Map<string, LevelRef>();
    for (const l of levels) if (l.id !== undefined && !levelById.has(l.id)) levelById.set(l.id, l);
    const ladderById = new Map<string, LadderRef>();
    for (const l of ladders) if (l.id !== undefined && !ladderById.has(l.id)) ladderById.set(l.id, l);
    const placedIn = new Map<string, string>(); // level id -> path of its first ladder entry
    for (const ladder of ladders) {
      let previous: LevelRef | undefined;
      ladder.levels.forEach((levelId, j) => {
        const p = `ladders[${ladder.index}].levels[${j}]`;
        const level = levelById.get(levelId);
        if (level === undefined) {
          // When a level could not be read, its id is unknown: say nothing rather than something wrong.
          if (allLevelIds) this.fail(p, `unknown level ${quote(levelId)} (no levels[].id has it)`);
          return;
        }
        const first = placedIn.get(levelId);
        if (first !== undefined) {
          this.fail(p, `level ${quote(levelId)} is listed more than once (also ${first}); a level belongs to exactly one ladder`);
          return;
        }
        placedIn.set(levelId, p);
        if (level.ladder !== undefined && ladder.id !== undefined && level.ladder !== ladder.id) {
          this.fail(`levels[${level.index}].ladder`, `is ${quote(level.ladder)} but the level is listed in ladder ${quote(ladder.id)} (${p})`);
        }
        if (previous?.rank !== undefined && level.rank !== undefined && level.rank < previous.rank) {
          this.fail(p, `ladder levels must be in ascending rank: ${quote(levelId)} (rank ${level.rank}) comes after ${quote(previous.id)} (rank ${previous.rank})`);
        }
        previous = level;
      });
    }
    for (const level of levels) {
      if (level.id === undefined || placedIn.has(level.id) || levelById.get(level.id) !== level) continue;
      const owner = level.ladder === undefined ? undefined : ladderById.get(level.ladder);
      if (level.ladder !== undefined && owner === undefined) {
        this.fail(`levels[${level.index}].ladder`, `unknown ladder ${quote(level.ladder)} (no ladders[].id has it)`);
      } else if (allLadders) {
        const where = owner === undefined ? '' : ` (its ladder "${level.ladder}" is ladders[${owner.index}])`;
        this.fail(`levels[${level.index}]`, `level ${quote(level.id)} is not listed in any ladder's levels${where}`);
      }
    }
  }
}
