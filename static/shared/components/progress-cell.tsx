import type { CSSProperties } from 'react';
import { token } from '@atlaskit/tokens';
import type { WorkSums } from '../../../src/contract';
import { formatPercent } from '../format';
import { NoWeight, WorkBar } from './work-bar';

/**
 * A row's bar and share done (issue panel children and parents, roadmap items). A bar with only
 * in-progress work is striped and the words say "in progress", so "0% done" beside it is not read
 * as nothing happening (or as complete); work that weighs nothing says so instead of an empty bar.
 * `stacked` puts that notice above the share (a narrow table column) rather than beside it.
 */
export function ProgressCell({
  work,
  percentDone,
  unit,
  testId,
  strong = false,
  stacked = false,
}: {
  work: WorkSums;
  percentDone: number;
  unit?: string;
  testId: string;
  strong?: boolean;
  stacked?: boolean;
}) {
  const text: CSSProperties = { font: token('font.body.small'), color: token('color.text.subtle') };
  if (work.total === 0) {
    const layout: CSSProperties = stacked
      ? { display: 'grid', gap: token('space.025'), justifyItems: 'start' }
      : { display: 'flex', alignItems: 'center', gap: token('space.100'), flexWrap: 'wrap' };
    return (
      <span style={layout}>
        <NoWeight unit={unit ?? 'work items'} size="small" />
        <span data-testid={testId} style={{ ...text, color: token('color.text.subtlest') }}>
          {formatPercent(percentDone)} done
        </span>
      </span>
    );
  }
  return (
    <span style={{ display: 'grid', gap: token('space.050') }}>
      <WorkBar work={work} size="small" unit={unit} />
      <span style={text}>
        <span data-testid={testId} style={strong ? { color: token('color.text'), fontWeight: token('font.weight.semibold') } : undefined}>
          {formatPercent(percentDone)} done
        </span>
        {work.inProgress > 0 && <span data-testid="in-progress-note"> · in progress</span>}
      </span>
    </span>
  );
}
