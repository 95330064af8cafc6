/** How a SPEC §2 weighting reads on screen, shared by the roadmap macro and the issue panel. */
import type { WorkSums } from '../../src/contract';
import type { Weight } from '../../src/domain/types';

/** How a weighting's sums read, and the factor from the backend's number (seconds for time) to the shown one. */
export function unitOf(weight: Weight): { word: string; scale: number } {
  if (weight === 'points') return { word: 'story points', scale: 1 };
  if (weight === 'time') return { word: 'hours of original estimate', scale: 1 / 3600 };
  return { word: 'work items', scale: 1 };
}

/** Work sums multiplied by `s` (seconds → hours for time). */
export const scaledWork = (w: WorkSums, s: number): WorkSums => ({
  total: w.total * s,
  done: w.done * s,
  inProgress: w.inProgress * s,
  todo: w.todo * s,
});
