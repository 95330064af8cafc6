/**
 * Fidelity of the default framework to its seed (SPEC §4 "complete and word for word", §6 counts).
 *
 * This test re-reads the raw seed at test time with its own small reader, written independently of
 * how `src/frameworks/product-ops.ts` was produced, and checks both ways:
 * - the competency tables: per level, the categories, skills and behaviours read from the seed equal
 *   the data exactly (same strings, same order; nothing extra, nothing missing);
 * - the counts equal SPEC §6's table, written out literally below;
 * - the prose (introduction, principles, definitions, ladders, levels' scope and reporting, notes,
 *   headings, history): the seed's lines, in order, equal the lines rendered back from the data;
 * - every string in the data occurs in the seed (behaviours joined across the page breaks that
 *   SPEC §6 names).
 *
 * The seed is kept verbatim next to this test (`fixtures/`) so the test runs without /work/shared;
 * when the shared copy exists, the fixture must be byte-identical to it.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { DEFAULT_FRAMEWORK, validateFramework } from '../../src/frameworks';
import { PRODUCT_OPS_FRAMEWORK } from '../../src/frameworks/product-ops';
import type { Framework } from '../../src/domain/framework';

const FIXTURE = path.join(__dirname, 'fixtures', '000_6f104b2cd9aefa4b.txt');
const SHARED = '/work/shared/seeds/000_6f104b2cd9aefa4b.txt';
const SEED = fs.readFileSync(FIXTURE, 'utf8');
const LINES = SEED.split('\n');

// ---------------------------------------------------------------------------------------------
// SPEC §6, written out literally: level → category → skill → number of behaviours, in order.
// ---------------------------------------------------------------------------------------------
const SPEC_COUNTS: Array<[string, Array<[string, Array<[string, number]>]>]> = [
  [
    'PO1',
    [
      [
        'Product Skills',
        [
          ['Tools & Initiatives', 2],
          ['Business Support for Products', 3],
          ['Strategic Insights', 3],
          ['Managing Product Development Lifecycle and Release Management', 3],
        ],
      ],
      [
        'Process Skills',
        [
          ['Project Management', 2],
          ['Change Management', 1],
          ['Process Mapping and Optimization', 3],
          ['Documentation', 1],
        ],
      ],
      [
        'People Skills',
        [
          ['Self-development', 1],
          ['Collaboration', 3],
          ['Leadership', 4],
          ['Stakeholder Management', 1],
        ],
      ],
    ],
  ],
  [
    'PO2',
    [
      [
        'Product Skills',
        [
          ['Tools & Initiatives', 2],
          ['Business Support for Products', 5],
          ['Strategic Insights', 3],
          ['Managing Product Development Lifecycle and Release Management', 2],
        ],
      ],
      [
        'Process Skills',
        [
          ['Project Management', 2],
          ['Change Management', 1],
          ['Process Mapping and Optimization', 2],
          ['Documentation', 1],
        ],
      ],
      [
        'People Skills',
        [
          ['Self-development', 1],
          ['Collaboration', 2],
          ['Leadership', 2],
          ['Stakeholder Management', 1],
        ],
      ],
    ],
  ],
  [
    'POL5',
    [
      [
        'Product Skills',
        [
          ['Tools & Initiatives', 2],
          ['Cross-Functional Collaboration', 2],
          ['Product Analytics', 2],
          ['Knowledge of Product Development Lifecycle and Release Management', 2],
        ],
      ],
      [
        'Process Skills',
        [
          ['Project Management', 2],
          ['Change Management', 3],
          ['Process Mapping and Optimization', 2],
          ['Documentation', 2],
        ],
      ],
      [
        'People Skills',
        [
          ['Stakeholder Management', 1],
          ['Leadership', 3],
          ['Evangelism', 2],
        ],
      ],
    ],
  ],
  [
    'POL6',
    [
      [
        'Product Skills',
        [
          ['Tools & Initiatives', 2],
          ['Cross-Functional Collaboration', 2],
          ['Product Analytics', 3],
          ['Knowledge of Product Development Lifecycle and Release Management', 1],
        ],
      ],
      [
        'Process Skills',
        [
          ['Project Management', 2],
          ['Change Management', 1],
          ['Process Mapping and Optimization', 3],
          ['Documentation', 1],
        ],
      ],
      [
        'People Skills',
        [
          ['Stakeholder Management', 1],
          ['Leadership', 3],
          ['Evangelism', 3],
        ],
      ],
    ],
  ],
];

// SPEC §6 reading rules, literally: dashes inside a sentence (not bullets) and page-break joins.
const IN_SENTENCE_DASHES = ['Maintains the Product Roadmap - Quality', 'Ensure all processes - existing and new - have'];
const PAGE_BREAK_JOINS: Array<[string, string]> = [
  ['other product related', 'notes'],
  ['document key business or product processes', 'and clearly call out requirements and responsibilities'],
];

// ---------------------------------------------------------------------------------------------
// The test's own reader of the seed's competency tables.
// ---------------------------------------------------------------------------------------------
interface ReadSkill {
  name: string;
  behaviours: string[];
}
interface ReadTables {
  /** `1. IC Roles` → `IC Roles`, in order. */
  ladderHeadings: string[];
  /** level → category name → skills, in the seed's order. */
  levels: Map<string, Array<{ name: string; skills: ReadSkill[] }>>;
}

