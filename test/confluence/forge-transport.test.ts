const requestConfluence = jest.fn();
jest.mock('@forge/api', () => ({
  __esModule: true,
  default: { asUser: () => ({ requestConfluence }) },
  ...jest.requireActual<object>('@forge/api/out/safeUrl'),
}));

import { route } from '@forge/api';
import { isRoute } from '@forge/api/out/safeUrl';
import { createConfluenceClient } from '../../src/confluence';
import { forgeConfluenceTransport } from '../../src/confluence/forge-transport';
import { defineResolver } from '../../src/resolvers/define';
import { request } from '../fixtures/fake-transport';

describe('Forge Confluence transport', () => {
  it('calls requestConfluence as the user, with a Route holding the path and query, and a JSON body', async () => {
    requestConfluence.mockResolvedValue({ status: 200, headers: { get: () => null }, text: async () => '{"id":"1"}' });
    const t = forgeConfluenceTransport();
    const res = await t(request('POST', route`/wiki/api/v2/pages`, { query: { 'root-level': false }, body: { title: 'T' } }));
    expect(res.status).toBe(200);
    expect(await res.text()).toBe('{"id":"1"}');
    const [url] = requestConfluence.mock.calls[0] as [unknown];
    expect(isRoute(url)).toBe(true);
    expect(requestConfluence).toHaveBeenCalledWith(
      expect.objectContaining({ value: '/wiki/api/v2/pages?root-level=false' }),
      { method: 'POST', headers: { Accept: 'application/json', 'Content-Type': 'application/json' }, body: '{"title":"T"}' },
    );
  });

  it('lets Forge\'s consent error through untouched, never retried or wrapped', async () => {
    const consent = Object.assign(new Error('Authentication required'), { name: 'NEEDS_AUTHENTICATION_ERR' });
    requestConfluence.mockReset();
    requestConfluence.mockRejectedValue(consent);
    const client = createConfluenceClient(forgeConfluenceTransport(), { sleep: async () => undefined });
    await expect(client.getSpaceByKey('PO')).rejects.toBe(consent);
    expect(requestConfluence).toHaveBeenCalledTimes(1);
    const handler = defineResolver('t', () => client.getPage('1'));
    await expect(handler({ payload: {}, context: { accountId: 'a' } })).rejects.toBe(consent);
  });

  it('refuses a path that is not a Confluence v2 path', async () => {
    await expect(forgeConfluenceTransport()(request('GET', route`/rest/api/3/myself`))).rejects.toThrow(/unsafe Confluence path/);
  });

  it('Forge takes no AbortSignal, yet a hung request or a stalled body is abandoned after the attempt timeout and retried', async () => {
    const never = new Promise<never>(() => undefined);
    const page = { id: '1', title: 'T', spaceId: '9', status: 'current', version: { number: 1 } };
    requestConfluence.mockReset();
    requestConfluence
      .mockReturnValueOnce(never)
      .mockResolvedValueOnce({ status: 200, headers: { get: () => null }, text: () => never })
      .mockResolvedValueOnce({ status: 200, headers: { get: () => null }, text: async () => JSON.stringify(page) });
    const client = createConfluenceClient(forgeConfluenceTransport(), { sleep: async () => undefined, attemptTimeoutMs: 40 });
    await expect(client.getPage('1')).resolves.toMatchObject({ id: '1', title: 'T' });
    expect(requestConfluence).toHaveBeenCalledTimes(3);
  });
});

