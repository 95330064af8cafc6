/**
 * A read budget shared by every page of one read (a roadmap's items and its tree): counts requests
 * and pages on the critical path, and refuses to start a page that would likely end after the
 * deadline (expected = the slowest page so far) or exceed the request cap.
 */
import type { RawSearchPage } from './types';

/** When to stop reading. Every field optional: no budget = read everything. */
export interface ReadBudget {
  /** Epoch ms by which reading must be finished (e.g. resolver start + 18 s). */
  deadlineAt?: number;
  /** At most this many requests (a safety net for platform request limits). */
  maxRequests?: number;
  /** Epoch ms; defaults to Date.now. */
  clock?: () => number;
}

export type StopKind = 'time' | 'requests';

/** Thrown by `page` when the budget says stop; readers catch it and mark what is unfinished. */
export class Stopped extends Error {}

export interface ReadMeter {
  readonly clock: () => number;
  readonly startedAt: number;
  /** Requests sent (or counted with `count`). */
  readonly requests: number;
  /** Pages on the critical path, added by the readers. */
  rounds: number;
  /** Why reading stopped, or null. */
  readonly stopKind: StopKind | null;
  /** True when one more page would likely overrun the budget; remembers why. */
  mustStop(): boolean;
  /** Sends one request (a page, or a count) unless the budget says stop (then throws Stopped). */
  page<T = RawSearchPage>(send: () => Promise<T>): Promise<T>;
  /** Counts a request made outside `page` (e.g. the field list). */
  count(): void;
}

export function createReadMeter(budget: ReadBudget = {}): ReadMeter {
  const clock = budget.clock ?? Date.now;
  let requests = 0;
  let slowestPageMs = 0;
  let stopKind: StopKind | null = null;
  const meter: ReadMeter = {
    clock,
    startedAt: clock(),
    get requests() {
      return requests;
    },
    rounds: 0,
    get stopKind() {
      return stopKind;
    },
    mustStop() {
      if (budget.maxRequests !== undefined && requests >= budget.maxRequests) stopKind ??= 'requests';
      else if (budget.deadlineAt !== undefined && clock() + slowestPageMs >= budget.deadlineAt) stopKind ??= 'time';
      return stopKind !== null;
    },
    async page<T>(send: () => Promise<T>): Promise<T> {
      if (meter.mustStop()) throw new Stopped();
      requests += 1;
      const t0 = clock();
      const result = await send();
      slowestPageMs = Math.max(slowestPageMs, clock() - t0);
      return result;
    },
    count() {
      requests += 1;
    },
  };
  return meter;
}