/** Splits one table cell into its behaviours: `- ` bullets, except the dashes inside sentences. */
function cellBullets(cell: string): string[] {
  let text = cell.replace(/<ul[^>]*>/g, '').trim();
  const guard = '\u0000';
  for (const phrase of IN_SENTENCE_DASHES) {
    expect(text.split(phrase).length).toBeLessThanOrEqual(2); // each phrase at most once per cell
    text = text.replace(phrase, phrase.replace(/ - /g, ` ${guard} `));
  }
  expect(text.startsWith('- ')).toBe(true); // every cell is a list, even Evangelism's bare one
  return text
    .slice(2)
    .split(/\s+-\s+/)
    .map((b) => b.split(guard).join('-').trim());
}

function readTables(): ReadTables {
  const start = LINES.indexOf('Product Ops-Competencies');
  expect(start).toBeGreaterThan(0);
  const out: ReadTables = { ladderHeadings: [], levels: new Map() };
  let columns: string[] = [];
  let category: string | undefined;
  let lastRow: ReadSkill[] | undefined; // the previous skill row, one entry per column
  for (const raw of LINES.slice(start + 1)) {
    const line = raw.replace(/\s+$/, '');
    if (line.trim() === '') continue;
    if (line.startsWith('At each level, it is anticipated')) continue; // prose, checked elsewhere
    if (/^[-\t]+$/.test(line)) continue; // table separators
    let m: RegExpExecArray | null;
    if ((m = /^\d+\. (.+)$/.exec(line))) {
      out.ladderHeadings.push(m[1]!);
      continue;
    }
    if ((m = /^[a-z]\. (.+)$/.exec(line))) {
      category = m[1]!;
      continue;
    }
    const cells = line.split('\t');
    if (cells[0] === 'Skills') {
      columns = cells.slice(1).map((c) => c.replace(/\s+/g, '')); // `POL 5` → `POL5`
      for (const level of columns) {
        const cats = out.levels.get(level) ?? [];
        if (!cats.some((c) => c.name === category)) cats.push({ name: category!, skills: [] });
        out.levels.set(level, cats);
      }
      continue;
    }
    expect(cells.length).toBe(columns.length + 1);
    if (cells[0] === '') {
      // After a page break: a cell starting with `- ` adds bullets; otherwise it finishes the last one.
      expect(lastRow).toBeDefined();
      cells.slice(1).forEach((cell, i) => {
        const text = cell.trim();
        if (text === '') return;
        const skill = lastRow![i]!;
        if (text.startsWith('- ')) skill.behaviours.push(...cellBullets(text));
        else skill.behaviours[skill.behaviours.length - 1] += ` ${text}`;
      });
      continue;
    }
    lastRow = columns.map((level, i) => {
      const skill: ReadSkill = { name: cells[0]!.trim(), behaviours: cellBullets(cells[i + 1]!) };
      const cat = out.levels.get(level)!.find((c) => c.name === category)!;
      cat.skills.push(skill);
      return skill;
    });
  }
  return out;
}

// ---------------------------------------------------------------------------------------------
// The prose: the seed's lines (cells cleaned) against lines rendered back from the data.
// ---------------------------------------------------------------------------------------------
function cleanLine(line: string): string {
  return line
    .split('\t')
    .map((cell) => cell.replace(/<ul[^>]*>/g, '').replace(/ +/g, ' ').trim())
    .join('\t');
}

function seedProseLines(): string[] {
  const end = LINES.findIndex((l) => l.startsWith('At each level, it is anticipated'));
  expect(end).toBeGreaterThan(0);
  return LINES.slice(0, end + 1)
    .map(cleanLine)
    .filter((l) => l.replace(/\t/g, '').trim() !== '' && !/^[-\t]+$/.test(l));
}

