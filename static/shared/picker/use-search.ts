import { useEffect, useRef, useState } from 'react';
import { toApiError } from '../api';

export type SearchState<T> =
  | { kind: 'idle' }
  | { kind: 'loading' }
  | { kind: 'done'; options: T[]; more: boolean }
  | { kind: 'error'; message: string };

export interface SearchAnswer<T> {
  options: T[];
  /** More matches exist than listed (the user can type more). */
  more?: boolean;
}

/**
 * Runs `load(query)` `delayMs` after the query last changed, while `open`; only the newest
 * request's answer lands (a slow answer for an older query is dropped). Queries shorter than
 * `minChars` stay idle.
 */
export function useSearch<T>(load: (query: string) => Promise<SearchAnswer<T>>, query: string, open: boolean, opts: { delayMs: number; minChars: number }): SearchState<T> {
  const [state, setState] = useState<SearchState<T>>({ kind: 'idle' });
  const latest = useRef(0);
  const loadRef = useRef(load);
  loadRef.current = load;
  const q = query.trim();
  useEffect(() => {
    const mine = ++latest.current;
    if (!open || q.length < opts.minChars) {
      setState({ kind: 'idle' });
      return;
    }
    setState({ kind: 'loading' });
    const timer = setTimeout(() => {
      loadRef.current(q).then(
        (answer) => {
          if (mine === latest.current) setState({ kind: 'done', options: answer.options, more: answer.more ?? false });
        },
        (err: unknown) => {
          if (mine === latest.current) setState({ kind: 'error', message: toApiError(err).message });
        },
      );
    }, opts.delayMs);
    return () => clearTimeout(timer);
  }, [q, open, opts.delayMs, opts.minChars]);
  return state;
}
