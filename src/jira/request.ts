import type { EndpointCall, Route } from '../http/transport';

/** The client's one way to call Jira (see `requestJira` in ./client), for endpoint files. */
export type RequestJira = <T>(path: Route, init: EndpointCall<T>) => Promise<T>;
