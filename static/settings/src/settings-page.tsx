/**
 * Shipshape settings (jira:adminPage): blocker priorities, required sign-offs (add, rename, remove,
 * reorder) with who may sign each (picked by name), the story-point field override, and projects
 * with their own priorities or sign-offs. The server validates and refuses bad values with the
 * reason, shown here as is; ids stay with their check across renames.
 */
import type { ReactNode } from 'react';
import Button from '@atlaskit/button/new';
import { token } from '@atlaskit/tokens';
import { SectionMessage } from '../../shared/components/section-message';
import { LoadingState } from '../../shared/components/loading-state';
import { ErrorState } from '../../shared/components/error-state';
import type { SettingsView } from '../../../src/contract';
import { ChecksEditor } from './sections/checks-editor';
import { h2Style, helpStyle, sectionStyle } from './sections/field-problems';
import { PrioritiesEditor } from './sections/priorities-editor';
import { ProjectsSection } from './sections/projects-section';
import { FrameworkEditorsSection } from './sections/framework-editors-section';
import { StoryPointsSection } from './sections/story-points-section';
import { useSettings } from './use-settings';

/** Who saved, by name; the account id only when no name was recorded. */
function savedBy(v: SettingsView): string {
  if (v.updatedByName) return v.updatedByName;
  if (v.updatedBy && v.updatedBy === v.viewerAccountId) return 'you';
  return v.updatedBy ? `someone (id ${v.updatedBy})` : 'someone';
}

export function SettingsPage() {
  const s = useSettings();
  const wrap = (body: ReactNode) => (
    <main style={{ maxWidth: 880, padding: token('space.300'), color: token('color.text'), font: token('font.body'), backgroundColor: token('elevation.surface'), minHeight: '100vh', boxSizing: 'border-box' }}>
      <h1 style={{ margin: `0 0 ${token('space.200')}`, font: token('font.heading.large') }}>Shipshape settings</h1>
      {body}
    </main>
  );
  if (s.loadError) return wrap(<ErrorState code={s.loadError.code} message={s.loadError.message} reason={s.loadError.reason} />);
  const { view, draft, problems } = s;
  if (!view || !draft) return wrap(<LoadingState label="Loading settings…" />);
  const ro = !view.canEdit;
  const problemsOf = (field: string) => problems.filter((p) => p.field === field);

  return wrap(
    <div style={{ display: 'grid' }}>
      <p style={{ ...helpStyle, marginBottom: token('space.200') }} data-testid="settings-meta">
        {view.isDefault ? 'Showing the defaults: nothing has been saved yet.' : `Revision ${view.revision}, saved ${view.updatedAt?.slice(0, 16).replace('T', ' ')} UTC by ${savedBy(view)}.`}
      </p>
      {ro && (
        <SectionMessage appearance="information" title="Read only">
          <p data-testid="cannot-edit">{view.cannotEditReason ?? 'Only Jira administrators can change Shipshape settings.'}</p>
        </SectionMessage>
      )}

      <section style={sectionStyle} aria-labelledby="prio-h" data-testid="priorities">
        <h2 id="prio-h" style={h2Style}>
          Blocker priorities
        </h2>
        <p style={helpStyle}>An unfinished issue with one of these priorities is a blocker: the version is not ready while any is open. Names match case-insensitively.</p>
        <PrioritiesEditor idPrefix="" priorities={draft.priorities} sitePriorities={view.sitePriorities} readOnly={ro} problems={problemsOf('priorities')} onChange={(priorities) => s.edit({ priorities })} focus={s.focus} />
      </section>

      <section style={sectionStyle} aria-labelledby="checks-h" data-testid="checks">
        <h2 id="checks-h" style={h2Style}>
          Required sign-offs
        </h2>
        <p style={helpStyle}>Each check must be signed for a finished version to be ready. Renaming a check keeps its signatures; removing it keeps its history in the audit trail.</p>
        <ChecksEditor prefix="" checks={draft.checks} readOnly={ro} problemsOf={problemsOf} onChange={(checks) => s.edit({ checks })} focus={s.focus} />
      </section>

      <StoryPointsSection value={draft.storyPointsField} readOnly={ro} problems={problemsOf('storyPointsField')} onChange={(storyPointsField) => s.edit({ storyPointsField })} />

      <FrameworkEditorsSection value={draft.frameworkEditors} readOnly={ro} problems={problemsOf('frameworkEditors')} onChange={(frameworkEditors) => s.edit({ frameworkEditors })} />

      <ProjectsSection
        projects={draft.projects}
        sitePriorities={view.sitePriorities}
        readOnly={ro}
        problemsOf={problemsOf}
        onAdd={s.addProject}
        onChange={s.editProject}
        onRemove={s.removeProject}
        focus={s.focus}
      />

      {s.saveError &&
        (s.saveError.code === 'BAD_INPUT' || s.saveError.code === 'CONFLICT' ? (
          <div role="alert" data-testid="error-state" data-code={s.saveError.code} tabIndex={-1}>
            <SectionMessage appearance="warning" title="Not saved">
              {s.saveError.message.split('\n').map((line) => (
                <p key={line}>{line}</p>
              ))}
            </SectionMessage>
          </div>
        ) : (
          <ErrorState code={s.saveError.code} message={s.saveError.message} reason={s.saveError.reason} />
        ))}
      {problems.length > 0 && (
        <div role="alert" data-testid="problems-summary">
          <SectionMessage appearance="warning" title="Not saved">
            <p>
              {problems.length === 1 ? 'One value needs' : `${problems.length} values need`} fixing: see the message{problems.length === 1 ? '' : 's'} next to {problems.length === 1 ? 'it' : 'them'} above.
            </p>
            {problemsOf('settings').map((p) => (
              <p key={p.message}>{p.message}</p>
            ))}
          </SectionMessage>
        </div>
      )}
      {s.saved && (
        <div data-testid="saved" role="status">
          <SectionMessage appearance="success">
            <p>Saved. The gadget and the panel use these settings from now on.</p>
          </SectionMessage>
        </div>
      )}
      {!ro && (
        <div style={{ display: 'flex', gap: token('space.100'), paddingTop: token('space.200') }}>
          <Button appearance="primary" onClick={() => void s.save()} isLoading={s.saving} testId="save-settings">
            Save settings
          </Button>
          <Button appearance="subtle" onClick={s.discard}>
            Discard changes
          </Button>
        </div>
      )}
    </div>,
  );
}
