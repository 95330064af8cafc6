/**
 * The release readiness dashboard gadget (SPEC §3, §7): a thin shell. `useReadiness` reads the
 * configuration and the report; `sections/` draw it (report, history since the baseline,
 * sign-offs); errors that need words of their own are explained here.
 */
import { SectionMessage } from '../../shared/components/section-message';
import { token } from '@atlaskit/tokens';
import type { ApiError } from '../../shared/api';
import { LoadingState } from '../../shared/components/loading-state';
import { EmptyState } from '../../shared/components/empty-state';
import { ErrorState } from '../../shared/components/error-state';
import type { ReadinessGadgetConfig } from '../../../src/contract';
import { Report } from './sections/report';
import { useReadiness } from './use-readiness';

export function ReadinessGadget() {
  const state = useReadiness();
  return (
    <main style={{ padding: token('space.100'), color: token('color.text'), font: token('font.body'), backgroundColor: token('elevation.surface'), minHeight: '100vh', boxSizing: 'border-box' }}>
      {state.kind === 'loading' && <LoadingState label="Loading release readiness…" />}
      {state.kind === 'unconfigured' && (
        <EmptyState title="Choose a version to follow">
          <p style={{ margin: 0 }}>Edit this gadget to pick a project and a version, or let it follow the project’s next unreleased version.</p>
        </EmptyState>
      )}
      {state.kind === 'error' && <GadgetError error={state.error} config={state.config} projectVisible={state.projectVisible} />}
      {state.kind === 'ready' && <Report initial={state.data} config={state.config} />}
    </main>
  );
}

function GadgetError({ error, config, projectVisible }: { error: ApiError; config: ReadinessGadgetConfig | null; projectVisible: boolean | null }) {
  if (error.code === 'NOT_FOUND' && config && projectVisible === false) {
    return (
      <div role="alert" data-testid="no-access">
        <SectionMessage appearance="warning" title={`You can’t see project ${config.projectKey} in Jira`}>
          <p>Ask a Jira admin for access to project {config.projectKey} (the Browse projects permission). This gadget shows only what Jira lets you see.</p>
          <p>If the project was deleted or renamed, edit this gadget to pick another project.</p>
        </SectionMessage>
      </div>
    );
  }
  if (error.code === 'NOT_FOUND' && config?.mode === 'version' && projectVisible === true) {
    return (
      <div role="alert" data-testid="version-gone">
        <SectionMessage appearance="warning" title={`The version ${config.versionName ? `“${config.versionName}”` : config.versionId} is no longer available`}>
          <p>{error.message}</p>
          <p>Edit this gadget to pick another version, or to follow the next unreleased version of {config.projectKey}.</p>
        </SectionMessage>
      </div>
    );
  }
  return <ErrorState code={error.code} message={error.message} />;
}

