/**
 * SPEC §4 level-up readiness, shown the same way for the saved answer (the resolver's) and for the
 * live preview of unsaved changes: the verdict with its reasons, months in role against 18 with
 * the "eligible from" date, and each category of the target level covered or not, with counts and
 * what is missing.
 */
import { token } from '@atlaskit/tokens';
import type { LevelsResult } from '../../shared/competency/model';
import type { ReadinessPreview } from './readiness-preview';
import { text } from '../../shared/competency/ui';

export interface ReadinessShown {
  eligible: boolean;
  monthsInRole: number | null;
  monthsRequired: number;
  eligibleFrom: string | null;
  timeInRoleMet: boolean;
  categories: Array<{ name: string; covered: boolean; demonstrated: number; behaviours: number; missingSkills: string[]; withoutEvidence?: number }>;
  reasons: string[];
  incomplete: string | null;
}

export function fromResult(r: LevelsResult): ReadinessShown {
  return {
    eligible: r.eligible,
    monthsInRole: r.monthsInRole,
    monthsRequired: r.monthsRequired,
    eligibleFrom: r.eligibleFrom,
    timeInRoleMet: r.timeInRoleMet,
    categories: r.categories.map((c) => ({ name: c.name, covered: c.covered, demonstrated: c.demonstrated, behaviours: c.behaviours, missingSkills: c.missingSkills })),
    reasons: r.reasons,
    incomplete: null,
  };
}

export function fromPreview(p: ReadinessPreview): ReadinessShown {
  return p;
}

function Mark({ ok }: { ok: boolean }) {
  return (
    <span
      aria-hidden="true"
      style={{
        display: 'inline-grid',
        placeItems: 'center',
        width: 18,
        height: 18,
        boxSizing: 'border-box',
        flexShrink: 0,
        borderRadius: token('radius.full'),
        font: token('font.body.small'),
        fontWeight: token('font.weight.bold'),
        color: ok ? token('color.text.inverse') : token('color.text.danger'),
        backgroundColor: ok ? token('color.background.success.bold') : token('color.background.danger'),
        border: ok ? undefined : `${token('border.width')} solid ${token('color.border.danger')}`,
      }}
    >
      {ok ? '✓' : '✕'}
    </span>
  );
}

