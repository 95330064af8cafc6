import { token } from '@atlaskit/tokens';
import type { WorkSums } from '../../../src/contract';
import { formatWork } from '../format';

/*
 * In progress is striped (bold and light blue), so a bar that is all in progress never reads as a
 * solid, finished bar; done is solid green; to do is the empty track. The legend's swatches are
 * drawn the same way, and the text alternative says the numbers.
 */
const IN_PROGRESS_FILL = `repeating-linear-gradient(135deg, ${token('color.background.information.bold')} 0 4px, ${token('color.background.information')} 4px 7px)`;

const SEGMENTS = [
  { key: 'done', label: 'done', color: token('color.background.success.bold') },
  { key: 'inProgress', label: 'in progress', color: IN_PROGRESS_FILL },
  { key: 'todo', label: 'to do', color: token('color.background.neutral') },
] as const;

/** Singular forms of the unit words the apps use ("1 work item", "1 story point", "1 hour of …"). */
const SINGULAR: Record<string, string> = {
  'work items': 'work item',
  'story points': 'story point',
  'hours of original estimate': 'hour of original estimate',
  issues: 'issue',
};

/** The unit word agreeing with `n`: "1 work item", "2 work items" (a unit word not known here is kept as given). */
export function unitWord(n: number, unit?: string): string {
  const plural = unit ?? 'work items';
  return n === 1 ? (SINGULAR[plural] ?? plural) : plural;
}

/** "12 done, 3 in progress, 5 to do of 20 work items": the bar's text alternative. */
export function describeWork(work: WorkSums, unit?: string): string {
  return `${formatWork(work.done)} done, ${formatWork(work.inProgress)} in progress, ${formatWork(work.todo)} to do of ${formatWork(work.total)} ${unitWord(work.total, unit)}`;
}

/**
 * A bar split done / in progress / to do, widths proportional to the sums. The bar is one image for
 * assistive technology, described by its numbers; colour is never the only carrier (the legend
 * and the text alternative say the same, and in progress is striped).
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
            <span key={s.key} data-segment={s.key} style={{ flexGrow: work[s.key], flexBasis: 0, minWidth: 2, background: s.color }} />
          ) : null,
        )}
    </div>
  );
}

/**
 * In place of a bar when the work weighs nothing (e.g. done work items with 0 story points): SPEC §2
 * makes the share done 0.0 then, which an empty bar beside "Done" would misstate. Says it in words.
 */
export function NoWeight({ unit, size = 'large' }: { unit?: string; size?: 'small' | 'large' }) {
  return (
    <span
      data-testid="no-weight"
      style={{
        display: 'inline-block',
        font: token(size === 'large' ? 'font.body' : 'font.body.small'),
        color: token('color.text.subtle'),
        padding: `0 ${token('space.075')}`,
        border: `${token('border.width')} dashed ${token('color.border.bold')}`,
        borderRadius: token('radius.small'),
        whiteSpace: 'nowrap',
      }}
    >
      no weight (0 {unit ?? 'work items'})
    </span>
  );
}

/** The numbers beside the bar: "12 done · 3 in progress · 5 to do of 20 work items". */
export function WorkLegend({ work, unit }: { work: WorkSums; unit?: string }) {
  return (
    <p data-testid="work-legend" style={{ display: 'flex', flexWrap: 'wrap', alignItems: 'center', columnGap: token('space.100'), rowGap: token('space.050'), margin: 0, font: token('font.body'), color: token('color.text.subtle') }}>
      {SEGMENTS.map((s, i) => (
        <span key={s.key} style={{ display: 'inline-flex', alignItems: 'center', gap: token('space.050') }}>
          {i > 0 && <span aria-hidden="true" style={{ marginInlineEnd: token('space.050') }}>·</span>}
          <span aria-hidden="true" data-swatch={s.key} style={{ width: 10, height: 10, boxSizing: 'border-box', borderRadius: token('radius.full'), background: s.color, border: s.key === 'todo' ? `${token('border.width')} solid ${token('color.border.bold')}` : undefined, flexShrink: 0 }} />
          <strong data-testid={`count-${s.key}`} style={{ color: token('color.text'), font: token('font.body'), fontWeight: token('font.weight.semibold') }}>
            {formatWork(work[s.key])}
          </strong>
          {s.label}
        </span>
      ))}
      <span>
        of <strong data-testid="count-total" style={{ color: token('color.text'), fontWeight: token('font.weight.semibold') }}>{formatWork(work.total)}</strong> {unitWord(work.total, unit)}
      </span>
    </p>
  );
}
