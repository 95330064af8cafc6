/**
 * Search over behaviours (and skill names): each hit shows its level, category, skill and SPEC §4
 * position, with the match highlighted. Searches as you type (after two characters, debounced).
 */
import { useEffect, useState } from 'react';
import Button from '@atlaskit/button/new';
import { Lozenge } from '../../shared/components/lozenge';
import { token } from '@atlaskit/tokens';
import { COMPETENCY_LIMITS, type SearchResponse } from '../../../src/contract';
import { ApiError, toApiError } from '../../shared/api';
import { searchBehaviours } from '../../shared/competency-api';
import { EmptyState } from '../../shared/components/empty-state';
import { ErrorState } from '../../shared/components/error-state';
import { LoadingState } from '../../shared/components/loading-state';
import type { Framework } from '../../shared/competency/model';
import type { Route } from './route';
import { Card, Field, Highlight, PageTitle, text } from '../../shared/competency/ui';

type State = { kind: 'idle' } | { kind: 'loading' } | { kind: 'ready'; data: SearchResponse } | { kind: 'error'; error: ApiError };

export function SearchPage({ framework, query: initial, go }: { framework: Framework; query: string; go: (r: Route) => void }) {
  const [query, setQuery] = useState(initial);
  const [level, setLevel] = useState('');
  const [category, setCategory] = useState('');
  const [state, setState] = useState<State>({ kind: 'idle' });
  const categories = [...new Set(framework.levels.flatMap((l) => l.categories.map((c) => c.name)))];

  useEffect(() => {
    const q = query.trim();
    if (q.length < COMPETENCY_LIMITS.searchMinChars) {
      setState({ kind: 'idle' });
      return;
    }
    let live = true;
    const t = setTimeout(() => {
      setState({ kind: 'loading' });
      searchBehaviours({ query: q, ...(level ? { level } : {}), ...(category ? { category } : {}), limit: 200 }).then(
        (data) => live && setState({ kind: 'ready', data }),
        (err: unknown) => live && setState({ kind: 'error', error: toApiError(err) }),
      );
    }, 250);
    return () => {
      live = false;
      clearTimeout(t);
    };
  }, [query, level, category, framework]);

  return (
    <div data-testid="search" style={{ display: 'grid', gap: token('space.200') }}>
      <PageTitle id="page-title" sub="Find a behaviour by a word in it or in its skill’s name.">
        Search behaviours
      </PageTitle>
      <Card label="Search">
        <form role="search" onSubmit={(e) => e.preventDefault()} style={{ display: 'flex', flexWrap: 'wrap', gap: token('space.200'), alignItems: 'start' }}>
          <Field id="search-query" label="Search for" style={{ flex: '1 1 280px' }} help={`At least ${COMPETENCY_LIMITS.searchMinChars} characters.`}>
            <input
              id="search-query"
              data-testid="search-query"
              type="search"
              className="cf-input"
              value={query}
              maxLength={COMPETENCY_LIMITS.searchQueryChars}
              placeholder="e.g. roadmap, stakeholder, release"
              aria-describedby="search-query-help"
              onChange={(e) => setQuery(e.target.value)}
            />
          </Field>
          <Field id="search-level" label="Level">
            <select id="search-level" className="cf-input" value={level} onChange={(e) => setLevel(e.target.value)}>
              <option value="">All levels</option>
              {framework.levels.map((l) => (
                <option key={l.id} value={l.id}>
                  {l.id}
                </option>
              ))}
            </select>
          </Field>
          <Field id="search-category" label="Category">
            <select id="search-category" className="cf-input" value={category} onChange={(e) => setCategory(e.target.value)}>
              <option value="">All categories</option>
              {categories.map((c) => (
                <option key={c} value={c}>
                  {c}
                </option>
              ))}
            </select>
          </Field>
        </form>
      </Card>

      <div aria-live="polite">
        {state.kind === 'idle' && (
          <EmptyState title="Type to search">
            Try a word such as “roadmap” or “stakeholder”. Results show the level, category, skill and the behaviour’s number in its skill.
          </EmptyState>
        )}
        {state.kind === 'loading' && <LoadingState label="Searching…" />}
        {state.kind === 'error' && <ErrorState code={state.error.code} message={state.error.message} reason={state.error.reason} />}
        {state.kind === 'ready' && state.data.hits.length === 0 && (
          <EmptyState title={`No behaviour matches “${state.data.query}”`}>Try a shorter word, or clear the level and category filters.</EmptyState>
        )}
        {state.kind === 'ready' && state.data.hits.length > 0 && (
          <section aria-labelledby="results-h" style={{ display: 'grid', gap: token('space.100') }}>
            <h3 id="results-h" data-testid="search-count" style={{ margin: 0, font: token('font.heading.xsmall') }}>
              {state.data.total} {state.data.total === 1 ? 'behaviour matches' : 'behaviours match'} “{state.data.query}”
              {state.data.truncated ? ` (first ${state.data.hits.length} shown)` : ''}
            </h3>
            <ul style={{ listStyle: 'none', margin: 0, padding: 0, display: 'grid', gap: token('space.100') }}>
              {state.data.hits.map((hit, i) => (
                <li
                  key={`${hit.levelId}-${hit.category}-${hit.skill}-${hit.position}-${i}`}
                  data-testid="search-hit"
                  data-level={hit.levelId}
                  data-skill={hit.skill}
                  data-position={hit.position}
                  style={{ display: 'grid', gap: token('space.050'), padding: token('space.150'), borderRadius: token('radius.medium'), border: `${token('border.width')} solid ${token('color.border')}`, backgroundColor: token('elevation.surface.raised') }}
                >
                  <div style={{ display: 'flex', flexWrap: 'wrap', gap: token('space.100'), alignItems: 'center', ...text.subtlest }}>
                    <Lozenge appearance="inprogress">{hit.levelId}</Lozenge>
                    <span>{hit.category}</span>
                    <span aria-hidden="true">›</span>
                    <span style={{ color: token('color.text.subtle') }}>
                      <Highlight text={hit.skill} query={state.data.query} />
                    </span>
                    <span aria-hidden="true">›</span>
                    <span>Behaviour {hit.position}</span>
                  </div>
                  <p style={{ margin: 0 }}>
                    <Highlight text={hit.behaviour} query={state.data.query} />
                  </p>
                  <div className="cf-no-print">
                    <Button appearance="subtle" spacing="compact" onClick={() => go({ page: 'level', level: hit.levelId })}>
                      Open {hit.levelId}
                    </Button>
                  </div>
                </li>
              ))}
            </ul>
          </section>
        )}
      </div>
    </div>
  );
}
