/**
 * Shipshape settings (jira:adminPage): blocker priorities, required sign-offs (add, rename, remove,
 * reorder) with who may sign each, and the story-point field override. The server validates and
 * refuses bad values with the reason, shown here as is; ids stay with their check across renames.
 */
import { useEffect, useState, type ReactNode } from 'react';
import Button from '@atlaskit/button/new';
import Textfield from '@atlaskit/textfield';
import SectionMessage from '@atlaskit/section-message';
import { token } from '@atlaskit/tokens';
import { ApiError, toApiError } from '../../shared/api';
import { LoadingState } from '../../shared/components/loading-state';
import { ErrorState } from '../../shared/components/error-state';
import type { SettingsView } from '../../../src/contract';
import { getSettings, saveSettings } from '../../shared/readiness-api';
import { checkName, draftProblems, draftSettings, priorityProblem, type Problem } from './problems';

interface DraftCheck {
  /** Existing id, or null for a new check (the server assigns one). */
  id: string | null;
  key: string;
  label: string;
  anyone: boolean;
  signers: string;
}

interface Draft {
  priorities: string[];
  checks: DraftCheck[];
  storyPointsField: string;
  frameworkEditors: string;
}

let keySeq = 0;
const nextKey = () => `k${++keySeq}`;

function draftOf(v: SettingsView): Draft {
  return {
    priorities: [...v.settings.blockerPriorities],
    checks: v.settings.checks.map((c) => ({ id: c.id, key: nextKey(), label: c.label, anyone: c.signers === 'anyone', signers: c.signers === 'anyone' ? '' : c.signers.join('\n') })),
    storyPointsField: v.settings.storyPointsField ?? '',
    frameworkEditors: (v.settings.frameworkEditors ?? []).join('\n'),
  };
}

const norm = (s: string): string => s.trim().toLowerCase();
/** How a move button looks at the top or bottom (aria-disabled: still focusable, does nothing). */
const dimmed = { opacity: 0.4, cursor: 'not-allowed' } as const;

/** Who saved, by name; the account id only when no name was recorded. */
function savedBy(v: SettingsView): string {
  if (v.updatedByName) return v.updatedByName;
  if (v.updatedBy && v.updatedBy === v.viewerAccountId) return 'you';
  return v.updatedBy ? `someone (id ${v.updatedBy})` : 'someone';
}

/** A field's problems under it, tied to the field by id (aria-describedby). */
function FieldProblems({ id, problems }: { id: string; problems: Problem[] }) {
  if (problems.length === 0) return null;
  return (
    <div id={id} data-testid="field-error" style={{ display: 'grid', gap: token('space.025'), color: token('color.text.danger'), font: token('font.body.small') }}>
      {problems.map((p) => (
        <span key={p.message}>{p.message}</span>
      ))}
    </div>
  );
}

