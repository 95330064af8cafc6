/**
 * My assessment (SPEC §4): current level, since when, target level; the target level's behaviours
 * as checkboxes, each with its evidence (a Jira issue key or link, a Confluence page, or a
 * sentence); readiness live as you tick; save with the loaded revision (a newer one elsewhere is
 * refused, not overwritten); share read-only with named people and withdraw; export as Markdown.
 * Everything acts as the viewing user: the backend takes the owner from the Forge context.
 */
import { useEffect, useMemo, useState } from 'react';
import Button from '@atlaskit/button/new';
import { token } from '@atlaskit/tokens';
import { COMPETENCY_LIMITS, type DemonstratedRecord, type MyAssessmentView, type ShareInfo } from '../../../src/contract';
import { ApiError, toApiError } from '../../shared/api';
import {
  deleteMyAssessment,
  exportMarkdown,
  getMyAssessment,
  saveMyAssessment,
  shareAssessment,
  unshareAssessment,
} from '../../shared/competency-api';
import { ErrorState } from '../../shared/components/error-state';
import { LoadingState } from '../../shared/components/loading-state';
import type { AppContext } from './context';
import { MarkdownExport, OutLink } from './export-tools';
import { defaultTarget, draftOf, findLevel, markKey, payloadOf, sameDraft, targetsAbove, type AssessmentDraft, type Framework, type Level } from '../../shared/competency/model';
import { fromPreview, fromResult, ReadinessPanel } from './readiness-panel';
import { previewReadiness, type PreviewCategory } from './readiness-preview';
import type { Route } from './route';
import { Card, Field, formatDateTime, H3, navigation, Notice, PageTitle, text, useAsync } from '../../shared/competency/ui';

export function AssessmentPage({ framework, ctx, go }: { framework: Framework; ctx: AppContext; go: (r: Route) => void }) {
  const [state, reload, setView] = useAsync(() => getMyAssessment(), [framework]);
  if (state.kind === 'loading') return <LoadingState label="Loading your assessment…" />;
  if (state.kind === 'error') {
    return (
      <div style={{ display: 'grid', gap: token('space.150') }}>
        <PageTitle id="page-title">My assessment</PageTitle>
        <ErrorState code={state.error.code} message={state.error.message} reason={state.error.reason} />
        <div>
          <Button onClick={reload}>Try again</Button>
        </div>
      </div>
    );
  }
  return <AssessmentEditor framework={framework} ctx={ctx} view={state.data} setView={setView} reload={reload} go={go} />;
}

