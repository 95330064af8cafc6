/**
 * The macro's history since its baseline (SPEC §7): the header line (work items that existed at
 * the baseline, done since, the odds), the "slipped" cell of each row (+N days, K changes, the
 * dates on hover and for screen readers), and the "Slipped since <baseline>" list.
 */
import { token } from '@atlaskit/tokens';
import type { RoadmapHistoryView, RoadmapView } from '../../../../src/contract';
import { IssueLink } from '../../../shared/components/issue-link';
import { LoadingState } from '../../../shared/components/loading-state';
import { OddsLine } from '../../../shared/components/odds';
import { plural, shortDate } from '../../../shared/format';
import type { RoadmapHistoryState } from '../use-roadmap-history';
import { muted } from './styles';

const days = (n: number) => `${n} day${Math.abs(n) === 1 ? '' : 's'}`;

export function HistoryHeader({ data, history }: { data: RoadmapView; history: RoadmapHistoryState }) {
  if (history.kind === 'idle') return null;
  if (history.kind === 'loading') return <LoadingState label="Rebuilding the roadmap’s history from Jira’s changelog…" />;
  if (history.kind === 'error') {
    return (
      <p role="alert" data-testid="history-error" style={{ margin: 0, color: token('color.text.warning'), font: token('font.body.small') }}>
        History since the baseline is not available: {history.error.message}
      </p>
    );
  }
  const h = history.data;
  return (
    <div data-testid="history-header" style={{ display: 'grid', gap: token('space.050'), color: token('color.text.subtle') }}>
      <p style={{ margin: 0 }} data-testid="baseline-line">
        Since {shortDate(h.baseline.date, h.asOf)}: <strong style={{ color: token('color.text') }} data-testid="baseline-units">{plural(h.baseline.units, 'work item')}</strong>{' '}
        existed then ({h.baseline.done} done); <strong style={{ color: token('color.text') }} data-testid="done-since">{h.doneSince} done since</strong>
        {' · '}
        <span data-testid="slipped-count">{plural(h.slipped.length, 'item')} slipped</span>
        {h.partial && <span data-testid="history-partial"> · from the part of the roadmap Jira let us read in time</span>}
      </p>
      <OddsLine odds={h.odds} asOf={data.report.asOf} remaining={h.remaining} what={h.remaining === 1 ? 'work item' : 'work items'} method={h.method} testId="total-odds" />
    </div>
  );
}

/** "+12 days · 2 changes"; "pulled in 3 days"; "—" when the due date did not move. */
export function slipText(s: RoadmapHistoryView['items'][number] | undefined): string {
  if (!s || (s.dueDateChanges === 0 && (s.slipDays ?? 0) === 0)) return '—';
  const moved = s.slipDays === null ? (s.dueDateAtBaseline ? 'date removed' : 'date set') : s.slipDays > 0 ? `+${days(s.slipDays)}` : s.slipDays < 0 ? `pulled in ${days(-s.slipDays)}` : 'back on date';
  return `${moved} · ${plural(s.dueDateChanges, 'change')}`;
}

function slipTitle(s: RoadmapHistoryView['items'][number], baseline: string): string {
  const lines = [`Due date on ${baseline}: ${s.dueDateAtBaseline ?? 'none'}`];
  for (const c of s.dueDateHistory) lines.push(`${c.date}: ${c.from ?? 'none'} → ${c.to ?? 'none'}`);
  return lines.join('\n');
}

/** One row's slip: `slip` is the item's entry in the history (none when the history lacks it). */
export function SlipCell({ slip: s, baseline }: { slip: RoadmapHistoryView['items'][number] | undefined; baseline: string }) {
  const text = slipText(s);
  if (!s || text === '—') return <span style={{ color: token('color.text.subtlest') }}>—</span>;
  const tone = (s.slipDays ?? 0) > 0 ? token('color.text.warning') : token('color.text.subtle');
  return (
    <span title={slipTitle(s, baseline)} data-slip-days={s.slipDays ?? ''} data-changes={s.dueDateChanges} style={{ font: token('font.body.small'), color: tone, cursor: 'help' }}>
      {text}
      <span className="ss-sr-only">. {slipTitle(s, baseline).replace(/\n/g, '; ')}</span>
    </span>
  );
}

export function SlippedList({ data, history }: { data: RoadmapView; history: RoadmapHistoryState }) {
  if (history.kind !== 'ready') return null;
  const h = history.data;
  const items = new Map(data.report.items.map((i) => [i.key, i]));
  const slips = new Map(h.items.map((s) => [s.key, s]));
  return (
    <section aria-labelledby="slipped-heading" data-testid="slipped" style={{ display: 'grid', gap: token('space.100') }}>
      <h3 id="slipped-heading" style={{ margin: 0, font: token('font.heading.small') }}>
        Slipped since {shortDate(h.baseline.date, h.asOf)} ({h.slipped.length})
      </h3>
      {h.slipped.length === 0 ? (
        <p style={{ margin: 0, color: token('color.text.subtle') }}>No item’s due date moved later since then.</p>
      ) : (
        <ul style={{ margin: 0, paddingInlineStart: token('space.250'), display: 'grid', gap: token('space.050') }}>
          {h.slipped.map((k) => {
            const s = slips.get(k)!;
            return (
              <li key={k} data-testid="slipped-item" data-key={k}>
                <IssueLink issueKey={k} siteUrl={data.siteUrl} /> {items.get(k)?.summary} — +{days(s.slipDays!)} ({s.dueDateAtBaseline} → {items.get(k)?.dueDate},{' '}
                {plural(s.dueDateChanges, 'change')})
              </li>
            );
          })}
        </ul>
      )}
      <p style={muted}>Items whose due date now is later than on {h.baseline.date}, biggest slip first; rebuilt from Jira’s changelog.</p>
    </section>
  );
}
