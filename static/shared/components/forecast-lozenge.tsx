import { Lozenge } from './lozenge';
import type { RoadmapForecastState } from '../../../src/contract';

/** Words for the SPEC §2 forecast states (also the CSV export's): never the internal names. */
export const FORECAST_LABEL: Record<RoadmapForecastState, string> = {
  done: 'Done',
  onTrack: 'On track',
  atRisk: 'At risk',
  offTrack: 'Off track',
  noThroughput: 'No recent progress',
  noDueDate: 'No due date',
};

const APPEARANCE = { done: 'success', onTrack: 'success', atRisk: 'moved', offTrack: 'removed', noThroughput: 'default', noDueDate: 'default' } as const;

/** The forecast state as a lozenge; the word carries the meaning, not only the colour. */
export function ForecastLozenge({ state }: { state: RoadmapForecastState }) {
  return (
    <span data-testid="forecast" data-state={state}>
      <Lozenge appearance={APPEARANCE[state]}>{FORECAST_LABEL[state]}</Lozenge>
    </span>
  );
}
