/** The readiness of each of the issue's fix versions (SPEC §3). */
import { token } from '@atlaskit/tokens';
import type { IssueRelease, IssueReleases } from '../../../../src/contract';
import { router } from '../../../shared/bridge';
import type { Load } from '../../../shared/use-load';
import { formatPercent } from '../../../shared/format';
import { LoadingState } from '../../../shared/components/loading-state';
import { EmptyState } from '../../../shared/components/empty-state';
import { ErrorState } from '../../../shared/components/error-state';
import { VerdictLozenge } from '../../../shared/components/verdict-lozenge';
import { subheading } from './styles';

export function ReleaseSection({ issueKey, state }: { issueKey: string; state: Load<IssueReleases> }) {
  return (
    <section aria-labelledby="releases-heading" data-testid="releases" style={{ display: 'grid', gap: token('space.100') }}>
      <h3 id="releases-heading" style={subheading}>
        Releases
      </h3>
      {state.kind === 'loading' && <LoadingState label="Loading release readiness…" />}
      {state.kind === 'error' && <ErrorState code={state.error.code} message={state.error.message} />}
      {state.kind === 'ready' && state.data.releases.length === 0 && (
        <EmptyState title={`${issueKey} is not in a release`}>
          <p style={{ margin: 0 }}>Give it a fix version and that release’s readiness shows here.</p>
        </EmptyState>
      )}
      {state.kind === 'ready' && state.data.releases.length > 0 && (
        <ul style={{ listStyle: 'none', margin: 0, padding: 0, display: 'grid', gap: token('space.100') }}>
          {state.data.releases.map((r) => (
            <ReleaseRow key={r.version.id} release={r} />
          ))}
        </ul>
      )}
    </section>
  );
}

function ReleaseRow({ release: r }: { release: IssueRelease }) {
  const when = r.version.released
    ? `released${r.version.releaseDate ? ` ${r.version.releaseDate}` : ''}`
    : r.version.releaseDate
      ? `release date ${r.version.releaseDate}`
      : 'no release date';
  return (
    <li
      data-testid="release"
      data-version-id={r.version.id}
      style={{ display: 'grid', gap: token('space.050'), padding: token('space.100'), border: `${token('border.width')} solid ${token('color.border')}`, borderRadius: token('radius.medium') }}
    >
      <div style={{ display: 'flex', alignItems: 'center', gap: token('space.100'), flexWrap: 'wrap' }}>
        <a
          href={r.url}
          data-testid="release-link"
          onClick={(e) => {
            e.preventDefault();
            void router.open(r.url).catch(() => undefined);
          }}
          style={{ color: token('color.link'), fontWeight: token('font.weight.semibold') }}
        >
          {r.version.name}
        </a>
        <VerdictLozenge verdict={r.verdict} />
        <span style={{ marginInlineStart: 'auto', color: token('color.text.subtle') }}>
          <strong data-testid="release-percent" style={{ color: token('color.text') }}>
            {formatPercent(r.percentDone)}
          </strong>{' '}
          done
        </span>
      </div>
      <span style={{ font: token('font.body.small'), color: token('color.text.subtle') }}>
        {r.projectKey} · {when}
        {r.version.archived ? ' · archived' : ''}
      </span>
      {r.topReason && (
        <p data-testid="release-reason" style={{ margin: 0 }}>
          {r.topReason}
        </p>
      )}
    </li>
  );
}
