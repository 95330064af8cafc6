/**
 * A corrupting HTTP proxy on 127.0.0.1 in front of a site (the demo Jira site in tests and the
 * bench): it forwards every request and spoils some answers the way networks and gateways do —
 * rate limits, 5xx, slowness, a body that stalls, a reset connection, JSON cut off, a 200 that is
 * not Jira's shape, or no answer at all. The fault matrix test and `npm run bench` use it.
 */
import { createServer, request as httpRequest, type IncomingMessage, type ServerResponse } from 'node:http';
import { closeServer, listen, readBytes } from '../node/http-server';

export type FaultKind =
  /** 429 with `Retry-After` (seconds, default 0). */
  | 'rate-limit'
  /** 500 with Jira's ErrorCollection. */
  | 'server-error'
  /** The real answer, `delayMs` late. */
  | 'slow'
  /** Status, headers and half the body, then nothing more (the connection stays open). */
  | 'stall'
  /** The connection is destroyed before any answer. */
  | 'reset'
  /** The real status with the body cut in half (a consistent Content-Length: the JSON is what is broken). */
  | 'truncate'
  /** 200 `{}`. */
  | 'empty-object'
  /** 200 `null`. */
  | 'null-body'
  /** The request is read and never answered. */
  | 'silence';

export interface FaultRule {
  kind: FaultKind;
  /** Spoil every `every`-th request (1 = all; default 1). */
  every?: number;
  /** `slow`: the delay in ms. */
  delayMs?: number;
  /** `rate-limit`: the Retry-After header in seconds (default 0). */
  retryAfterSeconds?: number;
}

export interface FaultProxy {
  url: string;
  /** Requests received, and how many were spoiled. */
  readonly requests: number;
  readonly spoiled: number;
  setRule(rule: FaultRule | null): void;
  close(): Promise<void>;
}

export async function startFaultProxy(upstream: string, rule: FaultRule | null = null): Promise<FaultProxy> {
  const target = new URL(upstream);
  let current = rule;
  let requests = 0;
  let spoiled = 0;

  const server = createServer((req, res) => {
    requests++;
    const r = current;
    const hit = r !== null && requests % Math.max(1, r.every ?? 1) === 0;
    if (hit) spoiled++;
    void serve(req, res, hit ? r : null);
  });

  async function serve(req: IncomingMessage, res: ServerResponse, fault: FaultRule | null): Promise<void> {
    const body = await readBytes(req);
    switch (fault?.kind) {
      case 'rate-limit':
        return json(res, 429, { errorMessages: ['Rate limit exceeded.'], errors: {} }, { 'Retry-After': String(fault.retryAfterSeconds ?? 0) });
      case 'server-error':
        return json(res, 500, { errorMessages: ['Internal server error'], errors: {} });
      case 'empty-object':
        return json(res, 200, {});
      case 'null-body':
        return json(res, 200, null);
      case 'reset':
        req.socket.destroy();
        return;
      case 'silence':
        return; // the socket stays open until the client gives up or the proxy closes
      default:
        break;
    }
    if (fault?.kind === 'slow') await new Promise((resolve) => setTimeout(resolve, fault.delayMs ?? 300));
    const answer = await forward(req, body);
    if (res.destroyed) return;
    if (fault?.kind === 'truncate' || fault?.kind === 'stall') {
      const half = answer.body.subarray(0, Math.floor(answer.body.length / 2));
      if (fault.kind === 'truncate') {
        res.writeHead(answer.status, { ...answer.headers, 'content-length': String(half.length) });
        res.end(half);
      } else {
        res.writeHead(answer.status, { ...answer.headers, 'content-length': String(answer.body.length) });
        res.write(half); // and never the rest
      }
      return;
    }
    res.writeHead(answer.status, answer.headers);
    res.end(answer.body);
  }

  function forward(req: IncomingMessage, body: Buffer): Promise<{ status: number; headers: Record<string, string>; body: Buffer }> {
    return new Promise((resolve, reject) => {
      const up = httpRequest(
        {
          host: target.hostname,
          port: target.port,
          method: req.method,
          path: req.url,
          headers: { ...req.headers, host: target.host },
        },
        (upRes) => {
          void readBytes(upRes).then((b) => {
            const headers: Record<string, string> = {};
            for (const [k, v] of Object.entries(upRes.headers)) {
              if (typeof v === 'string' && k !== 'content-length' && k !== 'transfer-encoding' && k !== 'connection') headers[k] = v;
            }
            headers['content-length'] = String(b.length);
            resolve({ status: upRes.statusCode ?? 502, headers, body: b });
          }, reject);
        },
      );
      up.on('error', reject);
      up.end(body);
    });
  }

  const port = await listen(server, 0, '127.0.0.1');

  return {
    url: `http://127.0.0.1:${port}`,
    get requests() {
      return requests;
    },
    get spoiled() {
      return spoiled;
    },
    setRule(next) {
      current = next;
      requests = 0;
      spoiled = 0;
    },
    // Stalled and silent answers hold their connections open: closing ends them too.
    close: () => closeServer(server),
  };
}

function json(res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void {
  const text = JSON.stringify(body);
  res.writeHead(status, { 'content-type': 'application/json;charset=UTF-8', 'content-length': String(Buffer.byteLength(text)), ...headers });
  res.end(text);
}
