/**
 * The macro's history since its baseline (SPEC §7): its own resolver call, started with the
 * report's (not after it), so neither waits for the other. Idle when the baseline is "none".
 */
import type { RoadmapHistoryView, RoadmapMacroConfig } from '../../../src/contract';
import { getRoadmapHistory } from '../../shared/history-api';
import { useLoad, type Load } from '../../shared/use-load';

export type RoadmapHistoryState = Load<RoadmapHistoryView>;

export function useRoadmapHistory(config: RoadmapMacroConfig): RoadmapHistoryState {
  const on = config.jql.trim() !== '' && config.baselineMode !== 'none' && (config.baselineMode !== 'date' || config.baselineDate !== '');
  const date = config.baselineMode === 'date' ? config.baselineDate : undefined;
  return useLoad(
    on ? `${config.jql}|${config.weight}|${config.baselineMode}|${date ?? ''}` : 'off',
    on ? () => getRoadmapHistory({ jql: config.jql, weight: config.weight, ...(date ? { baselineMode: 'date', baselineDate: date } : { baselineMode: 'quarter' }) }) : null,
  );
}