function AssessmentEditor({
  framework: fw,
  ctx,
  view,
  setView,
  reload,
  go,
}: {
  framework: Framework;
  ctx: AppContext;
  view: MyAssessmentView;
  setView: (v: MyAssessmentView) => void;
  reload: () => void;
  go: (r: Route) => void;
}) {
  const saved = useMemo(() => draftOf(fw, view.assessment), [fw, view.assessment]);
  const [draft, setDraft] = useState<AssessmentDraft>(saved);
  const [saving, setSaving] = useState(false);
  const [saveError, setSaveError] = useState<ApiError | null>(null);
  const [savedNote, setSavedNote] = useState<string | null>(null);
  const [confirmDelete, setConfirmDelete] = useState(false);
  const dirty = !sameDraft(draft, saved) || !view.assessment;
  const asOf = view.asOf;

  const current = findLevel(fw, draft.currentLevel);
  const target = findLevel(fw, draft.targetLevel);
  const targets = targetsAbove(fw, draft.currentLevel);
  const preview = previewReadiness(fw, draft, asOf);
  const useSaved = !dirty && view.readiness !== null;
  const shown = useSaved ? fromResult(view.readiness!) : fromPreview(preview);
  const conflict = saveError?.code === 'CONFLICT';
  const unsaved = dirty && (!!view.assessment || !sameDraft(draft, saved));

  // Unsaved changes: leaving the screen asks first, and so does closing or reloading the page.
  useEffect(() => {
    if (!unsaved) return;
    navigation.guard = () => window.confirm('You have unsaved changes to your assessment. Leave without saving?');
    const onUnload = (e: BeforeUnloadEvent) => {
      e.preventDefault();
      e.returnValue = '';
    };
    window.addEventListener('beforeunload', onUnload);
    return () => {
      navigation.guard = null;
      window.removeEventListener('beforeunload', onUnload);
    };
  }, [unsaved]);

  const set = (patch: Partial<AssessmentDraft>) => {
    setSavedNote(null);
    setDraft((d) => ({ ...d, ...patch }));
  };
  const setMark = (key: string, patch: Partial<{ checked: boolean; evidence: string }>) => {
    setSavedNote(null);
    setDraft((d) => ({ ...d, marks: { ...d.marks, [key]: { ...(d.marks[key] ?? { checked: false, evidence: '' }), ...patch } } }));
  };

  const save = async () => {
    setSaving(true);
    setSaveError(null);
    try {
      const next = await saveMyAssessment(payloadOf(fw, draft, view.assessment?.revision ?? 0));
      setSavedNote(`Saved at ${formatDateTime(next.assessment?.updatedAt)} (revision ${next.assessment?.revision}).`);
      setDraft(draftOf(fw, next.assessment));
      setView(next);
    } catch (err) {
      setSaveError(toApiError(err));
    } finally {
      setSaving(false);
    }
  };

  const remove = async () => {
    setSaving(true);
    setSaveError(null);
    try {
      await deleteMyAssessment();
      reload();
    } catch (err) {
      setSaveError(toApiError(err));
      setSaving(false);
    }
  };

  const ticked = target ? target.categories.reduce((n, c) => n + c.skills.reduce((m, s) => m + s.behaviours.filter((_, i) => draft.marks[markKey(target.id, s.name, i + 1)]?.checked).length, 0), 0) : 0;
  const records = new Map((view.assessment?.demonstrated ?? []).map((d) => [markKey(view.assessment!.targetLevel, d.skill, d.behaviour), d]));

  return (
    <div data-testid="assessment" data-revision={view.assessment?.revision ?? 0} style={{ display: 'grid', gap: token('space.200') }}>
      <PageTitle id="page-title" sub="Only you can see it, unless you share it. Readiness follows the framework’s rules: 18 months in your level, and every category of the target level covered.">
        My assessment
      </PageTitle>

      {view.frameworkChanged && (
        <Notice appearance="warning" title="The framework changed since you saved" role="status">
          {view.problem ?? 'Check your levels and ticked behaviours against the current framework, then save again.'}
        </Notice>
      )}
      {!view.frameworkChanged && view.problem && <Notice appearance="warning">{view.problem}</Notice>}
      {!view.assessment && (
        <Notice appearance="discovery" title="Start your self-assessment" testId="no-assessment">
          Choose your current level and when you started in it, pick a target level, then tick the behaviours you already show — each with evidence.
        </Notice>
      )}

      <div style={{ display: 'grid', gridTemplateColumns: 'repeat(auto-fit, minmax(min(100%, 340px), 1fr))', gap: token('space.200'), alignItems: 'start' }}>
        <Card labelledBy="levels-h">
          <H3 id="levels-h">Your levels</H3>
          <div style={{ display: 'grid', gridTemplateColumns: 'repeat(auto-fill, minmax(180px, 1fr))', gap: token('space.150') }}>
            <Field id="person" label="Your name (optional)" help="Shown on shared and exported copies.">
              <input id="person" data-testid="person" className="cf-input" value={draft.person} maxLength={COMPETENCY_LIMITS.personChars} onChange={(e) => set({ person: e.target.value })} aria-describedby="person-help" autoComplete="name" />
            </Field>
            <Field id="current-level" label="Current level">
              <select
                id="current-level"
                data-testid="current-level"
                className="cf-input"
                value={draft.currentLevel}
                onChange={(e) => {
                  const currentLevel = e.target.value;
                  const cur = findLevel(fw, currentLevel);
                  const keep = findLevel(fw, draft.targetLevel);
                  set({ currentLevel, targetLevel: cur && keep && keep.rank > cur.rank ? keep.id : (defaultTarget(fw, currentLevel) ?? '') });
                }}
              >
                {fw.ladders.map((ladder) => (
                  <optgroup key={ladder.id} label={ladder.name}>
                    {ladder.levels.map((l) => (
                      <option key={l} value={l}>
                        {l} · {ladder.role}
                      </option>
                    ))}
                  </optgroup>
                ))}
              </select>
            </Field>
            <Field id="current-since" label={`In ${current?.id ?? 'that level'} since`} help={`Not after today (${asOf}).`}>
              <input
                id="current-since"
                data-testid="current-since"
                type="date"
                className="cf-input"
                value={draft.currentLevelSince}
                max={asOf}
                required
                aria-describedby="current-since-help"
                aria-invalid={!!draft.currentLevelSince && draft.currentLevelSince > asOf}
                onChange={(e) => set({ currentLevelSince: e.target.value })}
              />
            </Field>
            <Field id="target-level" label="Target level">
              <select id="target-level" data-testid="target-level" className="cf-input" value={draft.targetLevel} onChange={(e) => set({ targetLevel: e.target.value })} disabled={targets.length === 0}>
                {targets.length === 0 && <option value="">No level above {draft.currentLevel}</option>}
                {targets.map((l) => (
                  <option key={l.id} value={l.id}>
                    {l.id}
                    {l.id === defaultTarget(fw, draft.currentLevel) ? ' (next)' : ''}
                  </option>
                ))}
              </select>
            </Field>
          </div>
        </Card>
        {target && current ? (
          <ReadinessPanel readiness={shown} currentLevel={current.id} targetLevel={target.id} since={draft.currentLevelSince} asOf={asOf} live={!useSaved} />
        ) : null}
      </div>

      {target ? (
        <BehaviourChecklist level={target} draft={draft} setMark={setMark} records={records} ticked={ticked} coverage={preview.categories} go={go} />
      ) : (
        <Notice appearance="information">{targets.length === 0 ? `${draft.currentLevel} is the top level of the framework: there is no level to target.` : 'Choose a target level.'}</Notice>
      )}

      <div
        className="cf-no-print"
        style={{ position: 'sticky', bottom: 0, zIndex: 1, display: 'flex', flexWrap: 'wrap', gap: token('space.100'), alignItems: 'center', padding: token('space.150'), borderRadius: token('radius.medium'), backgroundColor: token('elevation.surface.overlay'), boxShadow: token('elevation.shadow.overlay') }}
      >
        <Button appearance="primary" onClick={() => void save()} isLoading={saving} isDisabled={!dirty || !target || !draft.currentLevelSince} testId="save-assessment">
          {view.assessment ? 'Save changes' : 'Save assessment'}
        </Button>
        {dirty && view.assessment && (
          <Button appearance="subtle" onClick={() => setDraft(saved)} testId="discard">
            Discard changes
          </Button>
        )}
        {target && !preview.incomplete && (
          <span data-testid="save-verdict" style={{ fontWeight: token('font.weight.semibold'), color: preview.eligible ? token('color.text.success') : token('color.text.warning') }}>
            {preview.eligible
              ? `✓ Eligible for ${target.id}`
              : `✕ Not eligible yet${preview.categories.some((c) => !c.covered) ? ` — missing ${preview.categories.filter((c) => !c.covered).map((c) => c.name).join(', ')}` : ''}`}
          </span>
        )}
        <span role="status" aria-live="polite" data-testid="save-status" style={text.subtle}>
          {saving ? 'Saving…' : savedNote ?? (dirty ? (view.assessment ? 'You have unsaved changes.' : 'Not saved yet.') : `Saved · revision ${view.assessment?.revision} · ${formatDateTime(view.assessment?.updatedAt)}`)}
        </span>
      </div>
      {saveError && (
        <div style={{ display: 'grid', gap: token('space.100') }} data-testid="save-error">
          <ErrorState code={saveError.code} message={saveError.message} reason={saveError.reason} />
          {conflict && (
            <div>
              <Button onClick={reload}>Reload the saved version</Button>
            </div>
          )}
        </div>
      )}

      <SharePanel view={view} ctx={ctx} onShares={(sharedWith) => setView({ ...view, sharedWith })} />

      <Card labelledBy="export-h">
        <H3 id="export-h">Export as Markdown</H3>
        <p style={{ margin: 0, ...text.subtle }}>A promotion packet: your levels, readiness and every demonstrated behaviour with its evidence — to paste into a document or a ticket.</p>
        <MarkdownExport
          load={() => exportMarkdown({ asOf })}
          disabledReason={view.assessment ? null : 'Save your assessment first.'}
          note={dirty ? 'Exports the saved version, not unsaved changes.' : undefined}
        />
      </Card>

      {view.assessment && (
        <Card labelledBy="delete-h" style={{ borderColor: token('color.border.danger') }}>
          <H3 id="delete-h">Delete my assessment</H3>
          <p style={{ margin: 0, ...text.subtle }}>Removes your assessment and withdraws every share. This cannot be undone.</p>
          <div style={{ display: 'flex', gap: token('space.100') }} className="cf-no-print">
            {confirmDelete ? (
              <>
                <Button appearance="danger" onClick={() => void remove()} isLoading={saving} testId="confirm-delete">
                  Yes, delete it
                </Button>
                <Button appearance="subtle" onClick={() => setConfirmDelete(false)}>
                  Keep it
                </Button>
              </>
            ) : (
              <Button appearance="warning" onClick={() => setConfirmDelete(true)} testId="delete-assessment">
                Delete my assessment…
              </Button>
            )}
          </div>
        </Card>
      )}
    </div>
  );
}

