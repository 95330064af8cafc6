/** The gadget's history since its baseline (SPEC §7), loaded after the report so the report shows first. */
import type { ReadinessGadgetConfig, ReleaseHistoryView } from '../../../src/contract';
import { getReleaseHistory } from '../../shared/history-api';
import { useLoad, type Load } from '../../shared/use-load';

export function useReleaseHistory(projectKey: string, versionId: string, config: ReadinessGadgetConfig): Load<ReleaseHistoryView> {
  const mode = config.baselineMode ?? 'startDate';
  const date = mode === 'date' ? config.baselineDate : undefined;
  return useLoad(`${projectKey}/${versionId}/${mode}/${date ?? ''}`, () =>
    getReleaseHistory({ projectKey, versionId, baselineMode: mode, ...(date ? { baselineDate: date } : {}) }),
  );
}
