import { validateAssessment, type Assessment } from '../../src/domain/assessment-file';
import { compareLevels } from '../../src/domain/level-compare';
import { levelsUpTo } from '../../src/domain/level-ladders';
import { assessLevelUp } from '../../src/domain/levels';
import { DomainInputError, LevelsInputError } from '../../src/domain/errors';
import { aFramework } from './builders';

const fw = aFramework();
const asOf = '2025-11-30';
const full = [
  { skill: 'Tools & Initiatives', behaviour: 2, evidence: 'https://wiki/x' },
  { skill: 'Documentation', behaviour: 1, evidence: 'Wrote the runbook' },
  { skill: 'Collaboration', behaviour: 2, evidence: 'Ran the retro' },
];
const assessment = (o: Partial<Assessment> = {}): Assessment => ({
  person: 'Sam',
  currentLevel: 'IC1',
  currentLevelSince: '2024-05-31',
  targetLevel: 'IC2',
  demonstrated: full,
  ...o,
});

describe('assessLevelUp: SPEC §5 levels shape', () => {
  test('eligible: 18 months and every category covered', () => {
    const r = assessLevelUp(fw, assessment(), asOf);
    expect({
      asOf: r.asOf,
      currentLevel: r.currentLevel,
      targetLevel: r.targetLevel,
      eligible: r.eligible,
      monthsInRole: r.monthsInRole,
      categories: r.categories.map(({ name, covered, demonstrated, behaviours }) => ({ name, covered, demonstrated, behaviours })),
      reasons: r.reasons,
    }).toEqual({
      asOf,
      currentLevel: 'IC1',
      targetLevel: 'IC2',
      eligible: true,
      monthsInRole: 18,
      categories: [
        { name: 'Product Skills', covered: true, demonstrated: 1, behaviours: 4 },
        { name: 'Process Skills', covered: true, demonstrated: 1, behaviours: 2 },
        { name: 'People Skills', covered: true, demonstrated: 1, behaviours: 2 },
      ],
      reasons: [],
    });
    expect(r.person).toBe('Sam');
    expect(r.eligibleFrom).toBe('2025-11-30');
    expect(r.categories[0]!.missingSkills).toEqual(['Strategic Insights']);
    expect(r.categories[0]!.missingBehaviours).toEqual([
      { skill: 'Tools & Initiatives', behaviour: 1, text: 'Uses tools' },
      { skill: 'Tools & Initiatives', behaviour: 3, text: 'Teaches tools' },
      { skill: 'Strategic Insights', behaviour: 1, text: 'Reads the market' },
    ]);
    expect(r.categories[0]!.skills[0]!.behaviours[1]).toEqual({ position: 2, text: 'Improves tools', demonstrated: true, evidence: ['https://wiki/x'] });
  });

  test('17 months on 2025-11-29 (started on a month end): not eligible, with the date it is reached', () => {
    const r = assessLevelUp(fw, assessment(), '2025-11-29');
    expect(r.monthsInRole).toBe(17);
    expect(r.eligible).toBe(false);
    expect(r.reasons).toEqual(['17 whole months in IC1 since 2024-05-31; 18 are needed (reached on 2025-11-30)']);
  });

  test('mid-month start: 18 on 2025-07-15, 17 on 2025-07-14', () => {
    expect(assessLevelUp(fw, assessment({ currentLevelSince: '2024-01-15' }), '2025-07-15').eligible).toBe(true);
    expect(assessLevelUp(fw, assessment({ currentLevelSince: '2024-01-15' }), '2025-07-14').monthsInRole).toBe(17);
  });

  test('leap-day start 2024-02-29: 18 months on 2025-08-29, 17 the day before', () => {
    expect(assessLevelUp(fw, assessment({ currentLevelSince: '2024-02-29' }), '2025-08-29').monthsInRole).toBe(18);
    const r = assessLevelUp(fw, assessment({ currentLevelSince: '2024-02-29' }), '2025-08-28');
    expect(r.monthsInRole).toBe(17);
    expect(r.eligible).toBe(false);
  });

  test('as-of on the start date: 0 months, singular/plural in the reason', () => {
    expect(assessLevelUp(fw, assessment({ currentLevelSince: asOf }), asOf).reasons[0]).toBe(
      '0 whole months in IC1 since 2025-11-30; 18 are needed (reached on 2027-05-30)',
    );
    expect(assessLevelUp(fw, assessment({ currentLevelSince: '2025-10-30' }), asOf).reasons[0]).toMatch(/^1 whole month in IC1/);
  });

  test('a category without evidence is not covered; every missing category and the time are reasons', () => {
    const r = assessLevelUp(fw, assessment({ demonstrated: [full[0]!] }), '2025-01-01');
    expect(r.eligible).toBe(false);
    expect(r.categories.map((c) => [c.name, c.covered, c.demonstrated])).toEqual([
      ['Product Skills', true, 1],
      ['Process Skills', false, 0],
      ['People Skills', false, 0],
    ]);
    expect(r.reasons).toEqual([
      '7 whole months in IC1 since 2024-05-31; 18 are needed (reached on 2025-11-30)',
      'No Process Skills behaviour of IC2 demonstrated with evidence (0 of 2)',
      'No People Skills behaviour of IC2 demonstrated with evidence (0 of 2)',
    ]);
  });

  test('empty or whitespace evidence demonstrates nothing (and is listed as ignored)', () => {
    const r = assessLevelUp(fw, assessment({ demonstrated: [...full.slice(0, 2), { skill: 'Collaboration', behaviour: 1, evidence: '   ' }] }), asOf);
    expect(r.eligible).toBe(false);
    expect(r.categories[2]).toMatchObject({ name: 'People Skills', covered: false, demonstrated: 0 });
    expect(r.ignoredEntries).toEqual([{ entry: 3, skill: 'Collaboration', behaviour: 1, reason: 'empty evidence demonstrates nothing' }]);
  });

  test('the same behaviour twice counts once; skill matched case-insensitively and trimmed', () => {
    const r = assessLevelUp(
      fw,
      assessment({
        demonstrated: [
          ...full,
          { skill: '  tools & INITIATIVES ', behaviour: 2, evidence: 'again' },
          { skill: 'Tools & Initiatives', behaviour: 3, evidence: 'third' },
        ],
      }),
      asOf,
    );
    expect(r.categories[0]).toMatchObject({ demonstrated: 2, behaviours: 4 });
    expect(r.categories[0]!.skills[0]!.behaviours[1]!.evidence).toEqual(['https://wiki/x', 'again']);
  });

  test('counts only what the target level lists (IC1-only skills are unknown at IC2 target)', () => {
    // Collaboration behaviour 2 exists at IC2 but not at IC1: it counts because the target lists it
    const r = assessLevelUp(fw, assessment(), asOf);
    expect(r.categories[2]).toMatchObject({ behaviours: 2, demonstrated: 1 });
    // M5 has one category: only it counts
    const m = assessLevelUp(fw, assessment({ targetLevel: 'M5', demonstrated: [{ skill: 'Leadership', behaviour: 2, evidence: 'hired two' }] }), asOf);
    expect(m.categories.map((c) => c.name)).toEqual(['People Skills']);
    expect(m.eligible).toBe(true);
  });

  test('no demonstrated entries: nothing covered; levels matched case-insensitively, reported canonically', () => {
    const r = assessLevelUp(fw, assessment({ currentLevel: 'ic1', targetLevel: ' ic2 ', demonstrated: [] }), asOf);
    expect(r.currentLevel).toBe('IC1');
    expect(r.targetLevel).toBe('IC2');
    expect(r.categories.every((c) => !c.covered)).toBe(true);
    expect(r.reasons).toHaveLength(3);
  });
});

