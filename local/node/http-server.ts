/**
 * What the local HTTP servers (the demo Jira site, the Confluence stand-in, the workbench) share:
 * listening (port 0 = a free one), a close that also drops kept-alive connections, reading a
 * request body, and for the two stand-in sites request counts and a queue of injected faults.
 */
import type { IncomingMessage, Server } from 'node:http';
import type { AddressInfo } from 'node:net';

/** Listens on `host` (every interface when absent) and answers the port bound. */
export async function listen(server: Server, port: number, host?: string): Promise<number> {
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => resolve());
  });
  return (server.address() as AddressInfo).port;
}

/** The address clients use: the host listened on, or 127.0.0.1 for every interface. */
export function loopbackUrl(host: string | undefined, port: number): string {
  return `http://${host && host !== '0.0.0.0' ? host : '127.0.0.1'}:${port}`;
}

/** Stops listening and ends open connections (a kept-alive client would hold `close` open). */
export function closeServer(server: Server): Promise<void> {
  return new Promise<void>((resolve, reject) => {
    server.close((err) => (err ? reject(err) : resolve()));
    server.closeAllConnections();
  });
}

/** A request's (or a client's response's) whole body. */
export function readBytes(stream: IncomingMessage): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    stream.on('data', (c: Buffer) => chunks.push(c));
    stream.on('end', () => resolve(Buffer.concat(chunks)));
    stream.on('error', reject);
  });
}

export async function readBody(req: IncomingMessage): Promise<string> {
  return (await readBytes(req)).toString('utf8');
}

/** How many requests a stand-in site answered, in all and per key (`by` names the per-key record). */
export type RequestStats<By extends string> = { readonly requests: number; reset(): void } & { readonly [K in By]: Record<string, number> };

export interface RequestCounter<By extends string> {
  count(key: string): void;
  stats: RequestStats<By>;
}

export function requestCounter<By extends string>(by: By): RequestCounter<By> {
  let requests = 0;
  let perKey: Record<string, number> = {};
  const stats = {
    get requests() {
      return requests;
    },
    reset() {
      requests = 0;
      perKey = {};
    },
  };
  Object.defineProperty(stats, by, { get: () => ({ ...perKey }), enumerable: true });
  return {
    count(key) {
      requests++;
      perKey[key] = (perKey[key] ?? 0) + 1;
    },
    stats: stats as RequestStats<By>,
  };
}

/** The next `count` requests fail as a plan says (a test's way to exercise retries). */
export interface FaultQueue<Plan extends { count: number }> {
  inject(plan: Plan): void;
  /** The plan when this request is to fail (and one fewer is left), else null. */
  take(): Plan | null;
}

export function faultQueue<Plan extends { count: number }>(): FaultQueue<Plan> {
  let pending: Plan | null = null;
  return {
    inject(plan) {
      pending = plan.count > 0 ? { ...plan } : null;
    },
    take() {
      if (!pending || pending.count <= 0) return null;
      const plan = pending;
      if (--plan.count <= 0) pending = null;
      return plan;
    },
  };
}
