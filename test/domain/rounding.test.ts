import { oneDecimal, percent, roundHalfUp, wholeDaysUp } from '../../src/domain/rounding';

describe('percent (SPEC §2)', () => {
  test('exact halves round up despite float error', () => {
    expect(percent(3, 16)).toBe(18.8); // 18.75
    expect(percent(1, 16)).toBe(6.3); // 6.25
    expect(percent(5, 16)).toBe(31.3); // 31.25
    expect(percent(1, 8)).toBe(12.5);
    expect(percent(1, 3)).toBe(33.3);
    expect(percent(2, 3)).toBe(66.7);
    expect(percent(0.3, 1.6)).toBe(18.8); // non-integer weights: 0.3/1.6 = 18.75 in decimal
    expect(percent(0.15, 0.8)).toBe(18.8);
    expect(percent(1.1, 8.8)).toBe(12.5);
    expect(percent(10800, 57600)).toBe(18.8); // seconds
  });
  test('0.0 when total is 0; bounds', () => {
    expect(percent(0, 0)).toBe(0);
    expect(percent(0, 5)).toBe(0);
    expect(percent(5, 5)).toBe(100);
    expect(Object.is(percent(0, 0), 0)).toBe(true);
  });
  test('values below a half round down', () => {
    expect(percent(18.74, 100)).toBe(18.7);
    expect(percent(1, 7)).toBe(14.3); // 14.2857
    expect(percent(1, 6)).toBe(16.7); // 16.666
  });
  test('roundHalfUp is symmetric and never -0', () => {
    expect(roundHalfUp(1.005, 2)).toBe(1.01);
    expect(roundHalfUp(-18.75, 1)).toBe(-18.8);
    expect(Object.is(roundHalfUp(-0.01, 1), 0)).toBe(true);
  });
});

test('wholeDaysUp: rounds days up, but a floating-point hair above a whole number stays that number', () => {
  expect(wholeDaysUp(60.666666666666664)).toBe(61);
  expect(wholeDaysUp((17 * 14) / 17)).toBe(14);
  expect(wholeDaysUp(14.000000000000002)).toBe(14);
  expect(wholeDaysUp(14.01)).toBe(15);
});

test('oneDecimal: at most one decimal for sentences', () => {
  expect(oneDecimal(0.21428571428571427)).toBe('0.2');
  expect(oneDecimal(3)).toBe('3');
});
