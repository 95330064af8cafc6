import { token } from '@atlaskit/tokens';
import type { WorkSums } from '../../../src/contract';
import { formatWork } from '../format';

const SEGMENTS = [
  { key: 'done', label: 'done', color: token('color.background.success.bold') },
  { key: 'inProgress', label: 'in progress', color: token('color.background.information.bold') },
  { key: 'todo', label: 'to do', color: token('color.background.neutral') },
] as const;

/** "12 done, 3 in progress, 5 to do of 20 work items": the bar's text alternative. */
export function describeWork(work: WorkSums, unit?: string): string {
  unit ??= work.total === 1 ? 'work item' : 'work items';
  return `${formatWork(work.done)} done, ${formatWork(work.inProgress)} in progress, ${formatWork(work.todo)} to do of ${formatWork(work.total)} ${unit}`;
}

/**
 * A bar split done / in progress / to do, widths proportional to the sums. The bar is one image for
 * assistive technology, described by its numbers; colour is never the only carrier (the legend
 * and the text alternative say the same).
 */
export function WorkBar({ work, size = 'large', unit }: { work: WorkSums; size?: 'small' | 'large'; unit?: string }) {
  const height = size === 'large' ? 12 : 6;
  return (
    <div
      role="img"
      aria-label={describeWork(work, unit)}
      data-testid="work-bar"
      style={{
        display: 'flex',
        width: '100%',
        height,
        overflow: 'hidden',
        borderRadius: token('radius.full'),
        backgroundColor: token('color.background.neutral'),
        gap: work.total > 0 ? 2 : 0,
      }}
    >
      {work.total > 0 &&
        SEGMENTS.map((s) =>
          work[s.key] > 0 ? (
            <span
              key={s.key}
              data-segment={s.key}
              style={{ flexGrow: work[s.key], flexBasis: 0, minWidth: 2, backgroundColor: s.color }}
            />
          ) : null,
        )}
    </div>
  );
}

/** The numbers beside the bar: "12 done · 3 in progress · 5 to do of 20 work items". */
export function WorkLegend({ work, unit }: { work: WorkSums; unit?: string }) {
  unit ??= work.total === 1 ? 'work item' : 'work items';
  return (
    <p data-testid="work-legend" style={{ display: 'flex', flexWrap: 'wrap', alignItems: 'center', columnGap: token('space.100'), rowGap: token('space.050'), margin: 0, font: token('font.body'), color: token('color.text.subtle') }}>
      {SEGMENTS.map((s, i) => (
        <span key={s.key} style={{ display: 'inline-flex', alignItems: 'center', gap: token('space.050') }}>
          {i > 0 && <span aria-hidden="true" style={{ marginInlineEnd: token('space.050') }}>·</span>}
          <span aria-hidden="true" style={{ width: 10, height: 10, boxSizing: 'border-box', borderRadius: token('radius.full'), backgroundColor: s.color, border: s.key === 'todo' ? `${token('border.width')} solid ${token('color.border.bold')}` : undefined, flexShrink: 0 }} />
          <strong data-testid={`count-${s.key}`} style={{ color: token('color.text'), font: token('font.body'), fontWeight: token('font.weight.semibold') }}>
            {formatWork(work[s.key])}
          </strong>
          {s.label}
        </span>
      ))}
      <span>
        of <strong data-testid="count-total" style={{ color: token('color.text'), fontWeight: token('font.weight.semibold') }}>{formatWork(work.total)}</strong> {unit}
      </span>
    </p>
  );
}
