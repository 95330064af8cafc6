/**
 * Shipshape settings (jira:adminPage): blocker priorities, required sign-offs (add, rename, remove,
 * reorder) with who may sign each, and the story-point field override. The server validates and
 * refuses bad values with the reason, shown here as is; ids stay with their check across renames.
 */
import { useEffect, useState } from 'react';
import Button from '@atlaskit/button/new';
import Textfield from '@atlaskit/textfield';
import SectionMessage from '@atlaskit/section-message';
import { token } from '@atlaskit/tokens';
import { ApiError, toApiError } from '../../shared/api';
import { LoadingState } from '../../shared/components/loading-state';
import { ErrorState } from '../../shared/components/error-state';
import type { SettingsView } from '../../../src/contract';
import { getSettings, saveSettings } from '../../shared/readiness-api';

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
}

let keySeq = 0;
const nextKey = () => `k${++keySeq}`;

function draftOf(v: SettingsView): Draft {
  return {
    priorities: [...v.settings.blockerPriorities],
    checks: v.settings.checks.map((c) => ({ id: c.id, key: nextKey(), label: c.label, anyone: c.signers === 'anyone', signers: c.signers === 'anyone' ? '' : c.signers.join('\n') })),
    storyPointsField: v.settings.storyPointsField ?? '',
  };
}

const splitIds = (text: string): string[] => text.split(/[\s,;]+/).map((s) => s.trim()).filter(Boolean);