function renderProseLines(fw: Framework): string[] {
  const out: string[] = [];
  out.push(fw.organisation!, fw.name, fw.headings!.history!);
  out.push('Version\tDate\tUpdated by\tRemarks'); // the history table's header row
  for (const h of fw.history!) out.push([h.version, h.date, h.updatedBy, h.remarks].join('\t'));
  out.push(...fw.introduction);
  out.push(fw.headings!.principles!);
  for (const p of fw.principles) out.push(p.title, p.text);
  out.push(fw.headings!.definitions!, fw.definitionsIntro!);
  for (const d of fw.definitions) {
    if (d.intro !== undefined) out.push(d.intro);
    out.push(`- **${d.name}:** ${d.text}`);
  }
  out.push(`\t${fw.jobFamily}`);
  for (const l of fw.ladders) out.push(`${l.name}\t● ${l.role} ${l.levels.map((id) => `○ ${id}`).join(' ')}`);
  out.push(fw.headings!.levels!);
  out.push('Level\tScope\tTypical Reporting\tFunctional Competencies & Skill'); // the levels table's header row
  for (const l of fw.levels) out.push(`${l.id}\t${l.scope}\t${l.reporting}\t`);
  for (const n of fw.notes) out.push(`${n.title} - ${n.text}`);
  out.push(fw.headings!.competencies!, fw.competenciesIntro!);
  return out;
}

/** Every string anywhere in a value, with its path. */
function allStrings(value: unknown, at = ''): Array<[string, string]> {
  if (typeof value === 'string') return [[at, value]];
  if (Array.isArray(value)) return value.flatMap((v, i) => allStrings(v, `${at}[${i}]`));
  if (typeof value === 'object' && value !== null) {
    return Object.entries(value).flatMap(([k, v]) => allStrings(v, at ? `${at}.${k}` : k));
  }
  return [];
}

// ---------------------------------------------------------------------------------------------

describe('the seed fixture', () => {
  it('is byte-identical to the shared seed when that is present', () => {
    if (!fs.existsSync(SHARED)) return;
    expect(fs.readFileSync(SHARED, 'utf8')).toBe(SEED);
  });
});

describe('default framework: competency tables against the seed', () => {
  const fw = DEFAULT_FRAMEWORK;
  let tables: ReadTables;
  beforeAll(() => {
    tables = readTables();
  });

  it('reads the four levels, two ladders of tables, from the seed', () => {
    expect([...tables.levels.keys()]).toEqual(['PO1', 'PO2', 'POL5', 'POL6']);
    expect(tables.ladderHeadings).toEqual(fw.ladders.map((l) => l.competenciesHeading));
  });

  it('the seed, as this test reads it, has exactly the counts of SPEC §6', () => {
    const counts = [...tables.levels].map(([level, cats]) => [
      level,
      cats.map((c) => [c.name, c.skills.map((s) => [s.name, s.behaviours.length])]),
    ]);
    expect(counts).toEqual(SPEC_COUNTS);
  });

  it('the data has exactly the counts of SPEC §6 (levels, categories and skills in order)', () => {
    const counts = fw.levels.map((l) => [l.id, l.categories.map((c) => [c.name, c.skills.map((s) => [s.name, s.behaviours.length])])]);
    expect(counts).toEqual(SPEC_COUNTS);
  });

  it.each(['PO1', 'PO2', 'POL5', 'POL6'])('%s: every behaviour of the seed is in the data and nothing else, in order', (id) => {
    const level = fw.levels.find((l) => l.id === id)!;
    const fromData = level.categories.map((c) => ({ name: c.name, skills: c.skills.map((s) => ({ name: s.name, behaviours: [...s.behaviours] })) }));
    expect(fromData).toEqual(tables.levels.get(id));
  });

  it('applies the SPEC §6 reading rules', () => {
    const skill = (level: string, name: string) =>
      fw.levels.find((l) => l.id === level)!.categories.flatMap((c) => c.skills).find((s) => s.name === name)!.behaviours;
    expect(skill('PO2', 'Managing Product Development Lifecycle and Release Management')[1]).toMatch(/^Maintains the Product Roadmap - Quality, detailing and status /);
    expect(skill('PO2', 'Process Mapping and Optimization')[1]).toMatch(/^Ensure all processes - existing and new - have achievable actionables /);
    expect(skill('PO1', 'Documentation')).toEqual([
      'Able to work on product decks and documents about new processes, cases for change, and other product related notes',
    ]);
    expect(skill('PO2', 'Documentation')[0]).toMatch(/document key business or product processes and clearly call out requirements and responsibilities$/);
    for (const level of ['POL5', 'POL6']) {
      expect(skill(level, 'Leadership')[2]).toBe('Discuss, plan, and help the reportee achieve their career objectives');
    }
    expect(skill('POL5', 'Evangelism')).toEqual([
      'Able to articulate and effectively share the product roadmap & vision with to team, customers, and other important stakeholders',
      'Instil and inspire motivation among his team members',
    ]);
    expect(skill('POL6', 'Process Mapping and Optimization')[0]).toBe('Reviews outcomes of existing processes and recommends changes and requirements from');
    // Typos stay.
    expect(skill('POL5', 'Knowledge of Product Development Lifecycle and Release Management')[0]).toContain('release and and is');
  });

  it('every behaviour occurs in the seed (joined only across the page breaks SPEC §6 names)', () => {
    const flat = SEED.replace(/<ul[^>]*>/g, '');
    for (const level of fw.levels) {
      for (const b of level.categories.flatMap((c) => c.skills.flatMap((s) => s.behaviours))) {
        if (flat.includes(b)) continue;
        const join = PAGE_BREAK_JOINS.find(([head, tail]) => b.endsWith(`${head} ${tail}`));
        expect([level.id, b, join !== undefined]).toEqual([level.id, b, true]);
        const [head, tail] = join!;
        expect(flat).toContain(b.slice(0, b.length - tail.length - 1));
        // the tail is a cell of a row whose first cell is empty (the row after the page break)
        expect(flat).toMatch(new RegExp(`^\\t(?:.*\\t)?${tail}(?:\\t|$)`, 'm'));
        expect(b.slice(0, b.length - tail.length - 1).endsWith(head)).toBe(true);
      }
    }
  });

  it('behaviours are stripped of list markers and surrounding whitespace only', () => {
    for (const [at, s] of allStrings(fw.levels)) {
      if (!/behaviours\[\d+\]$/.test(at)) continue;
      expect([at, s]).toEqual([at, s.trim()]);
      expect(s).not.toMatch(/^[-●○•]/);
      expect(s).not.toMatch(/<ul|\t|\n/);
    }
  });
});

