/**
 * Framework schema (SPEC §4: "Teams can load their own"): the default validates, broken frameworks
 * are rejected naming the path of the problem, JSON loading, and the default staying intact.
 */
/* eslint-disable @typescript-eslint/no-explicit-any -- these tests build deliberately ill-typed frameworks */
import {
  DEFAULT_FRAMEWORK,
  FrameworkLoadError,
  formatFrameworkIssues,
  loadFrameworkJson,
  parseFrameworkJson,
  validateFramework,
  type FrameworkIssue,
} from '../../src/frameworks';
import { DomainInputError } from '../../src/domain/errors';
import type { Framework } from '../../src/domain/framework';

/** A mutable deep copy of the default (JSON round trip). */
function copyOfDefault(): Framework {
  return JSON.parse(JSON.stringify(DEFAULT_FRAMEWORK)) as Framework;
}

/** A small custom framework: two ladders, three levels, no text sections. */
function small(): Record<string, unknown> {
  return {
    id: 'eng',
    name: 'Engineering Levels',
    jobFamily: 'Engineering',
    ladders: [
      { id: 'ic', name: 'Individual Contributors', role: 'Engineer', levels: ['E1', 'E2'] },
      { id: 'mgr', name: 'Managers', role: 'Engineering Manager', levels: ['M1'] },
    ],
    levels: [
      {
        id: 'E1',
        rank: 1,
        ladder: 'ic',
        scope: 'Own tasks',
        reporting: 'Reports to M1',
        categories: [
          { name: 'Craft', skills: [{ name: 'Coding', behaviours: ['Writes tested code'] }] },
          { name: 'People', skills: [{ name: 'Mentoring', behaviours: ['Helps peers'] }] },
        ],
      },
      {
        id: 'E2',
        rank: 2,
        ladder: 'ic',
        scope: 'Own features',
        reporting: '',
        categories: [
          {
            name: 'Craft',
            skills: [
              { name: 'Coding', behaviours: ['Designs modules', 'Reviews code'] },
              { name: 'Testing', behaviours: ['Writes test plans'] },
            ],
          },
        ],
      },
      {
        id: 'M1',
        rank: 5,
        ladder: 'mgr',
        scope: 'Own a team',
        reporting: 'Reports to a director',
        categories: [{ name: 'People', skills: [{ name: 'Coaching', behaviours: ['Runs 1:1s'] }] }],
      },
    ],
  };
}

function errorsOf(input: unknown): FrameworkIssue[] {
  const result = validateFramework(input);
  if (result.ok) throw new Error('expected the framework to be rejected');
  return result.errors;
}

function pathsOf(input: unknown): string[] {
  return errorsOf(input).map((e) => e.path);
}

/** Applies `edit` to a fresh `small()` and returns it. */
function broken(edit: (f: any) => void): unknown {
  const f = small();
  edit(f);
  return f;
}

describe('validateFramework: valid frameworks', () => {
  it('accepts the default framework and returns an equal, unfrozen, unshared copy', () => {
    const result = validateFramework(DEFAULT_FRAMEWORK);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.framework).toEqual(DEFAULT_FRAMEWORK);
    expect(result.framework).not.toBe(DEFAULT_FRAMEWORK);
    expect(result.framework.levels[0]).not.toBe(DEFAULT_FRAMEWORK.levels[0]);
    expect(Object.isFrozen(result.framework)).toBe(false);
  });

  it('accepts a small custom framework; omitted text sections read as empty lists', () => {
    const result = validateFramework(small());
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.framework.introduction).toEqual([]);
    expect(result.framework.principles).toEqual([]);
    expect(result.framework.definitions).toEqual([]);
    expect(result.framework.notes).toEqual([]);
    expect(result.framework.levels.map((l) => [l.id, l.rank])).toEqual([
      ['E1', 1],
      ['E2', 2],
      ['M1', 5],
    ]);
    expect(result.framework.levels[1]!.reporting).toBe('');
  });

  it('accepts non-integer ranks (a custom framework gives every level a rank)', () => {
    expect(validateFramework(broken((f) => (f.levels[1].rank = 1.5))).ok).toBe(true);
  });
});

