/**
 * Parallel lanes: `concurrency` workers take tasks in order until none is left. Results keep the
 * tasks' order; each lane reports the tasks it ran, so a caller can tell how many requests were on
 * the critical path (the busiest lane).
 */
export interface LanesResult<R> {
  results: R[];
  /** Task indexes per lane, in the order each lane ran them. */
  lanes: number[][];
}

export async function inLanes<T, R>(tasks: readonly T[], concurrency: number, run: (task: T, index: number) => Promise<R>): Promise<LanesResult<R>> {
  const results: R[] = new Array<R>(tasks.length);
  const lanes: number[][] = [];
  let next = 0;
  const lane = async (mine: number[]): Promise<void> => {
    while (next < tasks.length) {
      const i = next++;
      mine.push(i);
      results[i] = await run(tasks[i]!, i);
    }
  };
  const count = Math.max(1, Math.min(Math.floor(concurrency), tasks.length));
  await Promise.all(
    Array.from({ length: tasks.length === 0 ? 0 : count }, () => {
      const mine: number[] = [];
      lanes.push(mine);
      return lane(mine);
    }),
  );
  return { results, lanes };
}

/** Splits a list into consecutive chunks of at most `size`. */
export function chunksOf<T>(list: readonly T[], size: number): T[][] {
  const out: T[][] = [];
  const n = Math.max(1, Math.floor(size));
  for (let i = 0; i < list.length; i += n) out.push(list.slice(i, i + n));
  return out;
}
