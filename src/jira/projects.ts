/** Jira's paged project search, for the project picker (`read:jira-work`, as the viewing user). */
import { route } from '@forge/api';
import type { RequestJira } from './request';
import * as S from './schemas';
import type { RawPageBean, RawProjectSummary } from './types';

export interface ProjectEndpoints {
  /** One page of `GET /rest/api/3/project/search?query=`: projects whose key or name contains the query. */
  searchProjects(query: string, startAt?: number, maxResults?: number): Promise<RawPageBean<RawProjectSummary>>;
}

export function projectEndpoints(requestJira: RequestJira): ProjectEndpoints {
  return {
    searchProjects: (query, startAt = 0, maxResults = 20) =>
      requestJira(route`/rest/api/3/project/search`, {
        query: { query: query || undefined, startAt, maxResults: Math.min(Math.max(1, maxResults), 100), orderBy: 'name' },
        shape: S.projectPage,
      }),
  };
}
