/** The macro's error states: bad JQL, no permission, no Jira access, each a clear message in place. */
import { SectionMessage } from '../../../shared/components/section-message';
import type { ApiError } from '../../../shared/api';
import { ErrorState } from '../../../shared/components/error-state';
import { noSuchProjectSentence } from '../../../shared/jql-problem';
import { muted } from './styles';

/** Bad JQL, no permission, no Jira access: each a clear message in place (SPEC: never a bare error). */
export function Problem({ error, jql }: { error: ApiError; jql: string }) {
  if (error.code === 'FORBIDDEN') {
    return (
      <div role="alert" data-testid="error-state" data-code={error.code}>
        <SectionMessage appearance="information" title="Shipshape needs to read Jira as you">
          <p>
            This roadmap shows only what you can see in Jira, so it reads Jira with your access. Jira did not let it read as you: either you do
            not have access to Jira on this site, or you have not allowed Shipshape to read Jira for you yet.
          </p>
          <p>Ask your Jira admin for access to the projects on this roadmap, then reload the page. Jira said: {error.message}</p>
        </SectionMessage>
      </div>
    );
  }
  const noSuchProject = error.code === 'BAD_INPUT' ? noSuchProjectSentence(error.message) : null;
  if (noSuchProject) {
    // Jira answers "does not exist" for a project this viewer may not browse, too: most likely that.
    return (
      <div role="alert" data-testid="error-state" data-code={error.code} data-reason="no-such-project">
        <SectionMessage appearance="information" title={noSuchProject}>
          <p>This roadmap shows only what you can see in Jira. Ask the page owner or a Jira admin.</p>
          <p style={muted}>
            Jira said: {error.message} Query: <code>{jql}</code>
          </p>
        </SectionMessage>
      </div>
    );
  }
  if (error.code === 'BAD_INPUT') {
    return (
      <div role="alert" data-testid="error-state" data-code={error.code}>
        <SectionMessage appearance="warning" title="Jira could not run this roadmap’s query">
          <p>
            <code>{jql}</code>
          </p>
          <p>Jira said: {error.message}</p>
          <p>If you can edit this page, edit the macro to fix the query; if not, tell the page owner.</p>
        </SectionMessage>
      </div>
    );
  }
  return <ErrorState code={error.code} message={error.message} />;
}

