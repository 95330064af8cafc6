/** The issue's progress in a weighting; the last numbers stay on screen (marked busy) while another weighting loads. */
import { useEffect, useState } from 'react';
import type { IssueProgress } from '../../../src/contract';
import type { Weight } from '../../../src/domain/types';
import { getIssueProgress, toApiError, type ApiError } from '../../shared/api';

export type ProgressState = { data: IssueProgress | null; error: ApiError | null; loading: boolean };

export function useProgress(key: string | null, weight: Weight): ProgressState {
  const [progress, setProgress] = useState<ProgressState>({ data: null, error: null, loading: true });
  useEffect(() => {
    if (!key) return;
    let live = true;
    setProgress((p) => ({ ...p, loading: true }));
    getIssueProgress({ issueKey: key, weight }).then(
      (data) => live && setProgress({ data, error: null, loading: false }),
      (err: unknown) => live && setProgress({ data: null, error: toApiError(err), loading: false }),
    );
    return () => {
      live = false;
    };
  }, [key, weight]);
  return progress;
}
