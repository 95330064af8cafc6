/**
 * Publish to Confluence: the framework as an overview page and a page per level in a space of the
 * viewer's choice, written as the viewer (so Confluence's own permissions apply). Publishing again
 * updates the same pages (a new version each), never duplicates them.
 */
import { useState } from 'react';
import Button from '@atlaskit/button/new';
import { Lozenge } from '../../shared/components/lozenge';
import { token } from '@atlaskit/tokens';
import type { PublishResponse, SpaceOption } from '../../../src/contract';
import { ApiError, toApiError } from '../../shared/api';
import { publishToConfluence } from '../../shared/competency-api';
import { ErrorState } from '../../shared/components/error-state';
import { SpacePicker } from '../../shared/picker/space-picker';
import type { AppContext } from './context';
import { OutLink } from './export-tools';
import type { Framework } from '../../shared/competency/model';
import { Card, Field, formatDateTime, H3, text, ColumnHeads, Page } from '../../shared/competency/ui';

export function PublishPage({ ctx, framework }: { ctx: AppContext; framework: Framework }) {
  const [spaceKey, setSpaceKey] = useState(ctx.spaceKey ?? '');
  const [space, setSpace] = useState<SpaceOption | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);
  const [result, setResult] = useState<PublishResponse | null>(null);

  const publish = async () => {
    const key = spaceKey.trim();
    if (!key) {
      setError(new ApiError('BAD_INPUT', 'Choose the Confluence space to publish to: type part of its name.'));
      return;
    }
    setBusy(true);
    setError(null);
    try {
      setResult(await publishToConfluence({ spaceKey: key }));
    } catch (err) {
      setError(toApiError(err));
      setResult(null);
    } finally {
      setBusy(false);
    }
  };

  return (
    <Page testId="publish" title="Publish to Confluence" sub="Make the framework readable by everyone in a space, as ordinary Confluence pages.">
      <Card labelledBy="publish-h">
        <H3 id="publish-h">Where to publish</H3>
        <p style={{ margin: 0, ...text.subtle }}>
          Creates “Career framework: {framework.name}” under the space’s home page and one page per level ({framework.levels.map((l) => l.id).join(', ')}) under it. Publishing again updates
          the same pages; edits made to them in Confluence are replaced.
        </p>
        <form
          onSubmit={(e) => {
            e.preventDefault();
            void publish();
          }}
          style={{ display: 'flex', flexWrap: 'wrap', gap: token('space.150'), alignItems: 'end' }}
        >
          <Field id="space-key" label="Space" help={ctx.spaceKey ? `This page is in space ${ctx.spaceKey}.` : 'Type part of the space’s name or key.'} style={{ flex: '0 1 24em' }}>
            <SpacePicker
              id="space-key"
              testId="space-key"
              selectedKey={spaceKey || null}
              selectedText={space ? `${space.name} (${space.key})` : spaceKey}
              onPick={(s) => {
                setSpace(s);
                setSpaceKey(s.key);
                setError(null);
              }}
            />
          </Field>
          <div style={{ paddingBottom: 20 }}>
            <Button type="submit" appearance="primary" isLoading={busy} testId="publish-submit">
              Publish
            </Button>
          </div>
        </form>
      </Card>
      <div aria-live="polite">
        {error && <ErrorState code={error.code} message={error.message} reason={error.reason} />}
        {result && <Published result={result} />}
      </div>
    </Page>
  );
}

function Published({ result }: { result: PublishResponse }) {
  const created = result.pages.filter((p) => p.action === 'created').length;
  return (
    <Card labelledBy="published-h" testId="published">
      <H3 id="published-h">
        Published to{' '}
        {result.space.url ? <OutLink href={result.space.url}>{result.space.name}</OutLink> : result.space.name} ({result.space.key})
      </H3>
      <p role="status" style={{ margin: 0, ...text.subtle }}>
        {created} created, {result.pages.length - created} updated · {formatDateTime(result.publishedAt)}
      </p>
      <table className="cf-table">
        <caption className="cf-sr-only">Pages published</caption>
        <ColumnHeads columns={['Page', 'What', 'Result', 'Version']} />
        <tbody>
          {result.pages.map((p) => (
            <tr key={p.id} data-testid="published-page" data-action={p.action} data-role={p.role}>
              <td>{p.url ? <OutLink href={p.url} testId="published-link">{p.title}</OutLink> : p.title}</td>
              <td>{p.role === 'overview' ? 'Overview' : `Level ${p.levelId}`}</td>
              <td>
                <Lozenge appearance={p.action === 'created' ? 'new' : 'inprogress'}>{p.action}</Lozenge>
              </td>
              <td>{p.version}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </Card>
  );
}
