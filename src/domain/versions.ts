/**
 * Which release version a readiness report is about (SPEC §3). Pure: Jira's version list in, the
 * chosen version or the picker's order out.
 */
import type { VersionInfo } from './types';

/** 0 unreleased (not archived), 1 released, 2 archived: the picker's groups. */
const group = (v: VersionInfo): number => (v.archived ? 2 : v.released ? 1 : 0);

/**
 * The version picker's order (SPEC §3 reports archived versions "like any other", so they are
 * listed, last): unreleased by release date, undated after dated; released newest first; archived
 * last. Ties keep Jira's version order.
 */
export function sortVersionsForPicker<T extends VersionInfo>(versions: readonly T[]): T[] {
  return versions
    .map((v, i) => ({ v, i }))
    .sort((a, b) => {
      const g = group(a.v) - group(b.v);
      if (g !== 0) return g;
      const da = a.v.releaseDate;
      const db = b.v.releaseDate;
      if (da !== db) {
        if (da === null) return 1;
        if (db === null) return -1;
        const cmp = da < db ? -1 : 1;
        return group(a.v) === 1 ? -cmp : cmp; // released: newest first
      }
      return a.i - b.i;
    })
    .map((x) => x.v);
}

/**
 * "The next unreleased version" a gadget can follow (SPEC §3 names a version "by name or id"; the
 * gadget may instead follow this one): unreleased and not archived, earliest release date first,
 * undated after dated, ties in Jira's version order. Undefined when there is none.
 */
export function nextUnreleasedVersion<T extends VersionInfo>(versions: readonly T[]): T | undefined {
  return sortVersionsForPicker(versions).find((v) => !v.released && !v.archived);
}