export function ReadinessPanel({
  readiness,
  currentLevel,
  targetLevel,
  since,
  asOf,
  live,
  heading = 'Level-up readiness',
}: {
  readiness: ReadinessShown;
  currentLevel: string;
  targetLevel: string;
  since: string;
  asOf: string;
  /** True while it previews unsaved changes. */
  live: boolean;
  heading?: string;
}) {
  const r = readiness;
  const verdict = r.incomplete ? 'Not enough information yet' : r.eligible ? `Eligible to level up to ${targetLevel}` : `Not eligible for ${targetLevel} yet`;
  const tone = r.incomplete
    ? { bg: token('color.background.neutral'), fg: token('color.text'), border: token('color.border') }
    : r.eligible
      ? { bg: token('color.background.success'), fg: token('color.text.success'), border: token('color.border.success') }
      : { bg: token('color.background.warning'), fg: token('color.text.warning'), border: token('color.border.warning') };
  const months = r.monthsInRole;
  const pct = months === null ? 0 : Math.min(100, Math.round((months / r.monthsRequired) * 100));
  return (
    <section
      aria-labelledby="readiness-h"
      data-testid="readiness"
      data-eligible={r.incomplete ? 'unknown' : String(r.eligible)}
      data-live={String(live)}
      className="cf-card"
      style={{ display: 'grid', gap: token('space.150'), minWidth: 0, overflowWrap: 'anywhere', padding: token('space.200'), borderRadius: token('radius.large'), backgroundColor: token('elevation.surface.raised'), boxShadow: token('elevation.shadow.raised'), border: `${token('border.width')} solid ${token('color.border')}` }}
    >
      <div style={{ display: 'flex', justifyContent: 'space-between', gap: token('space.100'), alignItems: 'baseline', flexWrap: 'wrap' }}>
        <h3 id="readiness-h" style={{ margin: 0, font: token('font.heading.small') }}>
          {heading}
        </h3>
        <span style={text.subtlest} data-testid="readiness-source">
          {live ? 'Live preview of unsaved changes' : `As saved · as of ${asOf}`}
        </span>
      </div>

      <div role="status" aria-live="polite" data-testid="verdict" style={{ padding: token('space.150'), borderRadius: token('radius.medium'), backgroundColor: tone.bg, border: `${token('border.width')} solid ${tone.border}`, color: tone.fg, display: 'grid', gap: token('space.050') }}>
        <strong style={{ font: token('font.heading.xsmall'), color: tone.fg }}>
          <span aria-hidden="true">{r.incomplete ? 'ⓘ ' : r.eligible ? '✓ ' : '✕ '}</span>
          {verdict}
        </strong>
        {r.reasons.length > 0 && (
          <ul data-testid="reasons" aria-label="Why not" style={{ margin: 0, paddingInlineStart: 20, color: token('color.text') }}>
            {r.reasons.map((reason, i) => (
              <li key={i} data-testid="reason">
                {reason}
              </li>
            ))}
          </ul>
        )}
        {r.eligible && (
          <span style={{ color: token('color.text') }}>
            {months} months in {currentLevel}, and every category of {targetLevel} has a behaviour demonstrated with evidence.
          </span>
        )}
      </div>

      <div style={{ display: 'grid', gap: token('space.075') }} data-testid="time-in-role" data-met={String(r.timeInRoleMet)}>
        <div style={{ display: 'flex', gap: token('space.100'), alignItems: 'center' }}>
          <Mark ok={r.timeInRoleMet} />
          <strong>Time in {currentLevel}</strong>
        </div>
        <div
          role="meter"
          aria-label={`Months in ${currentLevel}`}
          aria-valuemin={0}
          aria-valuemax={r.monthsRequired}
          aria-valuenow={Math.min(months ?? 0, r.monthsRequired)}
          aria-valuetext={months === null ? 'unknown' : `${months} of ${r.monthsRequired} months`}
          style={{ height: 8, borderRadius: token('radius.full'), backgroundColor: token('color.background.neutral'), overflow: 'hidden' }}
        >
          <div style={{ width: `${pct}%`, height: '100%', backgroundColor: r.timeInRoleMet ? token('color.background.success.bold') : token('color.background.information.bold') }} />
        </div>
        <span data-testid="months-in-role">
          {months === null ? 'Enter the date you started in your current level.' : `${months} of ${r.monthsRequired} whole months${since ? ` since ${since}` : ''}`}
        </span>
        {r.eligibleFrom && (
          <span data-testid="eligible-from" style={text.subtle}>
            {r.timeInRoleMet ? `Time requirement met on ${r.eligibleFrom}.` : `Eligible by time from ${r.eligibleFrom}.`}
          </span>
        )}
      </div>

      <div style={{ display: 'grid', gap: token('space.100') }}>
        <strong>Categories of {targetLevel}</strong>
        <p style={{ margin: 0, ...text.subtlest }}>Not every behaviour — but every category needs at least one behaviour demonstrated with evidence.</p>
        <ul style={{ listStyle: 'none', margin: 0, padding: 0, display: 'grid', gap: token('space.100') }}>
          {r.categories.map((c) => (
            <li key={c.name} data-testid="category-coverage" data-category={c.name} data-covered={String(c.covered)} style={{ display: 'grid', gridTemplateColumns: 'auto 1fr', gap: `0 ${token('space.100')}`, alignItems: 'start' }}>
              <Mark ok={c.covered} />
              <div>
                <div>
                  <strong>{c.name}</strong> — {c.covered ? 'covered' : 'not covered'}
                </div>
                <div style={text.subtlest} data-testid="coverage-count">
                  {c.demonstrated} of {c.behaviours} behaviours demonstrated
                  {c.withoutEvidence ? ` · ${c.withoutEvidence} ticked without evidence (not counted)` : ''}
                </div>
                {!c.covered && c.missingSkills.length > 0 && (
                  <div style={{ ...text.subtlest, marginTop: 2 }}>Missing: any behaviour of {c.missingSkills.join(', ')}</div>
                )}
              </div>
            </li>
          ))}
        </ul>
      </div>
    </section>
  );
}
