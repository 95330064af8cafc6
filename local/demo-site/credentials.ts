import { DEMO_API_TOKEN } from './model';

/** `Authorization` header value for a demo user (Jira Cloud basic auth with an API token). */
export function basicAuthHeader(email: string, token: string = DEMO_API_TOKEN): string {
  return `Basic ${Buffer.from(`${email}:${token}`).toString('base64')}`;
}
