import { nextUnreleasedVersion, sortVersionsForPicker } from '../../src/domain/versions';
import type { VersionInfo } from '../../src/domain/types';

const v = (id: string, releaseDate: string | null, extra: Partial<VersionInfo> = {}): VersionInfo => ({ id, name: id, releaseDate, released: false, archived: false, ...extra });

it('next unreleased: unreleased and not archived, earliest date first, undated after dated, ties in Jira order', () => {
  const list = [v('a', null), v('b', '2026-12-01'), v('c', '2026-11-01', { released: true }), v('d', '2026-11-10', { archived: true }), v('e', '2026-12-01'), v('f', '2026-11-25')];
  expect(nextUnreleasedVersion(list)?.id).toBe('f');
  expect(sortVersionsForPicker(list).map((x) => x.id)).toEqual(['f', 'b', 'e', 'a', 'c', 'd']);
  expect(nextUnreleasedVersion([v('a', null), v('b', null)])?.id).toBe('a');
  expect(nextUnreleasedVersion([v('a', null, { released: true })])).toBeUndefined();
});

it('the picker lists released versions newest first, then archived ones', () => {
  const list = [v('old', '2026-01-01', { released: true }), v('x', '2026-03-01', { archived: true }), v('new', '2026-06-01', { released: true }), v('u', null)];
  expect(sortVersionsForPicker(list).map((x) => x.id)).toEqual(['u', 'new', 'old', 'x']);
});