describe('validateFramework: broken frameworks are rejected with the path of the problem', () => {
  const cases: Array<[string, unknown, string, RegExp]> = [
    ['not an object', [], '(root)', /must be an object, got an array/],
    ['null', null, '(root)', /must be an object, got null/],
    ['missing id', broken((f) => delete f.id), 'id', /is required/],
    ['blank id', broken((f) => (f.id = '  ')), 'id', /non-empty string/],
    ['name not a string', broken((f) => (f.name = 3)), 'name', /must be a string, got a number/],
    ['missing jobFamily', broken((f) => delete f.jobFamily), 'jobFamily', /is required/],
    ['version not a string', broken((f) => (f.version = 1)), 'version', /must be a string/],
    ['introduction not a list', broken((f) => (f.introduction = 'Hello')), 'introduction', /must be a list of paragraphs/],
    ['principle without a title', broken((f) => (f.principles = [{ text: 'x' }])), 'principles[0].title', /is required/],
    ['definition text not a string', broken((f) => (f.definitions = [{ name: 'Scope', text: null }])), 'definitions[0].text', /must be a string, got null/],
    ['unknown top-level field', broken((f) => (f.level = [])), 'level', /unknown field/],
    ['no levels', broken((f) => (f.levels = [])), 'levels', /at least one level/],
    ['levels not a list', broken((f) => (f.levels = {})), 'levels', /must be a list of levels, got an object/],
    ['no ladders', broken((f) => (f.ladders = [])), 'ladders', /at least one ladder/],
    ['level not an object', broken((f) => (f.levels[1] = 'E2')), 'levels[1]', /must be an object, got a string/],
    ['blank level id', broken((f) => (f.levels[0].id = '')), 'levels[0].id', /non-empty string/],
    ['duplicate level id', broken((f) => (f.levels[1].id = 'E1')), 'levels[1].id', /duplicate level id "E1" \(also levels\[0\]\.id\)/],
    ['level ids differing only in case', broken((f) => (f.levels[1].id = 'e1')), 'levels[1].id', /only in case/],
    ['rank not a number', broken((f) => (f.levels[0].rank = '1')), 'levels[0].rank', /must be a finite number, got a string/],
    ['rank NaN', broken((f) => (f.levels[0].rank = NaN)), 'levels[0].rank', /finite number/],
    ['missing rank', broken((f) => delete f.levels[2].rank), 'levels[2].rank', /is required/],
    ['duplicate rank', broken((f) => (f.levels[1].rank = 1)), 'levels[1].rank', /duplicate rank 1 \(also levels\[0\]\.rank\)/],
    ['ranks not ascending', broken((f) => (f.levels[2].rank = 0)), 'levels[2].rank', /ascending rank/],
    ['scope not a string', broken((f) => (f.levels[0].scope = ['x'])), 'levels[0].scope', /must be a string, got an array/],
    ['missing reporting', broken((f) => delete f.levels[0].reporting), 'levels[0].reporting', /is required/],
    ['no categories', broken((f) => (f.levels[0].categories = [])), 'levels[0].categories', /at least one categor/],
    ['category without a name', broken((f) => (f.levels[0].categories[1].name = '')), 'levels[0].categories[1].name', /non-empty string/],
    [
      'duplicate category name (case-insensitive)',
      broken((f) => (f.levels[0].categories[1].name = 'craft')),
      'levels[0].categories[1].name',
      /duplicate category name "craft".*levels\[0\]\.categories\[0\]\.name/,
    ],
    ['no skills', broken((f) => (f.levels[2].categories[0].skills = [])), 'levels[2].categories[0].skills', /at least one skill/],
    [
      'a skill with no behaviours',
      broken((f) => (f.levels[1].categories[0].skills[1].behaviours = [])),
      'levels[1].categories[0].skills[1].behaviours',
      /at least one behaviour/,
    ],
    [
      'behaviours missing',
      broken((f) => delete f.levels[1].categories[0].skills[1].behaviours),
      'levels[1].categories[0].skills[1].behaviours',
      /is required \(a list of behaviours\)/,
    ],
    [
      'a blank behaviour',
      broken((f) => (f.levels[1].categories[0].skills[0].behaviours[1] = ' ')),
      'levels[1].categories[0].skills[0].behaviours[1]',
      /non-empty string/,
    ],
    [
      'a behaviour that is not a string',
      broken((f) => (f.levels[0].categories[0].skills[0].behaviours[0] = { text: 'x' })),
      'levels[0].categories[0].skills[0].behaviours[0]',
      /must be a string, got an object/,
    ],
    [
      'duplicate skill name in a category (case-insensitive)',
      broken((f) => (f.levels[1].categories[0].skills[1].name = 'CODING')),
      'levels[1].categories[0].skills[1].name',
      /duplicate skill name "CODING" \(also levels\[1\]\.categories\[0\]\.skills\[0\]\.name.*in a category/,
    ],
    [
      'duplicate skill name across categories of a level',
      broken((f) => (f.levels[0].categories[1].skills[0].name = 'Coding')),
      'levels[0].categories[1].skills[0].name',
      /duplicate skill name "Coding".*across a level/,
    ],
    [
      'misspelt behaviours',
      broken((f) => {
        const s = f.levels[0].categories[0].skills[0];
        s.behaviors = s.behaviours;
        delete s.behaviours;
      }),
      'levels[0].categories[0].skills[0].behaviors',
      /unknown field \(expected one of: name, behaviours\)/,
    ],
    ['ladder referencing an unknown level', broken((f) => f.ladders[0].levels.push('E3')), 'ladders[0].levels[2]', /unknown level "E3"/],
    ['blank ladder id', broken((f) => (f.ladders[1].id = '')), 'ladders[1].id', /non-empty string/],
    ['duplicate ladder id', broken((f) => (f.ladders[1].id = 'ic')), 'ladders[1].id', /duplicate ladder id "ic"/],
    ['ladder with no levels', broken((f) => (f.ladders[1].levels = [])), 'ladders[1].levels', /at least one level id/],
    ['level in no ladder', broken((f) => f.ladders[0].levels.pop()), 'levels[1]', /level "E2" is not listed in any ladder's levels \(its ladder "ic" is ladders\[0\]\)/],
    ['level listed twice', broken((f) => f.ladders[1].levels.push('E2')), 'ladders[1].levels[1]', /listed more than once \(also ladders\[0\]\.levels\[1\]\)/],
    ['level naming another ladder than the one listing it', broken((f) => (f.levels[2].ladder = 'ic')), 'levels[2].ladder', /is "ic" but the level is listed in ladder "mgr"/],
    [
      'level naming an unknown ladder',
      broken((f) => {
        f.levels[2].ladder = 'exec';
        f.ladders[1].levels = ['E1'];
        f.ladders[0].levels = ['E2'];
      }),
      'levels[2].ladder',
      /unknown ladder "exec"/,
    ],
    ['ladder levels out of rank order', broken((f) => (f.ladders[0].levels = ['E2', 'E1'])), 'ladders[0].levels[1]', /ascending rank/],
  ];

  it.each(cases)('%s', (_title, input, path, message) => {
    const errors = errorsOf(input);
    const hit = errors.find((e) => e.path === path);
    expect({ path: hit?.path, all: errors }).toEqual(expect.objectContaining({ path }));
    expect(hit!.message).toMatch(message);
  });

  it('reports every problem at once, each with its own path', () => {
    const input = broken((f) => {
      f.id = '';
      f.levels[0].rank = 'one';
      f.levels[1].categories[0].skills[1].behaviours = [];
      f.ladders[1].levels.push('X9');
    });
    expect(pathsOf(input)).toEqual(['id', 'levels[0].rank', 'levels[1].categories[0].skills[1].behaviours', 'ladders[1].levels[1]']);
  });

  it('keeps paths right when an earlier level is unreadable', () => {
    // levels[0] fails as a whole; the cross-check must still name levels[2] for the M1 problem.
    const input = broken((f) => {
      f.levels[0] = 7;
      f.levels[2].ladder = 'ic';
    });
    expect(pathsOf(input)).toEqual(['levels[0]', 'levels[2].ladder']);
  });

  it('a broken copy of the default names the deep path (levels[2].categories[0].skills[1].behaviours)', () => {
    const f = copyOfDefault();
    f.levels[2]!.categories[0]!.skills[1]!.behaviours = [];
    expect(errorsOf(f)).toEqual([
      { path: 'levels[2].categories[0].skills[1].behaviours', message: 'must list at least one behaviour' },
    ]);
  });

  it('formatFrameworkIssues gives one line per problem', () => {
    const text = formatFrameworkIssues(errorsOf(broken((f) => ((f.id = ''), (f.levels[0].rank = null)))));
    expect(text).toBe('id: must be a non-empty string\nlevels[0].rank: must be a finite number, got null');
  });
});

describe('loadFrameworkJson / parseFrameworkJson', () => {
  it('loads a valid custom framework', () => {
    const fw = loadFrameworkJson(JSON.stringify(small(), null, 2));
    expect(fw.id).toBe('eng');
    expect(fw.levels).toHaveLength(3);
  });

  it('accepts a leading byte-order mark', () => {
    expect(loadFrameworkJson(`\ufeff${JSON.stringify(small())}`).id).toBe('eng');
  });

  it('round-trips the default through JSON', () => {
    expect(loadFrameworkJson(JSON.stringify(DEFAULT_FRAMEWORK))).toEqual(DEFAULT_FRAMEWORK);
  });

  it('invalid JSON gives a clear error with where it failed', () => {
    const text = '{\n  "id": "eng",\n}';
    const result = parseFrameworkJson(text);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors).toHaveLength(1);
    expect(result.errors[0]!.path).toBe('(root)');
    expect(result.errors[0]!.message).toMatch(/^not valid JSON: .+line 3/);
    expect(() => loadFrameworkJson(text)).toThrow(/^Invalid framework: \(root\): not valid JSON: /);
  });

  it('empty text is a clear error', () => {
    expect(() => loadFrameworkJson('  \n')).toThrow('Invalid framework: (root): framework file is empty; expected a JSON object');
  });

  it('throws FrameworkLoadError (bad input, code BAD_INPUT) carrying every problem with its path', () => {
    const text = JSON.stringify(broken((f) => ((f.levels[1].id = 'E1'), (f.levels[0].categories = []))));
    let caught: unknown;
    try {
      loadFrameworkJson(text);
    } catch (err) {
      caught = err;
    }
    expect(caught).toBeInstanceOf(FrameworkLoadError);
    expect(caught).toBeInstanceOf(DomainInputError);
    const err = caught as FrameworkLoadError;
    expect(err.code).toBe('BAD_INPUT');
    expect(err.errors.map((e) => e.path)).toEqual(expect.arrayContaining(['levels[1].id', 'levels[0].categories']));
    expect(err.message).toMatch(/^Invalid framework: levels\[0\]\.categories: must list at least one category; levels\[1\]\.id: duplicate level id "E1"/);
  });

  it('summarises long error lists', () => {
    const f = small() as any;
    f.levels.forEach((l: any) => (l.categories = []));
    f.id = '';
    f.name = '';
    f.jobFamily = '';
    const err = (() => {
      try {
        loadFrameworkJson(JSON.stringify(f));
      } catch (e) {
        return e as FrameworkLoadError;
      }
      throw new Error('expected a throw');
    })();
    expect(err.errors).toHaveLength(6);
    expect(err.message).toMatch(/ \(and 1 more\)$/);
  });
});

describe('the default framework stays intact', () => {
  const before = JSON.stringify(DEFAULT_FRAMEWORK);

  it('is deep-frozen: changing it throws', () => {
    expect(Object.isFrozen(DEFAULT_FRAMEWORK)).toBe(true);
    expect(() => {
      (DEFAULT_FRAMEWORK as any).name = 'Changed';
    }).toThrow(TypeError);
    expect(() => {
      DEFAULT_FRAMEWORK.levels.push(DEFAULT_FRAMEWORK.levels[0]!);
    }).toThrow(TypeError);
    expect(() => {
      DEFAULT_FRAMEWORK.levels[0]!.categories[0]!.skills[0]!.behaviours[0] = 'Changed';
    }).toThrow(TypeError);
    expect(() => {
      (DEFAULT_FRAMEWORK.ladders[0]!.levels as string[]).reverse();
    }).toThrow(TypeError);
  });

  it('is unchanged after a custom framework is loaded and changed', () => {
    const custom = loadFrameworkJson(JSON.stringify({ ...copyOfDefault(), id: 'custom', name: 'Custom' }));
    custom.levels[0]!.categories[0]!.skills[0]!.behaviours.push('Extra behaviour');
    custom.levels[0]!.scope = 'Changed scope';
    custom.ladders.pop();
    const copy = validateFramework(DEFAULT_FRAMEWORK);
    if (copy.ok) copy.framework.levels[1]!.categories.length = 0;
    expect(JSON.stringify(DEFAULT_FRAMEWORK)).toBe(before);
    expect(DEFAULT_FRAMEWORK.id).toBe('product-ops');
    expect(DEFAULT_FRAMEWORK.levels[0]!.categories[0]!.skills[0]!.behaviours).toHaveLength(2);
  });
});
