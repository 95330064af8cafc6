import { useEffect, useState } from 'react';
import { ApiError, toApiError } from '../../shared/api';
import type { SettingsView } from '../../../src/contract';
import { getSettings, saveSettings } from '../../shared/readiness-api';
import { draftOf, newProjectDraft } from './draft';
import { draftProblems, draftSettings, type Draft, type DraftProject } from './problems';

/** The selector of the field a problem is about, to move focus to the first one. */
function fieldSelector(field: string): string {
  const m = /^(?:projects\.([^.]+)\.)?checks\.([^.]+)\.(label|signers)$/.exec(field);
  if (m) return m[3] === 'label' ? `[data-key="${m[2]}"] input[data-testid=check-label-input]` : `[data-key="${m[2]}"] [data-testid=signers-search] input`;
  if (field === 'storyPointsField') return 'input[data-testid=story-points]';
  if (field === 'frameworkEditors') return '#framework-editors-search';
  return '[data-testid=save-settings]';
}

/** The settings page's state: what is saved, the draft being edited, saving, and where focus goes next. */
export function useSettings() {
  const [view, setView] = useState<SettingsView | null>(null);
  const [loadError, setLoadError] = useState<ApiError | null>(null);
  const [draft, setDraft] = useState<Draft | null>(null);
  const [saving, setSaving] = useState(false);
  const [saveError, setSaveError] = useState<ApiError | null>(null);
  const [saved, setSaved] = useState(false);
  /** Set by a save attempt: from then on problems show (and update) next to their fields. */
  const [attempted, setAttempted] = useState(false);
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

  const edit = (patch: Partial<Draft>) => {
    setSaved(false);
    setDraft((d) => (d ? { ...d, ...patch } : d));
  };
  const editProject = (key: string, patch: Partial<DraftProject>) => {
    setSaved(false);
    setDraft((d) => (d ? { ...d, projects: d.projects.map((p) => (p.key === key ? { ...p, ...patch } : p)) } : d));
  };
  const addProject = (project: { id: string; key: string; name: string }) => {
    if (!draft) return;
    const p = newProjectDraft(draft, project);
    edit({ projects: [...draft.projects, p] });
    setFocusNext(`[data-project-key="${p.projectKey}"] [data-testid=own-priorities]`);
  };
  const removeProject = (key: string) => {
    if (!draft) return;
    edit({ projects: draft.projects.filter((p) => p.key !== key) });
    setFocusNext('#add-project');
  };

  const problems = attempted && draft ? draftProblems(draft) : [];

  const save = async () => {
    if (!view || !draft) return;
    setAttempted(true);
    setSaveError(null);
    setSaved(false);
    const found = draftProblems(draft);
    if (found.length > 0) return setFocusNext(fieldSelector(found[0]!.field));
    setSaving(true);
    try {
      const v = await saveSettings({ revision: view.revision, settings: draftSettings(draft) });
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

  const discard = () => {
    if (!view) return;
    setDraft(draftOf(view));
    setSaveError(null);
    setSaved(false);
    setAttempted(false);
  };

  return { view, loadError, draft, saving, saveError, saved, problems, edit, editProject, addProject, removeProject, save, discard, focus: setFocusNext };
}
