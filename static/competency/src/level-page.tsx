/**
 * A level's page (SPEC §4): what the level adds — its behaviours by category → skill, numbered as
 * §4 positions — and, with the switch, everything expected at it (its own and every lower level's,
 * grouped by level: levels are additive).
 */
import Button from '@atlaskit/button/new';
import { token } from '@atlaskit/tokens';
import { getLevelView } from '../../shared/competency-api';
import { EmptyState } from '../../shared/components/empty-state';
import { ErrorWithRetry } from '../../shared/components/error-with-retry';
import { LoadingState } from '../../shared/components/loading-state';
import { behaviourCount, type Framework } from '../../shared/competency/model';
import type { Route } from './route';
import { Card, PageTitle, text, useAsync } from '../../shared/competency/ui';
import { EverythingExpected, LevelBehaviours } from '../../shared/competency/views';

export function LevelPage({ framework, levelId, everything, go }: { framework: Framework; levelId: string; everything: boolean; go: (r: Route) => void }) {
  const [state, reload] = useAsync(() => getLevelView({ level: levelId }), [levelId, framework]);

  if (state.kind === 'loading') return <LoadingState label={`Loading ${levelId}…`} />;
  if (state.kind === 'error') {
    return (
      <div style={{ display: 'grid', gap: token('space.150') }}>
        <PageTitle id="page-title">{levelId}</PageTitle>
        <ErrorWithRetry error={state.error} onRetry={reload} />
      </div>
    );
  }
  const v = state.data;
  const lower = v.everything.slice(0, -1);
  return (
    <div data-testid="level-page" data-level={v.level.id} data-everything={everything} style={{ display: 'grid', gap: token('space.250') }}>
      <PageTitle id="page-title" sub={`${v.ladder.name} · ${v.ladder.role}`}>
        {v.level.id}
      </PageTitle>

      <Card label={`${v.level.id} at a glance`}>
        <dl style={{ margin: 0, display: 'grid', gridTemplateColumns: 'minmax(8em, max-content) 1fr', gap: `${token('space.100')} ${token('space.200')}` }}>
          <dt style={{ fontWeight: token('font.weight.semibold') }}>Scope &amp; influence</dt>
          <dd style={{ margin: 0, whiteSpace: 'pre-line' }}>{v.level.scope || <span style={text.subtlest}>Not stated</span>}</dd>
          <dt style={{ fontWeight: token('font.weight.semibold') }}>Typical reporting</dt>
          <dd style={{ margin: 0, whiteSpace: 'pre-line' }}>{v.level.reporting || <span style={text.subtlest}>Not stated in the framework</span>}</dd>
          <dt style={{ fontWeight: token('font.weight.semibold') }}>Behaviours</dt>
          <dd style={{ margin: 0 }} data-testid="level-counts">
            {v.counts.own} at {v.level.id} itself; {v.counts.everything} expected in all
            {lower.length > 0 ? ` (with ${lower.map((l) => l.id).join(', ')})` : ''}
          </dd>
        </dl>
        <div className="cf-no-print" style={{ display: 'flex', flexWrap: 'wrap', gap: token('space.100'), justifyContent: 'space-between', alignItems: 'center' }}>
          <label style={{ display: 'inline-flex', gap: token('space.100'), alignItems: 'center', cursor: lower.length ? 'pointer' : 'default', fontWeight: token('font.weight.medium') }}>
            <input
              type="checkbox"
              role="switch"
              data-testid="toggle-everything"
              checked={everything}
              disabled={lower.length === 0}
              aria-checked={everything}
              aria-describedby="everything-help"
              onChange={(e) => go({ page: 'level', level: v.level.id, everything: e.target.checked })}
            />
            Show everything expected at this level
          </label>
          <span style={{ display: 'flex', gap: token('space.100') }}>
            {v.previous && <Button onClick={() => go({ page: 'level', level: v.previous!, everything })}>← {v.previous}</Button>}
            {v.previous && (
              <Button appearance="subtle" onClick={() => go({ page: 'compare', from: v.previous!, to: v.level.id })}>
                Compare with {v.previous}
              </Button>
            )}
            {v.next && <Button onClick={() => go({ page: 'level', level: v.next!, everything })}>{v.next} →</Button>}
          </span>
        </div>
        <p id="everything-help" style={{ margin: 0, ...text.subtlest }}>
          {lower.length === 0
            ? `${v.level.id} is the first level: everything expected at it is what it lists.`
            : `Levels are additive: at ${v.level.id} everything expected at ${lower.map((l) => l.id).join(', ')} is expected too.`}
        </p>
      </Card>

      <section aria-labelledby="behaviours-h" style={{ display: 'grid', gap: token('space.200') }}>
        <h3 id="behaviours-h" style={{ margin: 0, font: token('font.heading.medium') }}>
          {everything ? `Everything expected at ${v.level.id}` : `What ${v.level.id} adds`}
        </h3>
        {behaviourCount(v.level) === 0 ? (
          <EmptyState title={`${v.level.id} lists no behaviours`}>The framework gives this level no functional competencies.</EmptyState>
        ) : everything ? (
          <EverythingExpected levels={v.everything} idPrefix="ev" headingLevel={4} />
        ) : (
          <LevelBehaviours level={v.level} idPrefix="own" headingLevel={4} />
        )}
      </section>
    </div>
  );
}
