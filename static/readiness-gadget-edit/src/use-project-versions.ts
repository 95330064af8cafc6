import { useRef, useState } from 'react';
import { ApiError, toApiError } from '../../shared/api';
import type { ProjectVersions } from '../../../src/contract';
import { getProjectVersions } from '../../shared/readiness-api';

/** The versions of the chosen project; only the latest request may land (a slow older answer is dropped). */
export function useProjectVersions() {
  const [versions, setVersions] = useState<ProjectVersions | null>(null);
  const [error, setError] = useState<ApiError | null>(null);
  const [loading, setLoading] = useState(false);
  const request = useRef(0);

  const load = async (projectKey: string): Promise<ProjectVersions | null> => {
    const mine = ++request.current;
    setLoading(true);
    setError(null);
    try {
      const pv = await getProjectVersions({ projectKey });
      if (mine !== request.current) return null;
      setVersions(pv);
      return pv;
    } catch (err) {
      if (mine !== request.current) return null;
      setVersions(null);
      setError(toApiError(err));
      return null;
    } finally {
      if (mine === request.current) setLoading(false);
    }
  };
  return { versions, error, loading, load };
}
