/** The macro's configuration (from the Forge context) and its report, as one state. */
import { useEffect, useState } from 'react';
import { DEFAULT_ROADMAP_CONFIG, type RoadmapMacroConfig, type RoadmapView } from '../../../src/contract';
import { savedConfig } from '../../shared/saved-config';
import { toApiError, type ApiError } from '../../shared/api';
import { configOf } from '../../shared/roadmap-config';
import { getRoadmap } from '../../shared/roadmap-api';

export type RoadmapState = { kind: 'loading' } | { kind: 'unconfigured' } | { kind: 'ready'; data: RoadmapView } | { kind: 'error'; error: ApiError };

export function useRoadmap(): { state: RoadmapState; config: RoadmapMacroConfig } {
  const [state, setState] = useState<RoadmapState>({ kind: 'loading' });
  const [config, setConfig] = useState<RoadmapMacroConfig>(DEFAULT_ROADMAP_CONFIG);
  useEffect(() => {
    let live = true;
    (async () => {
      const c = configOf(await savedConfig<RoadmapMacroConfig>());
      if (!live) return;
      setConfig(c);
      if (!c.jql.trim()) return setState({ kind: 'unconfigured' });
      const data = await getRoadmap({ jql: c.jql, weight: c.weight, groupBy: c.groupBy });
      if (live) setState({ kind: 'ready', data });
    })().catch((err: unknown) => live && setState({ kind: 'error', error: toApiError(err) }));
    return () => {
      live = false;
    };
  }, []);

  return { state, config };
}
