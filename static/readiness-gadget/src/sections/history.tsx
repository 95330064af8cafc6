/**
 * History since the baseline (SPEC §7): "+N added, −M removed (keys on demand); X of the Y
 * planned delivered", a burn-up of daily scope and done (scope creep at a glance), and the odds.
 */
import { useState } from 'react';
import Button from '@atlaskit/button/new';
import { SectionMessage } from '../../../shared/components/section-message';
import { token } from '@atlaskit/tokens';
import type { ReadinessGadgetConfig, ReadinessView, ReleaseHistoryView } from '../../../../src/contract';
import { BurnupChart } from '../../../shared/components/burnup-chart';
import { ErrorState } from '../../../shared/components/error-state';
import { LoadingState } from '../../../shared/components/loading-state';
import { OddsLine } from '../../../shared/components/odds';
import { shortDate } from '../../../shared/format';
import { useReleaseHistory } from '../use-release-history';
import { Keys } from './report';
import { muted } from './styles';

const BASELINE_WORD: Record<ReleaseHistoryView['baselineSource'], string> = {
  startDate: 'the version’s start date',
  given: 'the chosen baseline',
  fallback: '28 days before today',
};

export function ReleaseHistorySection({ data, config }: { data: ReadinessView; config: ReadinessGadgetConfig }) {
  const state = useReleaseHistory(data.project.key, data.version.id, config);
  return (
    <section aria-labelledby="history-heading" data-testid="history" style={{ display: 'grid', gap: token('space.100') }}>
      {state.kind === 'loading' && <LoadingState label="Rebuilding the version’s history from Jira’s changelog…" />}
      {state.kind === 'error' &&
        (state.error.code === 'BAD_INPUT' ? (
          <div data-testid="history-unavailable">
            <SectionMessage appearance="information" title="No history yet">
              <p>{state.error.message} Edit the gadget to pick another baseline.</p>
            </SectionMessage>
          </div>
        ) : (
          <ErrorState code={state.error.code} message={state.error.message} />
        ))}
      {state.kind === 'ready' && <History h={state.data} siteUrl={data.siteUrl} />}
    </section>
  );
}

function History({ h, siteUrl }: { h: ReleaseHistoryView; siteUrl: string }) {
  const [showKeys, setShowKeys] = useState(false);
  const s = h.scope;
  const changed = s.added.length + s.removed.length > 0;
  return (
    <>
      <h3 id="history-heading" style={{ margin: 0, font: token('font.heading.small') }}>
        Since {shortDate(s.baselineDate, h.asOf)} <span style={{ ...muted, font: token('font.body') }}>({BASELINE_WORD[h.baselineSource]})</span>
      </h3>
      <p data-testid="since-line" style={{ margin: 0 }}>
        <strong data-testid="since-added">+{s.added.length} added</strong>, <strong data-testid="since-removed">−{s.removed.length} removed</strong>
        {' · '}
        <span data-testid="since-delivered">
          {s.deliveredOfBaseline} of the {s.atBaseline} planned delivered
        </span>
        {changed && (
          <>
            {' '}
            <Button appearance="subtle" spacing="compact" onClick={() => setShowKeys((v) => !v)} aria-expanded={showKeys} testId="since-keys-toggle">
              {showKeys ? 'Hide issues' : 'Which issues?'}
            </Button>
          </>
        )}
      </p>
      {showKeys && (
        <div data-testid="since-keys" style={{ display: 'grid', gap: token('space.050'), ...muted }}>
          {s.added.length > 0 && (
            <span data-testid="since-added-keys">
              Added: <Keys keys={s.added} siteUrl={siteUrl} max={s.added.length} />
            </span>
          )}
          {s.removed.length > 0 && (
            <span data-testid="since-removed-keys">
              Removed: <Keys keys={s.removed} siteUrl={siteUrl} max={s.removed.length} />
            </span>
          )}
        </div>
      )}
      <BurnupChart
        burnup={{ from: s.baselineDate, to: h.asOf, points: h.daily }}
        unit="issues"
        integer
        title={`Scope and done of ${h.version.name} since ${s.baselineDate}`}
        method="Each day, scope is the issues that held this version that day and done is those of them in a done status that day, rebuilt from Jira’s changelog (sub-tasks left out)."
        testId="release-burnup"
      />
      <OddsLine odds={h.forecast} asOf={h.asOf} remaining={h.remaining} what={h.remaining === 1 ? 'issue' : 'issues'} releaseDate={h.version.releaseDate} method={h.method} />
    </>
  );
}
