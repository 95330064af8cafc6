/** The two pagination helpers, each on its own. */
import { collect, paginateByStartAt, paginateByToken, type OffsetPage, type TokenPage } from '../../src/jira/pagination';

describe('paginateByToken', () => {
  function pages(...ps: Array<TokenPage<number>>) {
    const asked: Array<string | undefined> = [];
    const fetchPage = (token: string | undefined) => {
      asked.push(token);
      const page = ps[asked.length - 1];
      return page ? Promise.resolve(page) : Promise.reject(new Error('asked for one page too many'));
    };
    return { fetchPage, asked };
  }

  it('follows nextPageToken until isLast', async () => {
    const p = pages(
      { items: [1, 2], nextPageToken: 't2', isLast: false },
      { items: [3, 4], nextPageToken: 't3', isLast: false },
      { items: [5], isLast: true },
    );
    await expect(collect(paginateByToken(p.fetchPage))).resolves.toEqual([1, 2, 3, 4, 5]);
    expect(p.asked).toEqual([undefined, 't2', 't3']);
  });

  it('stops on isLast even if a token came along', async () => {
    const p = pages({ items: [1], nextPageToken: 'stale', isLast: true });
    await expect(collect(paginateByToken(p.fetchPage))).resolves.toEqual([1]);
    expect(p.asked).toHaveLength(1);
  });

  it('stops when the token is absent (Jira leaves it out on the last page)', async () => {
    const p = pages({ items: [1, 2] }, { items: [3] });
    await expect(collect(paginateByToken(p.fetchPage))).resolves.toEqual([1, 2]);
    const q = pages({ items: [1], nextPageToken: null, isLast: false });
    await expect(collect(paginateByToken(q.fetchPage))).resolves.toEqual([1]);
  });

  it('handles an empty result', async () => {
    const p = pages({ items: [], isLast: true });
    await expect(collect(paginateByToken(p.fetchPage))).resolves.toEqual([]);
  });

  it('does not loop forever on a repeated token', async () => {
    const p = pages({ items: [1], nextPageToken: 'a' }, { items: [2], nextPageToken: 'a' }, { items: [3], nextPageToken: 'a' });
    await expect(collect(paginateByToken(p.fetchPage))).resolves.toEqual([1, 2]);
  });

  it('fetches lazily: stopping early fetches no more pages', async () => {
    const p = pages({ items: [1, 2], nextPageToken: 't2' }, { items: [3], isLast: true });
    for await (const n of paginateByToken(p.fetchPage)) if (n === 1) break;
    expect(p.asked).toHaveLength(1);
  });
});

describe('paginateByStartAt', () => {
  function bean(all: number[], pageSize: number, opts: { withIsLast?: boolean; withTotal?: boolean } = {}) {
    const asked: number[] = [];
    const fetchPage = (startAt: number): Promise<OffsetPage<number>> => {
      asked.push(startAt);
      const values = all.slice(startAt, startAt + pageSize);
      return Promise.resolve({
        values,
        ...(opts.withIsLast === false ? {} : { isLast: startAt + pageSize >= all.length }),
        ...(opts.withTotal === false ? {} : { total: all.length }),
      });
    };
    return { fetchPage, asked };
  }
  const seven = [1, 2, 3, 4, 5, 6, 7];

  it('walks startAt by what came back until isLast', async () => {
    const b = bean(seven, 2);
    await expect(collect(paginateByStartAt(b.fetchPage))).resolves.toEqual(seven);
    expect(b.asked).toEqual([0, 2, 4, 6]);
  });

  it('uses total when isLast is missing', async () => {
    const b = bean(seven, 3, { withIsLast: false });
    await expect(collect(paginateByStartAt(b.fetchPage))).resolves.toEqual(seven);
    expect(b.asked).toEqual([0, 3, 6]);
  });

  it('stops on an empty page when neither isLast nor total help', async () => {
    const b = bean(seven, 4, { withIsLast: false, withTotal: false });
    await expect(collect(paginateByStartAt(b.fetchPage))).resolves.toEqual(seven);
    expect(b.asked).toEqual([0, 4, 7]);
  });

  it('handles no values at all', async () => {
    const b = bean([], 50);
    await expect(collect(paginateByStartAt(b.fetchPage))).resolves.toEqual([]);
    expect(b.asked).toEqual([0]);
  });

  it('copes with a server returning fewer than asked', async () => {
    let call = 0;
    const sizes = [2, 1, 3];
    const asked: number[] = [];
    const fetchPage = (startAt: number): Promise<OffsetPage<number>> => {
      asked.push(startAt);
      const values = seven.slice(startAt, startAt + (sizes[call++] ?? 10));
      return Promise.resolve({
        values,
        isLast: startAt + values.length >= seven.length,
        total: 7,
      });
    };
    await expect(collect(paginateByStartAt(fetchPage))).resolves.toEqual(seven);
    expect(asked).toEqual([0, 2, 3, 6]);
  });
});
