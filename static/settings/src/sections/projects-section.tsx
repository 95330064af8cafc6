import Button from '@atlaskit/button/new';
import { token } from '@atlaskit/tokens';
import { FieldLabel } from '../../../shared/components/field-label';
import { ProjectPicker } from '../../../shared/picker/project-picker';
import type { DraftProject, Problem } from '../problems';
import { ChecksEditor } from './checks-editor';
import { FieldProblems, h2Style, h3Style, helpStyle, sectionStyle } from './field-problems';
import { PrioritiesEditor } from './priorities-editor';

export interface ProjectsProps {
  projects: DraftProject[];
  sitePriorities: string[];
  readOnly: boolean;
  problemsOf: (field: string) => Problem[];
  onAdd: (project: { id: string; key: string; name: string }) => void;
  onChange: (key: string, patch: Partial<DraftProject>) => void;
  onRemove: (key: string) => void;
  focus: (selector: string) => void;
}

function OwnOrSite({ name, own, readOnly, what, onChange }: { name: string; own: boolean; readOnly: boolean; what: string; onChange: (own: boolean) => void }) {
  return (
    <div role="radiogroup" aria-label={`${what} of ${name}`} style={{ display: 'flex', flexWrap: 'wrap', gap: token('space.200') }}>
      <label style={{ display: 'flex', gap: token('space.075'), alignItems: 'center' }}>
        <input type="radio" checked={!own} disabled={readOnly} onChange={() => onChange(false)} /> The site’s {what.toLowerCase()}
      </label>
      <label style={{ display: 'flex', gap: token('space.075'), alignItems: 'center' }}>
        <input type="radio" checked={own} disabled={readOnly} onChange={() => onChange(true)} data-testid={`own-${what === 'Blocker priorities' ? 'priorities' : 'checks'}`} /> Its own
      </label>
    </div>
  );
}

/**
 * Projects whose blocker priorities or sign-offs differ from the site's (a mobile team and a
 * platform team do not sign the same checks). A project not listed uses the site's settings.
 */
export function ProjectsSection({ projects, sitePriorities, readOnly: ro, problemsOf, onAdd, onChange, onRemove, focus }: ProjectsProps) {
  return (
    <section style={sectionStyle} aria-labelledby="projects-h" data-testid="project-settings">
      <h2 id="projects-h" style={h2Style}>
        Projects with their own settings
      </h2>
      <p style={helpStyle}>A project listed here can have its own blocker priorities, its own sign-offs, or both. Every other project uses the settings above.</p>
      {projects.length === 0 && <p style={helpStyle}>None: every project uses the settings above.</p>}
      <ul style={{ listStyle: 'none', margin: 0, padding: 0, display: 'grid', gap: token('space.200') }}>
        {projects.map((p) => {
          const prefix = `projects.${p.key}.`;
          const name = `${p.projectName} (${p.projectKey})`;
          return (
            <li key={p.key} data-testid="project-setting" data-project-key={p.projectKey} style={{ display: 'grid', gap: token('space.150'), padding: token('space.200'), borderRadius: token('radius.medium'), border: `${token('border.width')} solid ${token('color.border')}` }}>
              <div style={{ display: 'flex', alignItems: 'center', gap: token('space.100') }}>
                <h3 style={{ ...h3Style, flex: 1 }}>{name}</h3>
                {!ro && (
                  <Button appearance="subtle" onClick={() => onRemove(p.key)} aria-label={`Remove the settings of ${name}`} testId="remove-project">
                    Use the site’s settings
                  </Button>
                )}
              </div>
              <FieldProblems id={`project-error-${p.key}`} problems={problemsOf(`projects.${p.key}`)} />
              <div style={{ display: 'grid', gap: token('space.100') }}>
                <h4 style={{ margin: 0, font: token('font.body'), fontWeight: token('font.weight.semibold') }}>Blocker priorities</h4>
                <OwnOrSite name={name} own={p.ownPriorities} readOnly={ro} what="Blocker priorities" onChange={(own) => onChange(p.key, { ownPriorities: own })} />
                {p.ownPriorities && (
                  <PrioritiesEditor idPrefix={`p-${p.key}-`} priorities={p.priorities} sitePriorities={sitePriorities} readOnly={ro} problems={problemsOf(`${prefix}priorities`)} onChange={(priorities) => onChange(p.key, { priorities })} focus={focus} />
                )}
              </div>
              <div style={{ display: 'grid', gap: token('space.100') }}>
                <h4 style={{ margin: 0, font: token('font.body'), fontWeight: token('font.weight.semibold') }}>Required sign-offs</h4>
                <OwnOrSite name={name} own={p.ownChecks} readOnly={ro} what="Sign-offs" onChange={(own) => onChange(p.key, { ownChecks: own })} />
                {p.ownChecks && <ChecksEditor prefix={prefix} checks={p.checks} readOnly={ro} problemsOf={problemsOf} onChange={(checks) => onChange(p.key, { checks })} focus={focus} />}
              </div>
            </li>
          );
        })}
      </ul>
      {!ro && (
        <div style={{ maxWidth: 420 }}>
          <FieldLabel htmlFor="add-project">Give a project its own settings</FieldLabel>
          <ProjectPicker id="add-project" testId="add-project" selectedKey={null} selectedText="" exclude={projects.map((p) => p.projectKey)} onPick={(project) => onAdd(project)} />
        </div>
      )}
    </section>
  );
}