export function SettingsPage() {
  const [view, setView] = useState<SettingsView | null>(null);
  const [loadError, setLoadError] = useState<ApiError | null>(null);
  const [draft, setDraft] = useState<Draft | null>(null);
  const [newPriority, setNewPriority] = useState('');
  const [saving, setSaving] = useState(false);
  const [saveError, setSaveError] = useState<ApiError | null>(null);
  const [saved, setSaved] = useState(false);
  /** Set by a save attempt: from then on problems show (and update) next to their fields. */
  const [attempted, setAttempted] = useState(false);
  const [priorityError, setPriorityError] = useState<string | null>(null);
  /** A CSS selector to focus after the next render (moves, adds, removes, a refused save). */
  const [focusNext, setFocusNext] = useState<string | null>(null);

  useEffect(() => {
    if (!focusNext) return;
    document.querySelector<HTMLElement>(focusNext)?.focus();
    setFocusNext(null);
  }, [focusNext]);

  useEffect(() => {
    getSettings().then(
      (v) => {
        setView(v);
        setDraft(draftOf(v));
      },
      (err: unknown) => setLoadError(toApiError(err)),
    );
  }, []);

  const wrap = (body: ReactNode) => (
    <main style={{ maxWidth: 880, padding: token('space.300'), color: token('color.text'), font: token('font.body'), backgroundColor: token('elevation.surface'), minHeight: '100vh', boxSizing: 'border-box' }}>
      <h1 style={{ margin: `0 0 ${token('space.200')}`, font: token('font.heading.large') }}>Shipshape settings</h1>
      {body}
    </main>
  );
  if (loadError) return wrap(<ErrorState code={loadError.code} message={loadError.message} reason={loadError.reason} />);
  if (!view || !draft) return wrap(<LoadingState label="Loading settings…" />);

  const ro = !view.canEdit;
  const edit = (patch: Partial<Draft>) => {
    setSaved(false);
    setDraft({ ...draft, ...patch });
  };
  const editCheck = (i: number, patch: Partial<DraftCheck>) => edit({ checks: draft.checks.map((c, j) => (j === i ? { ...c, ...patch } : c)) });
  // At the top or the bottom the button stays focusable (aria-disabled) and does nothing, so
  // keyboard focus never falls to the page.
  const move = (i: number, by: -1 | 1) => {
    const j = i + by;
    if (j < 0 || j >= draft.checks.length) return;
    const checks = [...draft.checks];
    const [c] = checks.splice(i, 1);
    checks.splice(j, 0, c!);
    edit({ checks });
    setFocusNext(`[data-key="${c!.key}"] [data-move="${by < 0 ? 'up' : 'down'}"] button`);
  };
  const addPriority = () => {
    const why = priorityProblem(newPriority, draft.priorities, view.sitePriorities);
    if (why) {
      setPriorityError(why);
      setFocusNext('input[data-testid=new-priority]');
      return;
    }
    const site = view.sitePriorities.find((x) => norm(x) === norm(newPriority));
    edit({ priorities: [...draft.priorities, site ?? newPriority.trim()] });
    setNewPriority('');
    setPriorityError(null);
  };
  const addCheck = () => {
    const key = nextKey();
    edit({ checks: [...draft.checks, { id: null, key, label: '', anyone: true, signers: '' }] });
    setFocusNext(`[data-key="${key}"] input[data-testid=check-label-input]`);
  };
  const removeCheck = (i: number) => {
    const rest = draft.checks.filter((_, j) => j !== i);
    edit({ checks: rest });
    const next = rest[i] ?? rest[i - 1];
    setFocusNext(next ? `[data-key="${next.key}"] input[data-testid=check-label-input]` : '[data-testid=add-check]');
  };

  const problems = attempted ? draftProblems(draft) : [];
  const problemsOf = (field: string) => problems.filter((p) => p.field === field);
  /** Site priorities are known and this saved one is not among them: it matches no issue. */
  const unknownOnSite = (p: string) => view.sitePriorities.length > 0 && !view.sitePriorities.some((x) => norm(x) === norm(p));

  const save = async () => {
    setAttempted(true);
    setSaveError(null);
    setSaved(false);
    const found = draftProblems(draft);
    if (found.length > 0) {
      const first = found[0]!.field;
      const m = /^checks\.([^.]+)\.(label|signers)$/.exec(first);
      setFocusNext(
        m ? (m[2] === 'label' ? `[data-key="${m[1]}"] input[data-testid=check-label-input]` : `[data-key="${m[1]}"] [data-testid=signers-input]`) : first === 'storyPointsField' ? 'input[data-testid=story-points]' : first === 'frameworkEditors' ? '[data-testid=framework-editors]' : '[data-testid=save-settings]',
      );
      return;
    }
    setSaving(true);
    try {
      const v = await saveSettings({
        revision: view.revision,
        settings: draftSettings(draft),
      });
      setView(v);
      setDraft(draftOf(v));
      setSaved(true);
      setAttempted(false);
    } catch (err) {
      setSaveError(toApiError(err));
      setFocusNext('[data-testid=error-state]');
    } finally {
      setSaving(false);
    }
  };

  const section = { display: 'grid', gap: token('space.100'), padding: `${token('space.200')} 0`, borderTop: `${token('border.width')} solid ${token('color.border')}` } as const;
  const h2 = { margin: 0, font: token('font.heading.small') } as const;
  const help = { margin: 0, color: token('color.text.subtle'), font: token('font.body.small') } as const;

  return wrap(
    <div style={{ display: 'grid' }}>
      <p style={{ ...help, marginBottom: token('space.200') }} data-testid="settings-meta">
        {view.isDefault ? 'Showing the defaults: nothing has been saved yet.' : `Revision ${view.revision}, saved ${view.updatedAt?.slice(0, 16).replace('T', ' ')} UTC by ${savedBy(view)}.`} Your account id:{' '}
        <code data-testid="my-account-id">{view.viewerAccountId}</code>
      </p>
      {ro && (
        <SectionMessage appearance="information" title="Read only">
          <p data-testid="cannot-edit">{view.cannotEditReason ?? 'Only Jira administrators can change Shipshape settings.'}</p>
        </SectionMessage>
      )}

      <section style={section} aria-labelledby="prio-h" data-testid="priorities">
        <h2 id="prio-h" style={h2}>
          Blocker priorities
        </h2>
        <p style={help}>An unfinished issue with one of these priorities is a blocker: the version is not ready while any is open. Names match case-insensitively.</p>
        <ul style={{ display: 'flex', flexWrap: 'wrap', gap: token('space.075'), listStyle: 'none', margin: 0, padding: 0 }}>
          {draft.priorities.map((p, i) => (
            <li
              key={`${p}-${i}`}
              data-testid="priority"
              data-unknown={unknownOnSite(p) || undefined}
              title={unknownOnSite(p) ? `${p} is not a priority on this Jira site: it matches no issue` : undefined}
              style={{ display: 'inline-flex', alignItems: 'center', gap: token('space.050'), padding: `${token('space.025')} ${token('space.050')} ${token('space.025')} ${token('space.100')}`, borderRadius: token('radius.full'), backgroundColor: unknownOnSite(p) ? token('color.background.warning') : token('color.background.neutral'), color: unknownOnSite(p) ? token('color.text.warning') : undefined }}
            >
              {p}
              {unknownOnSite(p) && <span style={{ font: token('font.body.small') }}>(not on this site)</span>}
              {!ro && (
                <Button
                  appearance="subtle"
                  spacing="compact"
                  aria-label={`Remove ${p}`}
                  onClick={() => {
                    edit({ priorities: draft.priorities.filter((_, j) => j !== i) });
                    setFocusNext('input[data-testid=new-priority]');
                  }}
                >
                  ×
                </Button>
              )}
            </li>
          ))}
          {draft.priorities.length === 0 && <li style={help}>None: nothing counts as a blocker.</li>}
        </ul>
        {draft.priorities.some(unknownOnSite) && (
          <p data-testid="unknown-priorities" style={{ ...help, color: token('color.text.warning') }}>
            {draft.priorities.filter(unknownOnSite).join(', ')} {draft.priorities.filter(unknownOnSite).length === 1 ? 'is' : 'are'} not a priority on this Jira site, so no issue matches. Kept as saved; remove
            {draft.priorities.filter(unknownOnSite).length === 1 ? ' it' : ' them'} if the site will not have {draft.priorities.filter(unknownOnSite).length === 1 ? 'it' : 'them'}.
          </p>
        )}
        <FieldProblems id="priorities-error" problems={problemsOf('priorities')} />
        {!ro && (
          <div style={{ display: 'flex', gap: token('space.100'), maxWidth: 420 }}>
            <div style={{ flex: 1 }}>
              <Textfield
                testId="new-priority"
                aria-label="Add a blocker priority"
                placeholder="Add a priority"
                value={newPriority}
                list="site-priorities"
                isInvalid={priorityError !== null}
                aria-describedby={priorityError ? 'new-priority-error' : undefined}
                onChange={(e) => {
                  setNewPriority((e.target as HTMLInputElement).value);
                  setPriorityError(null);
                }}
                onKeyDown={(e) => {
                  if (e.key === 'Enter') addPriority();
                }}
              />
              {priorityError && <FieldProblems id="new-priority-error" problems={[{ field: 'new-priority', message: priorityError }]} />}
              <datalist id="site-priorities">
                {view.sitePriorities.map((p) => (
                  <option key={p} value={p} />
                ))}
              </datalist>
            </div>
            <Button onClick={addPriority} testId="add-priority">
              Add
            </Button>
          </div>
        )}
      </section>

      <section style={section} aria-labelledby="checks-h" data-testid="checks">
        <h2 id="checks-h" style={h2}>
          Required sign-offs
        </h2>
        <p style={help}>Each check must be signed for a finished version to be ready. Renaming a check keeps its signatures; removing it keeps its history in the audit trail.</p>
        <FieldProblems id="checks-error" problems={problemsOf('checks')} />
        <ol style={{ listStyle: 'none', margin: 0, padding: 0, display: 'grid', gap: token('space.100') }}>
          {draft.checks.map((c, i) => {
            const name = checkName(c.label, i, c.id === null);
            const labelProblems = problemsOf(`checks.${c.key}.label`);
            const signerProblems = problemsOf(`checks.${c.key}.signers`);
            const first = i === 0;
            const last = i === draft.checks.length - 1;
            return (
            <li key={c.key} data-key={c.key} data-testid="check-setting" data-check-id={c.id ?? ''} style={{ display: 'grid', gap: token('space.075'), padding: token('space.150'), borderRadius: token('radius.medium'), border: `${token('border.width')} solid ${token('color.border')}` }}>
              <div style={{ display: 'flex', gap: token('space.100'), alignItems: 'center' }}>
                <span style={{ ...help, minWidth: '1.5em' }}>{i + 1}.</span>
                <div style={{ flex: 1, display: 'grid', gap: token('space.050') }}>
                  <Textfield
                    aria-label={`Label of sign-off ${i + 1}`}
                    testId="check-label-input"
                    value={c.label}
                    isReadOnly={ro}
                    isInvalid={labelProblems.length > 0}
                    aria-describedby={labelProblems.length > 0 ? `label-error-${c.key}` : undefined}
                    placeholder={c.id === null ? 'Name the new check, e.g. Security review' : undefined}
                    onChange={(e) => editCheck(i, { label: (e.target as HTMLInputElement).value })}
                  />
                  <FieldProblems id={`label-error-${c.key}`} problems={labelProblems} />
                </div>
                {!ro && (
                  <>
                    <span data-move="up" style={first ? dimmed : undefined}>
                      <Button appearance="subtle" spacing="compact" aria-disabled={first || undefined} aria-label={`Move ${name} up`} onClick={() => move(i, -1)}>
                        ↑
                      </Button>
                    </span>
                    <span data-move="down" style={last ? dimmed : undefined}>
                      <Button appearance="subtle" spacing="compact" aria-disabled={last || undefined} aria-label={`Move ${name} down`} onClick={() => move(i, 1)}>
                        ↓
                      </Button>
                    </span>
                    <Button appearance="subtle" spacing="compact" aria-label={`Remove ${name}`} onClick={() => removeCheck(i)}>
                      Remove
                    </Button>
                  </>
                )}
              </div>
              <fieldset style={{ border: 0, margin: 0, padding: `0 0 0 calc(1.5em + ${token('space.100')})`, display: 'grid', gap: token('space.050') }}>
                <legend style={{ ...help, padding: 0 }}>Who may sign {c.id ? <code style={{ marginInlineStart: token('space.050') }}>id {c.id}</code> : '(new)'}</legend>
                <label style={{ display: 'flex', gap: token('space.075'), alignItems: 'center' }}>
                  <input type="radio" name={`who-${c.key}`} checked={c.anyone} disabled={ro} onChange={() => editCheck(i, { anyone: true })} /> Anyone who can see the version
                </label>
                <label style={{ display: 'flex', gap: token('space.075'), alignItems: 'center' }}>
                  <input type="radio" name={`who-${c.key}`} checked={!c.anyone} disabled={ro} onChange={() => editCheck(i, { anyone: false })} /> Only these Atlassian account ids
                </label>
                {!c.anyone && (
                  <textarea
                    aria-label={`Account ids who may sign ${name}`}
                    data-testid="signers-input"
                    value={c.signers}
                    readOnly={ro}
                    rows={2}
                    placeholder="One account id per line"
                    aria-invalid={signerProblems.length > 0 || undefined}
                    aria-describedby={signerProblems.length > 0 ? `signers-error-${c.key}` : undefined}
                    onChange={(e) => editCheck(i, { signers: e.target.value })}
                    style={{ font: token('font.code'), color: token('color.text'), backgroundColor: token('color.background.input'), border: `${signerProblems.length > 0 ? token('border.width.selected') : token('border.width')} solid ${signerProblems.length > 0 ? token('color.border.danger') : token('color.border.input')}`, borderRadius: token('radius.small'), padding: token('space.075') }}
                  />
                )}
                <FieldProblems id={`signers-error-${c.key}`} problems={signerProblems} />
              </fieldset>
            </li>
            );
          })}
        </ol>
        {draft.checks.length === 0 && <p style={help}>No sign-off required: a finished version is ready as soon as its work is done.</p>}
        {!ro && (
          <div>
            <Button onClick={addCheck} testId="add-check">
              Add a sign-off
            </Button>
          </div>
        )}
      </section>

      <section style={section} aria-labelledby="sp-h">
        <h2 id="sp-h" style={h2}>
          Story-point field
        </h2>
        <p style={help}>Leave empty to discover it (“Story point estimate”, else the number field “Story Points”). Or give a field id such as customfield_10016, or a field name.</p>
        <div style={{ maxWidth: 420 }}>
          <Textfield
            testId="story-points"
            aria-label="Story-point field"
            placeholder="Discover automatically"
            value={draft.storyPointsField}
            isReadOnly={ro}
            isInvalid={problemsOf('storyPointsField').length > 0}
            aria-describedby={problemsOf('storyPointsField').length > 0 ? 'sp-error' : undefined}
            onChange={(e) => edit({ storyPointsField: (e.target as HTMLInputElement).value })}
          />
          <FieldProblems id="sp-error" problems={problemsOf('storyPointsField')} />
        </div>
      </section>

      <section style={section} aria-labelledby="fe-h">
        <h2 id="fe-h" style={h2}>
          Who may change the team framework
        </h2>
        <p style={help} id="fe-help">
          Account ids of the people who may replace or reset the career framework in Confluence, one per line. Leave empty for Jira administrators.
        </p>
        <div style={{ maxWidth: 420 }}>
          <textarea
            data-testid="framework-editors"
            aria-label="Framework editors (account ids)"
            aria-describedby={problemsOf('frameworkEditors').length > 0 ? 'fe-help fe-error' : 'fe-help'}
            aria-invalid={problemsOf('frameworkEditors').length > 0 || undefined}
            rows={3}
            placeholder="Jira administrators"
            value={draft.frameworkEditors}
            readOnly={ro}
            onChange={(e) => edit({ frameworkEditors: e.target.value })}
            style={{ width: '100%', boxSizing: 'border-box', font: token('font.code'), color: token('color.text'), backgroundColor: token('color.background.input'), border: `${problemsOf('frameworkEditors').length > 0 ? token('border.width.selected') : token('border.width')} solid ${problemsOf('frameworkEditors').length > 0 ? token('color.border.danger') : token('color.border.input')}`, borderRadius: token('radius.small'), padding: token('space.075') }}
          />
          <FieldProblems id="fe-error" problems={problemsOf('frameworkEditors')} />
        </div>
      </section>

      {saveError &&
        (saveError.code === 'BAD_INPUT' || saveError.code === 'CONFLICT' ? (
          <div role="alert" data-testid="error-state" data-code={saveError.code} tabIndex={-1}>
            <SectionMessage appearance="warning" title="Not saved">
              {saveError.message.split('\n').map((line) => (
                <p key={line}>{line}</p>
              ))}
            </SectionMessage>
          </div>
        ) : (
          <ErrorState code={saveError.code} message={saveError.message} reason={saveError.reason} />
        ))}
      {problems.length > 0 && (
        <div role="alert" data-testid="problems-summary">
          <SectionMessage appearance="warning" title="Not saved">
            <p>
              {problems.length === 1 ? 'One value needs' : `${problems.length} values need`} fixing: see the message{problems.length === 1 ? '' : 's'} next to {problems.length === 1 ? 'it' : 'them'} above.
            </p>
          </SectionMessage>
        </div>
      )}
      {saved && (
        <div data-testid="saved" role="status">
          <SectionMessage appearance="success">
            <p>Saved. The gadget and the panel use these settings from now on.</p>
          </SectionMessage>
        </div>
      )}
      {!ro && (
        <div style={{ display: 'flex', gap: token('space.100'), paddingTop: token('space.200') }}>
          <Button appearance="primary" onClick={() => void save()} isLoading={saving} testId="save-settings">
            Save settings
          </Button>
          <Button appearance="subtle" onClick={() => (setDraft(draftOf(view)), setSaveError(null), setSaved(false), setAttempted(false), setPriorityError(null))}>
            Discard changes
          </Button>
        </div>
      )}
    </div>,
  );
}
