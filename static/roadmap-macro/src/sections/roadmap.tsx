/** One roadmap report laid out: partial warning, header, drill-down, items, the two lists, burn-up, footer. */
import { useRef, useState } from 'react';
import { SectionMessage } from '../../../shared/components/section-message';
import { token } from '@atlaskit/tokens';
import type { RoadmapItemView, RoadmapMacroConfig, RoadmapView } from '../../../../src/contract';
import { formatWork } from '../../../shared/format';
import { unitWord } from '../../../shared/components/work-bar';
import { EmptyState } from '../../../shared/components/empty-state';
import { BurnupChart } from '../../../shared/components/burnup-chart';
import { unitOf } from '../../../shared/weighting';
import type { RoadmapHistoryState } from '../use-roadmap-history';
import { Explain } from './explain';
import { Header } from './header';
import { SlippedList } from './history';
import { Items } from './items';
import { NotDone } from './not-done';
import { muted } from './styles';

export function Roadmap({ data, config, history, title }: { data: RoadmapView; config: RoadmapMacroConfig; history: RoadmapHistoryState; title: string }) {
  const { report } = data;
  const t = report.totals;
  const unit = unitOf(report.weight);
  const [explain, setExplain] = useState<{ item: RoadmapItemView | null } | null>(null);
  // The button that opened the drill-down (by test id: rows re-render when sorted), to return focus to on close.
  const opener = useRef<string | null>(null);
  const open = (item: RoadmapItemView | null) => {
    opener.current = item ? `explain-${item.key}` : 'explain-total';
    setExplain({ item });
  };
  const close = () => {
    setExplain(null);
    const id = opener.current;
    requestAnimationFrame(() => document.querySelector<HTMLElement>(`[data-testid="${id}"]`)?.focus());
  };

  if (report.items.length === 0) {
    return (
      <EmptyState title="No items match this roadmap’s query">
        Jira found no issues for <code>{report.jql}</code> that you can see. If you expected some, check the query (edit the macro) or ask for
        access to the project in Jira.
      </EmptyState>
    );
  }

  return (
    <div style={{ display: 'grid', gap: token('space.250') }}>
      {data.partial && (
        <div data-testid="partial">
          <SectionMessage appearance="warning" title="These numbers are incomplete">
            <p>{data.partial.reason}</p>
          </SectionMessage>
        </div>
      )}
      <Header data={data} history={history} onExplain={() => open(null)} />
      {explain && <Explain data={data} item={explain.item} onClose={close} />}
      <Items data={data} history={history} title={title} onExplain={open} />
      {(config.showNotDone || history.kind !== 'idle') && (
        <div style={{ display: 'grid', gridTemplateColumns: 'repeat(auto-fit, minmax(280px, 1fr))', gap: token('space.250'), alignItems: 'start' }}>
          {config.showNotDone && <NotDone data={data} />}
          <SlippedList data={data} history={history} />
        </div>
      )}
      <section aria-labelledby="burnup-heading" style={{ display: 'grid', gap: token('space.100') }}>
        <h3 id="burnup-heading" style={{ margin: 0, font: token('font.heading.small') }}>
          Burn-up, last 90 days
        </h3>
        <BurnupChart
          burnup={{ ...data.burnup, points: data.burnup.points.map((p) => ({ ...p, scope: p.scope * unit.scale, done: p.done * unit.scale })) }}
          unit={unit.word}
          integer={report.weight === 'count'}
          method="Each day, scope is the work items created by then and done is those finished by then (by their resolution date), weighted like the numbers above; each work item counts once."
          notes={
            data.burnup.doneWithoutResolutionDate > 0 && (
              <span>
                {data.burnup.doneWithoutResolutionDate} done work item{data.burnup.doneWithoutResolutionDate === 1 ? ' has' : 's have'} no resolution date, so
                the chart cannot place {data.burnup.doneWithoutResolutionDate === 1 ? 'it' : 'them'} in “done”.
              </span>
            )
          }
        />
      </section>
      <p style={muted} data-testid="footer">
        As of {report.asOf}. Query: <code>{report.jql}</code>. {formatWork(t.units)} distinct {unitWord(t.units)}, each counted once even when two items
        reach it. A sub-task beneath a work item is part of it and is not counted on its own; a sub-task the query itself returns is a roadmap item and
        counts as its own work item.
      </p>
    </div>
  );
}

