/**
 * Jira's people endpoints, for pickers: search by name as the viewing user, and account ids back
 * to names in bulk. Both need the `read:jira-user` scope.
 */
import { route } from '@forge/api';
import { chunksOf } from './lanes';
import type { RequestJira } from './request';
import * as S from './schemas';
import type { RawFoundUsers, RawUserDetails } from './types';

/** `/user/bulk` takes at most this many account ids per request here (Jira allows 200; URLs stay short). */
export const USER_BULK_MAX = 50;

export interface UserEndpoints {
  /** `GET /rest/api/3/user/picker?query=`: people whose name (or e-mail) starts with the query. */
  findUsersForPicker(query: string, maxResults?: number): Promise<RawFoundUsers>;
  /** `GET /rest/api/3/user/bulk?accountId=…`: the users with these ids, in batches of USER_BULK_MAX. */
  getUsersBulk(accountIds: readonly string[]): Promise<RawUserDetails[]>;
}

export function userEndpoints(requestJira: RequestJira): UserEndpoints {
  return {
    findUsersForPicker: (query, maxResults = 20) =>
      requestJira(route`/rest/api/3/user/picker`, {
        query: { query, maxResults, showAvatar: true, excludeConnectUsers: true },
        shape: S.foundUsers,
      }),
    getUsersBulk: async (accountIds) => {
      const pages = await Promise.all(
        chunksOf([...new Set(accountIds)], USER_BULK_MAX).map((ids) =>
          requestJira(route`/rest/api/3/user/bulk`, {
            query: { accountId: { repeat: ids }, maxResults: ids.length },
            shape: S.userPage,
          }),
        ),
      );
      return pages.flatMap((p) => p.values ?? []);
    },
  };
}