function BehaviourChecklist({
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

function SharePanel({ view, ctx, onShares }: { view: MyAssessmentView; ctx: AppContext; onShares: (s: ShareInfo[]) => void }) {
  const [account, setAccount] = useState('');
  const [name, setName] = useState('');
  const [busy, setBusy] = useState<string | null>(null);
  const [error, setError] = useState<ApiError | null>(null);
  const [note, setNote] = useState<string | null>(null);
  useEffect(() => setError(null), [account]);
  const canShare = !!view.assessment;
  const full = view.sharedWith.length >= COMPETENCY_LIMITS.sharesPerAssessment;

  const share = async () => {
    const viewerAccountId = account.trim();
    if (!viewerAccountId) {
      setError(new ApiError('BAD_INPUT', 'Enter the account id of the person to share with.'));
      return;
    }
    if (viewerAccountId === ctx.accountId) {
      setError(new ApiError('BAD_INPUT', 'That is your own account id: choose someone else.'));
      return;
    }
    setBusy('share');
    setError(null);
    setNote(null);
    try {
      const res = await shareAssessment({ viewerAccountId, ...(name.trim() ? { viewerName: name.trim() } : {}) });
      onShares(res.sharedWith);
      setNote(`Shared with ${name.trim() || viewerAccountId}. They can open it under “Shared with me”.`);
      setAccount('');
      setName('');
    } catch (err) {
      setError(toApiError(err));
    } finally {
      setBusy(null);
    }
  };

  const withdraw = async (s: ShareInfo) => {
    setBusy(s.viewerAccountId);
    setError(null);
    setNote(null);
    try {
      const res = await unshareAssessment({ viewerAccountId: s.viewerAccountId });
      onShares(res.sharedWith);
      setNote(`Withdrawn: ${s.viewerName ?? s.viewerAccountId} can no longer see your assessment.`);
    } catch (err) {
      setError(toApiError(err));
    } finally {
      setBusy(null);
    }
  };

  return (
    <Card labelledBy="share-h" testId="share">
      <H3 id="share-h">Share read-only</H3>
      <p style={{ margin: 0, ...text.subtle }}>People you share with (your manager, a mentor) can read your saved assessment and its readiness, never change it. Withdraw at any time.</p>
      {!canShare ? (
        <p style={{ margin: 0, ...text.subtlest }}>Save your assessment before sharing it.</p>
      ) : (
        <form
          className="cf-no-print"
          onSubmit={(e) => {
            e.preventDefault();
            void share();
          }}
          style={{ display: 'flex', flexWrap: 'wrap', gap: token('space.150'), alignItems: 'end' }}
        >
          <Field id="share-account" label="Their Atlassian account id" style={{ flex: '2 1 240px' }} help="From their profile link (…/people/<account id>).">
            <input id="share-account" data-testid="share-account" className="cf-input" value={account} onChange={(e) => setAccount(e.target.value)} aria-describedby="share-account-help" spellCheck={false} autoComplete="off" required />
          </Field>
          <Field id="share-name" label="Their name (optional)" style={{ flex: '1 1 180px' }} help="A label for your list.">
            <input id="share-name" data-testid="share-name" className="cf-input" value={name} maxLength={COMPETENCY_LIMITS.viewerNameChars} onChange={(e) => setName(e.target.value)} aria-describedby="share-name-help" />
          </Field>
          <div style={{ paddingBottom: 20 }}>
            <Button type="submit" appearance="primary" isLoading={busy === 'share'} isDisabled={full} testId="share-submit">
              Share
            </Button>
          </div>
        </form>
      )}
      <div aria-live="polite" data-testid="share-status" style={text.subtle}>
        {note}
      </div>
      {error && <ErrorState code={error.code} message={error.message} reason={error.reason} />}
      {view.sharedWith.length === 0 ? (
        <p data-testid="shares-empty" style={{ margin: 0, ...text.subtlest }}>
          Not shared with anyone.
        </p>
      ) : (
        <table className="cf-table" data-testid="shares">
          <caption className="cf-sr-only">People who can read your assessment</caption>
          <thead>
            <tr>
              <th scope="col">Shared with</th>
              <th scope="col">Since</th>
              <th scope="col" className="cf-no-print">
                <span className="cf-sr-only">Actions</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {view.sharedWith.map((s) => (
              <tr key={s.viewerAccountId} data-testid="share-row" data-account={s.viewerAccountId}>
                <td>
                  {s.viewerName ?? <span style={text.subtle}>Unnamed</span>}
                  <div style={{ ...text.subtlest, fontFamily: token('font.family.code') }}>{s.viewerAccountId}</div>
                </td>
                <td>{formatDateTime(s.grantedAt)}</td>
                <td className="cf-no-print" style={{ textAlign: 'end' }}>
                  <Button appearance="subtle" spacing="compact" onClick={() => void withdraw(s)} isLoading={busy === s.viewerAccountId} testId="withdraw">
                    Withdraw
                  </Button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {full && <p style={{ margin: 0, ...text.subtlest }}>At most {COMPETENCY_LIMITS.sharesPerAssessment} people; withdraw a share to add another.</p>}
    </Card>
  );
}