export function SettingsPage() {
  const [view, setView] = useState<SettingsView | null>(null);
  const [loadError, setLoadError] = useState<ApiError | null>(null);
  const [draft, setDraft] = useState<Draft | null>(null);
  const [newPriority, setNewPriority] = useState('');
  const [saving, setSaving] = useState(false);
  const [saveError, setSaveError] = useState<ApiError | null>(null);
  const [saved, setSaved] = useState(false);

  useEffect(() => {
    getSettings().then(
      (v) => {
        setView(v);
        setDraft(draftOf(v));
      },
      (err: unknown) => setLoadError(toApiError(err)),
    );
  }, []);

  const wrap = (body: React.ReactNode) => (
    <main style={{ maxWidth: 880, padding: token('space.300'), color: token('color.text'), font: token('font.body'), backgroundColor: token('elevation.surface'), minHeight: '100vh', boxSizing: 'border-box' }}>
      <h1 style={{ margin: `0 0 ${token('space.200')}`, font: token('font.heading.large') }}>Shipshape settings</h1>
      {body}
    </main>
  );
  if (loadError) return wrap(<ErrorState code={loadError.code} message={loadError.message} />);
  if (!view || !draft) return wrap(<LoadingState label="Loading settings…" />);

  const ro = !view.canEdit;
  const edit = (patch: Partial<Draft>) => {
    setSaved(false);
    setDraft({ ...draft, ...patch });
  };
  const editCheck = (i: number, patch: Partial<DraftCheck>) => edit({ checks: draft.checks.map((c, j) => (j === i ? { ...c, ...patch } : c)) });
  const move = (i: number, by: -1 | 1) => {
    const checks = [...draft.checks];
    const [c] = checks.splice(i, 1);
    checks.splice(i + by, 0, c!);
    edit({ checks });
  };
  const addPriority = () => {
    const p = newPriority.trim();
    if (!p) return;
    edit({ priorities: [...draft.priorities, p] });
    setNewPriority('');
  };

  const save = async () => {
    setSaving(true);
    setSaveError(null);
    try {
      const v = await saveSettings({
        revision: view.revision,
        settings: {
          blockerPriorities: draft.priorities,
          checks: draft.checks.map((c) => ({ id: c.id, label: c.label, signers: c.anyone ? 'anyone' : splitIds(c.signers) })),
          storyPointsField: draft.storyPointsField.trim() === '' ? null : draft.storyPointsField.trim(),
        },
      });
      setView(v);
      setDraft(draftOf(v));
      setSaved(true);
    } catch (err) {
      setSaveError(toApiError(err));
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
        {view.isDefault ? 'Showing the defaults: nothing has been saved yet.' : `Revision ${view.revision}, saved ${view.updatedAt?.slice(0, 16).replace('T', ' ')} UTC by ${view.updatedBy}.`} Your account id:{' '}
        <code data-testid="my-account-id">{view.viewerAccountId}</code>
      </p>
      {ro && (
        <SectionMessage appearance="information" title="Read only">
          <p>Settings can be changed only from this page in Jira’s app settings (Jira admins).</p>
        </SectionMessage>
      )}

      <section style={section} aria-labelledby="prio-h" data-testid="priorities">
        <h2 id="prio-h" style={h2}>
          Blocker priorities
        </h2>
        <p style={help}>An unfinished issue with one of these priorities is a blocker: the version is not ready while any is open. Names match case-insensitively.</p>
        <ul style={{ display: 'flex', flexWrap: 'wrap', gap: token('space.075'), listStyle: 'none', margin: 0, padding: 0 }}>
          {draft.priorities.map((p, i) => (
            <li key={`${p}-${i}`} data-testid="priority" style={{ display: 'inline-flex', alignItems: 'center', gap: token('space.050'), padding: `${token('space.025')} ${token('space.050')} ${token('space.025')} ${token('space.100')}`, borderRadius: token('radius.full'), backgroundColor: token('color.background.neutral') }}>
              {p}
              {!ro && (
                <Button appearance="subtle" spacing="compact" aria-label={`Remove ${p}`} onClick={() => edit({ priorities: draft.priorities.filter((_, j) => j !== i) })}>
                  ×
                </Button>
              )}
            </li>
          ))}
          {draft.priorities.length === 0 && <li style={help}>None: nothing counts as a blocker.</li>}
        </ul>
        {!ro && (
          <div style={{ display: 'flex', gap: token('space.100'), maxWidth: 420 }}>
            <div style={{ flex: 1 }}>
              <Textfield
                testId="new-priority"
                aria-label="Add a blocker priority"
                placeholder="Add a priority"
                value={newPriority}
                list="site-priorities"
                onChange={(e) => setNewPriority((e.target as HTMLInputElement).value)}
                onKeyDown={(e) => {
                  if (e.key === 'Enter') addPriority();
                }}
              />
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
        <ol style={{ listStyle: 'none', margin: 0, padding: 0, display: 'grid', gap: token('space.100') }}>
          {draft.checks.map((c, i) => (
            <li key={c.key} data-testid="check-setting" data-check-id={c.id ?? ''} style={{ display: 'grid', gap: token('space.075'), padding: token('space.150'), borderRadius: token('radius.medium'), border: `${token('border.width')} solid ${token('color.border')}` }}>
              <div style={{ display: 'flex', gap: token('space.100'), alignItems: 'center' }}>
                <span style={{ ...help, minWidth: '1.5em' }}>{i + 1}.</span>
                <div style={{ flex: 1 }}>
                  <Textfield aria-label={`Label of sign-off ${i + 1}`} testId="check-label-input" value={c.label} isReadOnly={ro} onChange={(e) => editCheck(i, { label: (e.target as HTMLInputElement).value })} />
                </div>
                {!ro && (
                  <>
                    <Button appearance="subtle" spacing="compact" isDisabled={i === 0} aria-label={`Move ${c.label} up`} onClick={() => move(i, -1)}>
                      ↑
                    </Button>
                    <Button appearance="subtle" spacing="compact" isDisabled={i === draft.checks.length - 1} aria-label={`Move ${c.label} down`} onClick={() => move(i, 1)}>
                      ↓
                    </Button>
                    <Button appearance="subtle" spacing="compact" aria-label={`Remove ${c.label}`} onClick={() => edit({ checks: draft.checks.filter((_, j) => j !== i) })}>
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
                    aria-label={`Account ids who may sign ${c.label}`}
                    data-testid="signers-input"
                    value={c.signers}
                    readOnly={ro}
                    rows={2}
                    placeholder="One account id per line"
                    onChange={(e) => editCheck(i, { signers: e.target.value })}
                    style={{ font: token('font.code'), color: token('color.text'), backgroundColor: token('color.background.input'), border: `${token('border.width')} solid ${token('color.border.input')}`, borderRadius: token('radius.small'), padding: token('space.075') }}
                  />
                )}
              </fieldset>
            </li>
          ))}
        </ol>
        {draft.checks.length === 0 && <p style={help}>No sign-off required: a finished version is ready as soon as its work is done.</p>}
        {!ro && (
          <div>
            <Button onClick={() => edit({ checks: [...draft.checks, { id: null, key: nextKey(), label: '', anyone: true, signers: '' }] })} testId="add-check">
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
          <Textfield testId="story-points" aria-label="Story-point field" placeholder="Discover automatically" value={draft.storyPointsField} isReadOnly={ro} onChange={(e) => edit({ storyPointsField: (e.target as HTMLInputElement).value })} />
        </div>
      </section>

      {saveError &&
        (saveError.code === 'BAD_INPUT' ? (
          <div role="alert" data-testid="error-state" data-code={saveError.code}>
            <SectionMessage appearance="warning" title="Not saved">
              <p>{saveError.message}</p>
            </SectionMessage>
          </div>
        ) : (
          <ErrorState code={saveError.code} message={saveError.message} />
        ))}
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
          <Button appearance="subtle" onClick={() => (setDraft(draftOf(view)), setSaveError(null), setSaved(false))}>
            Discard changes
          </Button>
        </div>
      )}
    </div>,
  );
}
