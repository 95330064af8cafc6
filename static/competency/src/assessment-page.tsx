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
import { COMPETENCY_LIMITS, type MyAssessmentView } from '../../../src/contract';
import { ApiError, toApiError } from '../../shared/api';
import {
  deleteMyAssessment,
  exportMarkdown,
  getMyAssessment,
  saveMyAssessment,
} from '../../shared/competency-api';
import { ErrorState } from '../../shared/components/error-state';
import { ErrorWithRetry } from '../../shared/components/error-with-retry';
import { LoadingState } from '../../shared/components/loading-state';
import type { AppContext } from './context';
import { MarkdownExport } from './export-tools';
import { BehaviourChecklist } from './sections/behaviour-checklist';
import { SharePanel } from './sections/share-panel';
import { defaultTarget, draftOf, findLevel, markKey, payloadOf, sameDraft, targetsAbove, type AssessmentDraft, type Framework } from '../../shared/competency/model';
import { fromPreview, fromResult, ReadinessPanel } from './readiness-panel';
import { previewReadiness } from './readiness-preview';
import type { Route } from './route';
import { Card, Field, formatDateTime, H3, LevelSelect, navigation, Notice, PageTitle, text, useAsync } from '../../shared/competency/ui';

export function AssessmentPage({ framework, ctx, go }: { framework: Framework; ctx: AppContext; go: (r: Route) => void }) {
  const [state, reload, setView] = useAsync(() => getMyAssessment(), [framework]);
  if (state.kind === 'loading') return <LoadingState label="Loading your assessment…" />;
  if (state.kind === 'error') {
    return (
      <div style={{ display: 'grid', gap: token('space.150') }}>
        <PageTitle id="page-title">My assessment</PageTitle>
        <ErrorWithRetry error={state.error} onRetry={reload} />
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
            <LevelSelect
              id="current-level"
              label="Current level"
              fw={fw}
              value={draft.currentLevel}
              onChange={(currentLevel) => {
                const cur = findLevel(fw, currentLevel);
                const keep = findLevel(fw, draft.targetLevel);
                set({ currentLevel, targetLevel: cur && keep && keep.rank > cur.rank ? keep.id : (defaultTarget(fw, currentLevel) ?? '') });
              }}
            />
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
