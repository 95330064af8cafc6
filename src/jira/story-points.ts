/**
 * SPEC §1 story-point field discovery: "the field whose `schema.custom` is
 * `com.pyxis.greenhopper.jira:jsw-story-points` if there is one, else the number field named
 * "Story Points"; a setting overrides both."
 */
import { BadInputError } from '../errors';
import type { RawField } from './types';
import { quote } from '../domain/input';

/** Jira Software's "Story point estimate" field type (team-managed and company-managed boards). */
export const STORY_POINT_ESTIMATE_TYPE = 'com.pyxis.greenhopper.jira:jsw-story-points';

const normalise = (s: string | undefined): string => (s ?? '').trim().toLowerCase();

/** True when the override is already a field id, so the field list need not be read at all. */
export function isFieldId(value: string): boolean {
  return /^customfield_\d+$/.test(value.trim());
}

/**
 * The story-point field id among `fields`, or null when the site has none.
 * `override` (a setting) is a field id or a field name (case-insensitive, trimmed); it beats both rules,
 * and naming no field is bad input rather than a silent fall back to the rules.
 */
export function discoverStoryPointsField(fields: readonly RawField[], override?: string | null): string | null {
  const wanted = override?.trim();
  if (wanted) {
    const match = fields.find((f) => f.id === wanted) ?? fields.find((f) => normalise(f.name) === normalise(wanted));
    if (match) return match.id;
    if (isFieldId(wanted)) return wanted;
    throw new BadInputError(`The story points field setting ${quote(wanted)} names no field of this Jira site.`);
  }
  const estimate = fields.find((f) => f.schema?.custom === STORY_POINT_ESTIMATE_TYPE);
  if (estimate) return estimate.id;
  const named = fields.find((f) => normalise(f.name) === 'story points' && f.schema?.type === 'number');
  return named ? named.id : null;
}
