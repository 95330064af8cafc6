import { defaultTargetLevel, findLevel, levelsAbove } from '../../src/domain/level-ladders';
import { DEFAULT_FRAMEWORK } from '../../src/frameworks';

const fw = DEFAULT_FRAMEWORK;

describe('defaultTargetLevel: SPEC §4 "usually the next one on their ladder, or the first of the manager ladder"', () => {
  test('the next level on the ladder', () => {
    expect(defaultTargetLevel(fw, 'PO1')).toBe('PO2');
    expect(defaultTargetLevel(fw, 'POL5')).toBe('POL6');
  });
  test('at the top of the individual ladder: the first of the manager ladder', () => {
    expect(defaultTargetLevel(fw, 'po2')).toBe('POL5');
  });
  test('at the very top, or for an unknown level: none', () => {
    expect(defaultTargetLevel(fw, 'POL6')).toBeNull();
    expect(defaultTargetLevel(fw, 'PO9')).toBeNull();
  });
});

test('levelsAbove: any higher-ranked level may be the target (PO1 → POL6 included)', () => {
  expect(levelsAbove(fw, 'PO1').map((l) => l.id)).toEqual(['PO2', 'POL5', 'POL6']);
  expect(levelsAbove(fw, 'POL6')).toEqual([]);
});

test('findLevel matches ids trimmed and case-insensitively; empty ids find nothing', () => {
  expect(findLevel(fw, '  pol5 ')?.id).toBe('POL5');
  expect(findLevel(fw, '')).toBeUndefined();
  expect(findLevel(fw, null)).toBeUndefined();
});
