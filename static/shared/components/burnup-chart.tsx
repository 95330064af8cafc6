/**
 * A burn-up as inline SVG: a dashed scope line and a solid done line per day (the roadmap's 90
 * days, a release's days since its baseline). Colours are design tokens (light and dark); the
 * chart has an accessible title and description. What the lines mean is the caller's `method`.
 */
import { useId, type ReactNode } from 'react';
import { token } from '@atlaskit/tokens';
import { formatWork } from '../format';

export interface BurnupSeries {
  from: string;
  to: string;
  points: ReadonlyArray<{ date: string; scope: number; done: number }>;
}

const W = 640;
const H = 200;
const PAD = { top: 12, right: 16, bottom: 28, left: 44 };

/**
 * A round top for the y axis, at or above `v`. With `integer` (counts) the top is even, so the
 * middle tick is a whole number too (a count axis never reads 12.5).
 */
export function niceMax(v: number, integer = false): number {
  if (v <= 0) return integer ? 2 : 1;
  const p = 10 ** Math.floor(Math.log10(v));
  const steps = integer ? [1, 2, 3, 4, 5, 6, 8, 10] : [1, 2, 2.5, 5, 10];
  for (const m of steps) {
    const top = m * p;
    if (top >= v && (!integer || (Number.isInteger(top) && top % 2 === 0))) return top;
  }
  return integer ? Math.max(2, 2 * Math.ceil(v / 2)) : 10 * p;
}

export interface BurnupChartProps {
  burnup: BurnupSeries;
  unit: string;
  integer?: boolean;
  /** The chart's title for assistive technology. */
  title?: string;
  /** How scope and done are counted, shown under the chart. */
  method: ReactNode;
  /** Further notes under the chart. */
  notes?: ReactNode;
  testId?: string;
}

export function BurnupChart({ burnup, unit, integer = false, title, method, notes, testId = 'burnup' }: BurnupChartProps) {
  const id = useId();
  const pts = burnup.points;
  if (pts.length === 0) return null;
  const max = niceMax(Math.max(...pts.map((p) => p.scope), ...pts.map((p) => p.done)), integer);
  const x = (i: number) => PAD.left + (pts.length === 1 ? 0 : (i * (W - PAD.left - PAD.right)) / (pts.length - 1));
  const y = (v: number) => PAD.top + (H - PAD.top - PAD.bottom) * (1 - v / max);
  const line = (key: 'scope' | 'done') => pts.map((p, i) => `${i === 0 ? 'M' : 'L'}${x(i).toFixed(1)},${y(p[key]).toFixed(1)}`).join(' ');
  const first = pts[0]!;
  const last = pts[pts.length - 1]!;
  const desc = `From ${burnup.from} to ${burnup.to}: scope went from ${formatWork(first.scope)} to ${formatWork(last.scope)} ${unit}; done went from ${formatWork(first.done)} to ${formatWork(last.done)}.`;
  const ticks = [0, max / 2, max];
  const text = token('color.text.subtlest');
  return (
    <figure style={{ margin: 0 }} data-testid={testId}>
      <svg viewBox={`0 0 ${W} ${H}`} width="100%" role="img" aria-labelledby={`${id}-title ${id}-desc`} style={{ display: 'block', maxHeight: 240 }}>
        <title id={`${id}-title`}>{title ?? `Burn-up, last ${pts.length} days`}</title>
        <desc id={`${id}-desc`}>{desc}</desc>
        {ticks.map((t) => (
          <g key={t}>
            <line x1={PAD.left} x2={W - PAD.right} y1={y(t)} y2={y(t)} stroke={token('color.border')} strokeWidth={1} />
            <text x={PAD.left - 6} y={y(t) + 4} textAnchor="end" fontSize={11} fill={text}>
              {formatWork(t)}
            </text>
          </g>
        ))}
        <text x={PAD.left} y={H - 8} fontSize={11} fill={text}>
          {burnup.from}
        </text>
        <text x={W - PAD.right} y={H - 8} fontSize={11} fill={text} textAnchor="end">
          {burnup.to}
        </text>
        <path d={line('scope')} fill="none" stroke={token('color.chart.neutral')} strokeWidth={2} strokeDasharray="6 4" data-series="scope" />
        <path d={line('done')} fill="none" stroke={token('color.chart.success.bold')} strokeWidth={2.5} data-series="done" />
      </svg>
      <figcaption style={{ display: 'flex', flexWrap: 'wrap', gap: token('space.200'), font: token('font.body.small'), color: token('color.text.subtle') }}>
        <span>
          <svg width="24" height="8" aria-hidden="true">
            <line x1="0" x2="24" y1="4" y2="4" stroke={token('color.chart.neutral')} strokeWidth="2" strokeDasharray="6 4" />
          </svg>{' '}
          Scope ({formatWork(last.scope)} {unit} now)
        </span>
        <span>
          <svg width="24" height="8" aria-hidden="true">
            <line x1="0" x2="24" y1="4" y2="4" stroke={token('color.chart.success.bold')} strokeWidth="2.5" />
          </svg>{' '}
          Done ({formatWork(last.done)} {unit} now)
        </span>
        <span data-testid="burnup-method">{method}</span>
        {notes}
      </figcaption>
    </figure>
  );
}
