import { DEMO_API_TOKEN, type DemoUser } from './model';

/** `Authorization` header value for a demo user (Jira Cloud basic auth with an API token). */
export function basicAuthHeader(email: string, token: string = DEMO_API_TOKEN): string {
  return `Basic ${Buffer.from(`${email}:${token}`).toString('base64')}`;
}

/**
 * The user a Basic `email:token` header names, when active and the token is DEMO_API_TOKEN (the
 * demo Jira site and the Confluence stand-in log in the same users, as one Atlassian site does).
 */
export function userOfBasicAuth(header: string | undefined, byEmail: (email: string) => DemoUser | undefined): DemoUser | undefined {
  const m = /^Basic\s+(.+)$/i.exec(header ?? '');
  if (!m) return undefined;
  const decoded = Buffer.from(m[1] as string, 'base64').toString('utf8');
  const colon = decoded.indexOf(':');
  if (colon < 0) return undefined;
  const user = byEmail(decoded.slice(0, colon));
  return user && user.active && decoded.slice(colon + 1) === DEMO_API_TOKEN ? user : undefined;
}
