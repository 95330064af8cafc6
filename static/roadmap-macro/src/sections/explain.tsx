/** "Explain this number": what was counted, with weights; inline units for small roadmaps, paged from the backend for big ones. */
import { useEffect, useRef, useState, type CSSProperties, type KeyboardEvent } from 'react';
import Button from '@atlaskit/button/new';
import { token } from '@atlaskit/tokens';
import type { RoadmapItemView, RoadmapView, UnitView } from '../../../../src/contract';
import { ApiError, toApiError } from '../../../shared/api';
import { formatPercent, formatWork } from '../../../shared/format';
import { LoadingState } from '../../../shared/components/loading-state';
import { ErrorState } from '../../../shared/components/error-state';
import { IssueLink } from '../../../shared/components/issue-link';
import { unitOf } from '../../../shared/weighting';
import { explainRoadmap } from '../../../shared/roadmap-api';
import { cell, muted } from './styles';

/** "Explain this number": what was counted, with weights. Inline units for small roadmaps; paged from the backend for big ones. */
export function Explain({ data, item, onClose }: { data: RoadmapView; item: RoadmapItemView | null; onClose: () => void }) {
  const report = data.report;
  const unit = unitOf(report.weight);
  const inline = item ? item.unitKeys : data.unitsInline ? distinctUnits(report.items) : undefined;
  const [units, setUnits] = useState<UnitView[]>(inline ?? []);
  const [total, setTotal] = useState<number>(inline ? inline.length : item ? item.units : report.totals.units);
  const [next, setNext] = useState<number | null>(inline ? null : 0);
  const [error, setError] = useState<ApiError | null>(null);
  const [loading, setLoading] = useState(false);

  const load = async (offset: number) => {
    setLoading(true);
    try {
      const page = await explainRoadmap({
        jql: report.jql,
        weight: report.weight,
        asOf: report.asOf,
        ...(item ? { itemKey: item.key } : {}),
        ...(report.totals.imputedWeight !== null ? { imputedWeight: report.totals.imputedWeight } : {}),
        offset,
        limit: 200,
      });
      setUnits((u) => (offset === 0 ? page.units : [...u, ...page.units]));
      setTotal(page.total);
      setNext(page.nextOffset);
    } catch (err) {
      setError(toApiError(err));
    } finally {
      setLoading(false);
    }
  };
  useEffect(() => {
    setUnits(inline ?? []);
    if (!inline) void load(0);
    else setNext(null);
  }, [item?.key]);

  // Opening (or switching to another item) moves focus to the heading, so keyboard and screen-reader
  // users land on the drill-down, which sits above the table; Close returns focus to the button.
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    heading.current?.focus();
  }, [item?.key]);
  const onKeyDown = (e: KeyboardEvent) => {
    if (e.key === 'Escape') {
      e.stopPropagation();
      onClose();
    }
  };

  const work = item ? item.work : report.totals.work;
  const pct = item ? item.percentDone : report.totals.percentDone;
  const w = (n: number) => formatWork(n * unit.scale);
  const head: CSSProperties = { ...cell, font: token('font.body.small'), fontWeight: token('font.weight.semibold'), color: token('color.text.subtle') };
  return (
    <section
      aria-labelledby="explain-heading"
      data-testid="explain"
      onKeyDown={onKeyDown}
      style={{ display: 'grid', gap: token('space.100'), padding: token('space.150'), border: `${token('border.width')} solid ${token('color.border')}`, borderRadius: token('radius.medium'), backgroundColor: token('elevation.surface.sunken') }}
    >
      <div style={{ display: 'flex', alignItems: 'baseline', gap: token('space.100') }}>
        <h3 id="explain-heading" ref={heading} tabIndex={-1} data-testid="explain-heading" style={{ margin: 0, font: token('font.heading.small') }}>
          {item ? `How ${item.key} gets ${formatPercent(pct)}` : `How the roadmap gets ${formatPercent(pct)}`}
        </h3>
        <span style={{ marginInlineStart: 'auto' }}>
          <Button appearance="subtle" onClick={onClose} testId="explain-close">
            Close<span className="ss-sr-only"> the explanation</span>
          </Button>
        </span>
      </div>
      <p style={{ margin: 0 }} data-testid="explain-formula">
        {work.total === 0 ? (
          <>
            {formatPercent(pct)}: the work items here weigh nothing (0 {unit.word}), so there is no share done to compute; it is shown as 0.{' '}
          </>
        ) : (
          <>
            {formatPercent(pct)} = 100 × done {w(work.done)} ÷ total {w(work.total)} {unit.word}
            {report.weight === 'count' ? ' (each work item weighs 1)' : ''}.{' '}
          </>
        )}
        {item?.ownUnit
          ? item.hierarchyLevel < 0
            ? `${item.key} is a sub-task the query returns as a roadmap item; it has nothing beneath it, so it counts as its own single work item.`
            : `${item.key} has no work items beneath it, so it counts as its own single work item.`
          : ''}
        {!item ? ' Each work item is counted once, even when two roadmap items reach it.' : ''}
        {report.weight !== 'count' && report.totals.imputedWeight !== null
          ? ` Work items without an estimate weigh the average of the estimated ones: ${w(report.totals.imputedWeight)}.`
          : ''}
      </p>
      {error ? (
        <ErrorState code={error.code} message={error.message} />
      ) : (
        <div style={{ overflowX: 'auto', maxHeight: 360, overflowY: 'auto' }}>
          <table data-testid="explain-units" style={{ width: '100%', borderCollapse: 'collapse', font: token('font.body') }}>
            <caption style={{ textAlign: 'start', ...muted, paddingBottom: token('space.050') }}>
              {units.length} of {total} work items counted
            </caption>
            <thead>
              <tr>
                <th scope="col" style={head}>Work item</th>
                <th scope="col" style={head}>Type</th>
                <th scope="col" style={head}>Counted as</th>
                <th scope="col" style={{ ...head, textAlign: 'end' }}>Weight</th>
              </tr>
            </thead>
            <tbody>
              {units.map((u) => (
                <tr key={u.key} data-testid="explain-unit" data-key={u.key}>
                  <td style={cell}>
                    <IssueLink issueKey={u.key} siteUrl={data.siteUrl} /> {u.summary}
                  </td>
                  <td style={cell}>{u.issueType}</td>
                  <td style={cell}>{u.statusCategory === 'done' ? 'done' : u.statusCategory === 'inprogress' ? 'in progress' : 'to do'}</td>
                  <td style={{ ...cell, textAlign: 'end' }} data-testid="explain-weight">
                    {w(u.weight)}
                    {u.imputed && <span style={{ color: token('color.text.subtlest') }}> (no estimate: average)</span>}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {loading && <LoadingState label="Reading the work items…" />}
      {next !== null && !loading && !error && (
        <span>
          <Button onClick={() => void load(next)} testId="explain-more">
            Show more
          </Button>
        </span>
      )}
    </section>
  );
}

function distinctUnits(items: readonly RoadmapItemView[]): UnitView[] {
  const seen = new Map<string, UnitView>();
  for (const i of items) for (const u of i.unitKeys ?? []) if (!seen.has(u.key)) seen.set(u.key, u);
  return [...seen.values()];
}

