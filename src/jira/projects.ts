/** Jira's paged project search, for the project picker (`read:jira-work`, as the viewing user). */
import type { Shape } from '../http/shape';
import * as S from './schemas';
import type { TransportRequest } from './transport';
import type { RawPageBean, RawProjectSummary } from './types';

export interface ProjectEndpoints {
  /** One page of `GET /rest/api/3/project/search?query=`: projects whose key or name contains the query. */
  searchProjects(query: string, startAt?: number, maxResults?: number): Promise<RawPageBean<RawProjectSummary>>;
}

export function projectEndpoints(call: <T>(req: TransportRequest, shape: Shape<T>) => Promise<T>): ProjectEndpoints {
  return {
    searchProjects: (query, startAt = 0, maxResults = 20) =>
      call<RawPageBean<RawProjectSummary>>({
        method: 'GET',
        path: '/rest/api/3/project/search',
        query: { query: query || undefined, startAt, maxResults: Math.min(Math.max(1, maxResults), 100), orderBy: 'name' },
      }, S.projectPage),
  };
}
