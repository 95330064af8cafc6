/**
 * The gadget's data: its configuration (from the Forge context) and the readiness view, as one
 * state. A NOT_FOUND is told apart: a project the viewer cannot see, or a version that is gone.
 */
import { useEffect, useState } from 'react';
import { savedConfig } from '../../shared/saved-config';
import { toApiError, type ApiError } from '../../shared/api';
import { RELEASE_BASELINE_MODES, type ReadinessGadgetConfig, type ReadinessPayload, type ReadinessView } from '../../../src/contract';
import { getProjectVersions, getReadiness } from '../../shared/readiness-api';

export type ReadinessState =
  | { kind: 'loading' }
  | { kind: 'unconfigured' }
  | { kind: 'error'; error: ApiError; config: ReadinessGadgetConfig | null; projectVisible: boolean | null }
  | { kind: 'ready'; data: ReadinessView; config: ReadinessGadgetConfig };

/** The saved configuration, or null when it names no version to follow. */
export function readConfig(raw: Partial<ReadinessGadgetConfig> | undefined): ReadinessGadgetConfig | null {
  if (!raw || typeof raw.projectKey !== 'string' || raw.projectKey === '') return null;
  const baseline = {
    ...((RELEASE_BASELINE_MODES as readonly string[]).includes(raw.baselineMode ?? '') ? { baselineMode: raw.baselineMode } : {}),
    ...(typeof raw.baselineDate === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(raw.baselineDate) ? { baselineDate: raw.baselineDate } : {}),
  };
  if (raw.mode === 'next') return { projectKey: raw.projectKey, mode: 'next', ...baseline };
  if (typeof raw.versionId === 'string' && raw.versionId !== '') {
    return { projectKey: raw.projectKey, mode: 'version', versionId: raw.versionId, ...(raw.versionName ? { versionName: raw.versionName } : {}), ...baseline };
  }
  return null;
}

export function payloadOf(config: ReadinessGadgetConfig): ReadinessPayload {
  return config.mode === 'next' ? { projectKey: config.projectKey, nextUnreleased: true } : { projectKey: config.projectKey, versionId: config.versionId! };
}

/**
 * Jira answers 404 both for a project that does not exist and for one the user may not browse, so
 * "the version is gone" is only said when the project itself is visible (its version list loads).
 * Null when that could not be told (Jira down).
 */
async function canSeeProject(projectKey: string): Promise<boolean | null> {
  try {
    await getProjectVersions({ projectKey });
    return true;
  } catch (err) {
    return toApiError(err).code === 'NOT_FOUND' ? false : null;
  }
}

export function useReadiness(): ReadinessState {
  const [state, setState] = useState<ReadinessState>({ kind: 'loading' });
  useEffect(() => {
    let live = true;
    (async () => {
      const config = readConfig(await savedConfig<ReadinessGadgetConfig>());
      if (!config) return live && setState({ kind: 'unconfigured' });
      try {
        const data = await getReadiness(payloadOf(config));
        if (live) setState({ kind: 'ready', data, config });
      } catch (err) {
        const error = toApiError(err);
        const projectVisible = error.code === 'NOT_FOUND' ? await canSeeProject(config.projectKey) : null;
        if (live) setState({ kind: 'error', error, config, projectVisible });
      }
    })().catch((err: unknown) => live && setState({ kind: 'error', error: toApiError(err), config: null, projectVisible: null }));
    return () => {
      live = false;
    };
  }, []);

  return state;
}
