/** Jira's `fields` parameter: which fields an issue answer carries. */

export interface FieldSelection {
  /** Field ids to put in `fields`; empty = none (an id-only answer). */
  ids: Set<string>;
  /** True when only `id`/`key` (or nothing) was asked: Jira then pages up to 5,000. */
  idsOnly: boolean;
  /** `key` was asked (answers carry key and self even with no fields). */
  key: boolean;
}

/**
 * Parses Jira's `fields` list (comma-separated, repeatable): `*all`, `*navigable`, field ids,
 * `-id` to exclude. `fallback` is what an empty list means (search: id only; issue: all).
 */
export function selectFields(
  requested: readonly string[],
  allIds: readonly string[],
  fallback: 'none' | 'all',
): FieldSelection {
  const items = requested
    .flatMap((r) => r.split(','))
    .map((s) => s.trim())
    .filter(Boolean);
  if (items.length === 0)
    return fallback === 'all'
      ? { ids: new Set(allIds), idsOnly: false, key: true }
      : { ids: new Set(), idsOnly: true, key: false };
  const byLower = new Map(allIds.map((id) => [id.toLowerCase(), id]));
  const ids = new Set<string>();
  const excluded = new Set<string>();
  let onlyExclusions = true;
  let key = false;
  for (const item of items) {
    const lower = item.toLowerCase();
    if (lower === 'id' || lower === 'key' || lower === 'issuekey') {
      key ||= lower !== 'id';
      onlyExclusions = false;
      continue;
    }
    if (item.startsWith('-')) {
      const id = byLower.get(item.slice(1).toLowerCase());
      if (id) excluded.add(id);
      continue;
    }
    onlyExclusions = false;
    if (item === '*all' || item === '*navigable') allIds.forEach((id) => ids.add(id));
    else {
      const id = byLower.get(item.toLowerCase());
      if (id) ids.add(id);
    }
  }
  // `-description` alone means "navigable fields except description".
  if (onlyExclusions) allIds.forEach((id) => ids.add(id));
  excluded.forEach((id) => ids.delete(id));
  return { ids, idsOnly: ids.size === 0, key: key || ids.size > 0 };
}
