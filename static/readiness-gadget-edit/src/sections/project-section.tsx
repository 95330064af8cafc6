import { token } from '@atlaskit/tokens';
import { FieldLabel } from '../../../shared/components/field-label';
import type { ApiError } from '../../../shared/api';
import { ErrorState } from '../../../shared/components/error-state';
import { ProjectPicker, projectText } from '../../../shared/picker/project-picker';
import type { ProjectVersions } from '../../../../src/contract';

/** The gadget's project: picked from the projects the viewer can browse; its versions load on pick. */
export function ProjectSection({ projectKey, versions, error, loading, onPick }: { projectKey: string; versions: ProjectVersions | null; error: ApiError | null; loading: boolean; onPick: (key: string) => void }) {
  const shown = versions && versions.project.key === projectKey ? projectText(versions.project) : projectKey;
  return (
    <div>
      <FieldLabel htmlFor="project">Project</FieldLabel>
      <ProjectPicker
        id="project"
        testId="project"
        selectedKey={projectKey || null}
        selectedText={shown}
        onPick={(p) => onPick(p.key)}
        invalid={error !== null}
        describedBy={error ? 'project-error' : versions ? 'project-name' : undefined}
      />
      {loading && (
        <p role="status" style={{ margin: `${token('space.050')} 0 0`, font: token('font.body.small'), color: token('color.text.subtle') }}>
          Loading the versions of {projectKey}…
        </p>
      )}
      {versions && !loading && (
        <p id="project-name" data-testid="project-name" style={{ margin: `${token('space.050')} 0 0`, font: token('font.body.small'), color: token('color.text.subtle') }}>
          {versions.project.name} · {versions.versions.length} versions
        </p>
      )}
      {error && (
        <div id="project-error" style={{ marginTop: token('space.100') }}>
          <ErrorState code={error.code} message={error.message} reason={error.reason} />
        </div>
      )}
    </div>
  );
}
