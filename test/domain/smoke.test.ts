import { WEIGHTS } from '../../src/domain/types';
test('weights are the three of SPEC §2', () => {
  expect(WEIGHTS).toEqual(['count', 'points', 'time']);
});