describe('assessLevelUp: bad input throws LevelsInputError', () => {
  const bad = (o: Partial<Assessment>, at = asOf) => () => assessLevelUp(fw, assessment(o), at);
  test('unknown level lists the valid ones', () => {
    expect(bad({ currentLevel: 'IC9' })).toThrow(LevelsInputError);
    expect(bad({ currentLevel: 'IC9' })).toThrow('Unknown current level "IC9": the framework "Tiny Framework" has IC1, IC2, M5.');
    expect(bad({ targetLevel: 'X' })).toThrow(/Unknown target level "X"/);
  });
  test('unknown skill lists the target level skills', () => {
    expect(bad({ demonstrated: [{ skill: 'Juggling', behaviour: 1, evidence: 'x' }] })).toThrow(
      'Demonstrated entry 1: unknown skill "Juggling" for IC2; its skills are: Tools & Initiatives, Strategic Insights, Documentation, Collaboration.',
    );
    // unknown even when the evidence is empty
    expect(bad({ demonstrated: [{ skill: 'Leadership', behaviour: 1, evidence: '' }] })).toThrow(LevelsInputError);
  });
  test('position out of range says the range', () => {
    expect(bad({ demonstrated: [{ skill: 'Tools & Initiatives', behaviour: 4, evidence: 'x' }] })).toThrow(
      'Demonstrated entry 1: behaviour 4 is out of range for "Tools & Initiatives" at IC2; positions run from 1 to 3.',
    );
    expect(bad({ demonstrated: [{ skill: 'Strategic Insights', behaviour: 0, evidence: 'x' }] })).toThrow(/the only position is 1/);
    expect(bad({ demonstrated: [{ skill: 'Strategic Insights', behaviour: 1.5, evidence: 'x' }] })).toThrow(/out of range/);
  });
  test('as-of before the start date', () => {
    expect(bad({ currentLevelSince: '2025-12-01' })).toThrow('The as-of date 2025-11-30 is before the date 2025-12-01 the person started in IC1.');
  });
  test('target not above current by rank (same level, lower level); any higher level is fine', () => {
    expect(bad({ targetLevel: 'IC1' })).toThrow(/not above the current level IC1/);
    expect(bad({ currentLevel: 'IC2', targetLevel: 'IC1' })).toThrow(LevelsInputError);
    expect(bad({ currentLevel: 'M5', targetLevel: 'IC2' })).toThrow(/rank 2.*rank 5/);
    expect(() => assessLevelUp(fw, assessment({ targetLevel: 'M5', demonstrated: [] }), asOf)).not.toThrow();
  });
  test('malformed dates', () => {
    expect(bad({ currentLevelSince: '2024-02-30' })).toThrow('The currentLevelSince date must be a real calendar date as YYYY-MM-DD (got "2024-02-30").');
    expect(bad({}, '30/11/2025')).toThrow(/as-of date/);
    expect(bad({}, '30/11/2025')).toThrow(DomainInputError);
  });
});

