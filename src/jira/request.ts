import type { Shape } from '../http/shape';
import type { HttpMethod, QueryValue, Route } from './transport';

/** The client's one way to call Jira (see `requestJira` in ./client), for endpoint files. */
export type RequestJira = <T>(path: Route, init: { method?: HttpMethod; query?: Record<string, QueryValue>; body?: unknown; shape: Shape<T> }) => Promise<T>;