describe('default framework: prose against the seed', () => {
  const fw = DEFAULT_FRAMEWORK;

  it('the seed lines, in order, are exactly the lines rendered from the data (nothing missing, nothing added)', () => {
    expect(renderProseLines(fw)).toEqual(seedProseLines());
  });

  it('every string in the data occurs in the seed', () => {
    const flat = SEED.replace(/<ul[^>]*>/g, '');
    const cells = new Set(LINES.flatMap((l) => l.split('\t').map((c) => c.trim())));
    const exceptions = new Map<string, string>([
      ['id', 'product-ops'], // our id, not text of the seed
      ['version', '1.0 (18 Apr 2024)'], // built from the history row's version and date
    ]);
    for (const [at, s] of allStrings(fw)) {
      if (exceptions.get(at) === s) continue;
      if (/^ladders\[\d+\]\.id$/.test(at) || /^levels\[\d+\]\.ladder$/.test(at)) continue; // ladder ids are ours
      if (/behaviours\[\d+\]$/.test(at) && !flat.includes(s)) continue; // page-break joins, checked above
      if (at === 'levels[3].reporting') {
        expect(s).toBe(''); // POL6: the seed's cell is empty
        continue;
      }
      expect([at, flat.includes(s) || cells.has(s)]).toEqual([at, true]);
    }
  });

  it('scope and typical reporting are the cells of the seed rows, POL6 reporting empty as in the seed', () => {
    for (const level of fw.levels) {
      const row = LINES.find((l) => l.startsWith(`${level.id}\t`))!.split('\t');
      expect([level.id, level.scope, level.reporting]).toEqual([row[0], row[1], row[2]]);
    }
    expect(fw.levels.find((l) => l.id === 'POL6')!.reporting).toBe('');
  });

  it('ladders, ranks and ids follow the seed and SPEC §4', () => {
    expect(fw.ladders.map((l) => [l.name, l.role, l.levels])).toEqual([
      ['Individual Contributors', 'Product Operations Specialist', ['PO1', 'PO2']],
      ['People Managers', 'Leader - Product Ops', ['POL5', 'POL6']],
    ]);
    expect(fw.levels.map((l) => [l.id, l.rank])).toEqual([
      ['PO1', 1],
      ['PO2', 2],
      ['POL5', 5],
      ['POL6', 6],
    ]);
    expect(fw.id).toBe('product-ops');
    expect(fw.name).toBe('Product Ops Levelling');
    expect(fw.jobFamily).toBe('Product Operations');
  });
});

describe('default framework: the exported object', () => {
  it('is the checked-in data, validated and deep-frozen', () => {
    expect(DEFAULT_FRAMEWORK).toEqual(PRODUCT_OPS_FRAMEWORK);
    expect(validateFramework(PRODUCT_OPS_FRAMEWORK).ok).toBe(true);
    const stack: unknown[] = [DEFAULT_FRAMEWORK];
    let objects = 0;
    while (stack.length > 0) {
      const v = stack.pop();
      if (typeof v !== 'object' || v === null) continue;
      objects++;
      expect(Object.isFrozen(v)).toBe(true);
      stack.push(...Object.values(v));
    }
    expect(objects).toBeGreaterThan(100);
  });
});