describe('validateAssessment', () => {
  const ok = { person: 'Sam', currentLevel: 'PO1', currentLevelSince: '2024-05-31', targetLevel: 'PO2', demonstrated: [{ skill: 'Tools & Initiatives', behaviour: 1, evidence: '…' }] };
  test('accepts the SPEC shape; person optional', () => {
    expect(validateAssessment(ok)).toEqual(ok);
    const { person: _p, ...noPerson } = ok;
    expect(validateAssessment(noPerson)).toEqual(noPerson);
    expect(validateAssessment({ ...ok, demonstrated: [] }).demonstrated).toEqual([]);
  });
  test.each<[unknown, string]>([
    [null, 'assessment must be a JSON object (got null).'],
    [[], 'assessment must be a JSON object (got an array).'],
    [{ ...ok, person: 3 }, 'assessment.person must be a string (got number 3).'],
    [{ ...ok, currentLevel: undefined }, 'assessment.currentLevel must be a non-empty string (got nothing).'],
    [{ ...ok, currentLevel: ' ' }, 'assessment.currentLevel must be a non-empty string (got " ").'],
    [{ ...ok, currentLevelSince: '2024-5-31' }, 'assessment.currentLevelSince must be a real calendar date as YYYY-MM-DD (got "2024-5-31").'],
    [{ ...ok, targetLevel: 2 }, 'assessment.targetLevel must be a non-empty string (got number 2).'],
    [{ ...ok, demonstrated: {} }, 'assessment.demonstrated must be an array of { skill, behaviour, evidence } (got an object).'],
    [{ ...ok, demonstrated: ['x'] }, 'assessment.demonstrated[0] must be an object { skill, behaviour, evidence } (got "x").'],
    [{ ...ok, demonstrated: [{ behaviour: 1, evidence: '' }] }, 'assessment.demonstrated[0].skill must be a non-empty string (got nothing).'],
    [
      { ...ok, demonstrated: [ok.demonstrated[0], { skill: 'S', behaviour: '2', evidence: '' }] },
      'assessment.demonstrated[1].behaviour must be a whole number ≥ 1 (the 1-based position of the behaviour) (got "2").',
    ],
    [{ ...ok, demonstrated: [{ skill: 'S', behaviour: 0, evidence: '' }] }, 'assessment.demonstrated[0].behaviour must be a whole number ≥ 1 (the 1-based position of the behaviour) (got number 0).'],
    [{ ...ok, demonstrated: [{ skill: 'S', behaviour: 1 }] }, 'assessment.demonstrated[0].evidence must be a string (a link or a sentence) (got nothing).'],
  ])('%j → %s', (input, message) => {
    expect(() => validateAssessment(input)).toThrow(LevelsInputError);
    expect(() => validateAssessment(input)).toThrow(message);
  });
});

describe('levelsUpTo', () => {
  test('its own and every lower-ranked level, lowest first, across ladders', () => {
    expect(levelsUpTo(fw, 'M5').map((l) => l.id)).toEqual(['IC1', 'IC2', 'M5']);
    expect(levelsUpTo(fw, 'IC2').map((l) => l.id)).toEqual(['IC1', 'IC2']);
    expect(levelsUpTo(fw, 'ic1').map((l) => l.id)).toEqual(['IC1']);
    expect(() => levelsUpTo(fw, 'nope')).toThrow(LevelsInputError);
  });
});

describe('compareLevels', () => {
  test('skill by skill: added, removed, same behaviours', () => {
    const c = compareLevels(fw, 'IC1', 'IC2');
    expect(c.from).toBe('IC1');
    expect(c.to).toBe('IC2');
    expect(c.categories.map((x) => [x.name, x.status])).toEqual([
      ['Product Skills', 'changed'],
      ['Process Skills', 'added'],
      ['People Skills', 'changed'],
    ]);
    expect(c.categories[0]!.skills).toEqual([
      { name: 'Tools & Initiatives', status: 'changed', added: ['Improves tools', 'Teaches tools'], removed: ['Learns tools'], same: ['Uses tools'] },
      { name: 'Strategic Insights', status: 'added', added: ['Reads the market'], removed: [], same: [] },
    ]);
    const back = compareLevels(fw, 'IC2', 'M5');
    expect(back.categories.map((x) => [x.name, x.status])).toEqual([
      ['People Skills', 'changed'],
      ['Product Skills', 'removed'],
      ['Process Skills', 'removed'],
    ]);
    expect(compareLevels(fw, 'IC1', 'IC1').categories.every((x) => x.status === 'same')).toBe(true);
  });
});
