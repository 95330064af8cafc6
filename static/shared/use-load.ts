/**
 * One resolver call as React state (loading, ready, error), re-run when `key` changes and ignored
 * once the component is gone. The apps' `use-*` hooks own their fetching with it.
 */
import { useEffect, useState } from 'react';
import { toApiError, type ApiError } from './api';

export type Load<T> = { kind: 'idle' } | { kind: 'loading' } | { kind: 'ready'; data: T } | { kind: 'error'; error: ApiError };

/** `fetch` null = nothing to load (idle). */
export function useLoad<T>(key: string, fetch: (() => Promise<T>) | null): Load<T> {
  const [state, setState] = useState<Load<T>>(fetch ? { kind: 'loading' } : { kind: 'idle' });
  useEffect(() => {
    if (!fetch) {
      setState({ kind: 'idle' });
      return;
    }
    let live = true;
    setState({ kind: 'loading' });
    fetch().then(
      (data) => live && setState({ kind: 'ready', data }),
      (err: unknown) => live && setState({ kind: 'error', error: toApiError(err) }),
    );
    return () => {
      live = false;
    };
    // `key` names everything `fetch` depends on, so `fetch` itself is not a dependency.
  }, [key]);
  return state;
}
