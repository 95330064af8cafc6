import { token } from '@atlaskit/tokens';
import { COMPETENCY_LIMITS, type DemonstratedRecord } from '../../../../src/contract';
import { OutLink } from '../export-tools';
import { markKey, type AssessmentDraft, type Level } from '../../../shared/competency/model';
import type { PreviewCategory } from '../readiness-preview';
import type { Route } from '../route';
import { Card, H3, text } from '../../../shared/competency/ui';

/** The target level's behaviours by category, each a checkbox with its evidence field. */
export function BehaviourChecklist({
  level,
  draft,
  setMark,
  records,
  ticked,
  coverage,
  go,
}: {
  level: Level;
  draft: AssessmentDraft;
  setMark: (key: string, patch: Partial<{ checked: boolean; evidence: string }>) => void;
  records: Map<string, DemonstratedRecord>;
  ticked: number;
  coverage: PreviewCategory[];
  go: (r: Route) => void;
}) {
  const total = level.categories.reduce((n, c) => n + c.skills.reduce((m, s) => m + s.behaviours.length, 0), 0);
  return (
    <Card labelledBy="checklist-h" testId="checklist">
      <div style={{ display: 'flex', flexWrap: 'wrap', justifyContent: 'space-between', gap: token('space.100'), alignItems: 'baseline' }}>
        <H3 id="checklist-h">Behaviours of {level.id}</H3>
        <span style={text.subtlest}>
          {ticked} of {total} ticked ·{' '}
          <button type="button" className="cf-link-button" onClick={() => go({ page: 'level', level: level.id })}>
            read the {level.id} page
          </button>
        </span>
      </div>
      <p style={{ margin: 0, ...text.subtle }}>
        Tick what you already do, and say how it shows: a Jira issue key (PO-123), a link to a Jira issue or Confluence page, or a sentence. A tick without evidence does not count.
      </p>
      {level.categories.map((c, ci) => (
        <fieldset key={c.name} data-testid="checklist-category" data-category={c.name} style={{ border: `${token('border.width')} solid ${token('color.border')}`, borderRadius: token('radius.medium'), padding: token('space.150'), margin: 0, display: 'grid', gap: token('space.150'), minWidth: 0 }}>
          <legend style={{ padding: `0 ${token('space.050')}`, font: token('font.heading.xsmall') }}>
            {c.name}
            <CoverageTag category={coverage.find((x) => x.name === c.name)} />
          </legend>
          {c.skills.map((s, si) => (
            <div key={s.name} role="group" aria-labelledby={`chk-${ci}-${si}`} style={{ display: 'grid', gap: token('space.100') }}>
              <h4 id={`chk-${ci}-${si}`} style={{ margin: 0, font: token('font.heading.xxsmall'), color: token('color.text.subtle') }}>
                {s.name}
              </h4>
              <ol style={{ listStyle: 'none', margin: 0, padding: 0, display: 'grid', gap: token('space.100') }}>
                {s.behaviours.map((b, i) => {
                  const pos = i + 1;
                  const key = markKey(level.id, s.name, pos);
                  const m = draft.marks[key];
                  const id = `b-${ci}-${si}-${pos}`;
                  const saved = records.get(key);
                  const needsEvidence = !!m?.checked && !m.evidence.trim();
                  return (
                    <li key={pos} data-testid="checklist-item" data-skill={s.name} data-position={pos} data-checked={String(!!m?.checked)} style={{ display: 'grid', gap: token('space.075'), padding: token('space.100'), borderRadius: token('radius.small', '3px'), backgroundColor: m?.checked ? token('color.background.selected') : undefined }}>
                      <div style={{ display: 'flex', gap: token('space.100'), alignItems: 'flex-start' }}>
                        <input id={id} type="checkbox" data-testid="behaviour-check" checked={!!m?.checked} onChange={(e) => setMark(key, { checked: e.target.checked })} />
                        <label htmlFor={id} style={{ cursor: 'pointer' }}>
                          <span style={{ ...text.subtlest, marginInlineEnd: token('space.050') }}>{pos}.</span>
                          {b}
                        </label>
                      </div>
                      {m?.checked && (
                        <div style={{ display: 'grid', gap: token('space.050'), paddingInlineStart: 24 }}>
                          <label htmlFor={`${id}-ev`} className="cf-sr-only">
                            Evidence for {s.name}, behaviour {pos}
                          </label>
                          <input
                            id={`${id}-ev`}
                            data-testid="evidence"
                            className="cf-input"
                            value={m.evidence}
                            maxLength={COMPETENCY_LIMITS.evidenceChars}
                            placeholder="Evidence: PO-123, a link, or a sentence"
                            aria-invalid={needsEvidence}
                            aria-describedby={needsEvidence ? `${id}-need` : undefined}
                            onChange={(e) => setMark(key, { evidence: e.target.value })}
                          />
                          {needsEvidence && (
                            <span id={`${id}-need`} style={{ font: token('font.body.small'), color: token('color.text.warning') }}>
                              Add evidence for this tick to count.
                            </span>
                          )}
                          {saved?.evidenceHref && saved.evidence === m.evidence.trim() && (
                            <span style={text.subtlest}>
                              {saved.evidenceKind === 'jira-issue' ? 'Jira issue' : saved.evidenceKind === 'confluence-page' ? 'Confluence page' : 'Link'}:{' '}
                              <OutLink href={saved.evidenceHref} testId="evidence-link">
                                {saved.evidenceKind === 'jira-issue' ? saved.evidence : 'open'}
                              </OutLink>
                            </span>
                          )}
                        </div>
                      )}
                    </li>
                  );
                })}
              </ol>
            </div>
          ))}
        </fieldset>
      ))}
    </Card>
  );
}

/** "✓ covered · 1 of 12" beside a category of the checklist, live as boxes are ticked. */
function CoverageTag({ category }: { category: PreviewCategory | undefined }) {
  if (!category) return null;
  return (
    <span
      data-testid="checklist-coverage"
      data-covered={String(category.covered)}
      style={{ marginInlineStart: token('space.100'), font: token('font.body.small'), fontWeight: token('font.weight.semibold'), color: category.covered ? token('color.text.success') : token('color.text.subtlest') }}
    >
      {category.covered ? '✓ covered' : 'not covered yet'} · {category.demonstrated} of {category.behaviours}
    </span>
  );
}
