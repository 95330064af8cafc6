/**
 * One attempt of a request with its own timeout, answer body included. Both product clients use
 * it, so a hung connection or a body that stalls after the headers ends the attempt (to be retried
 * like a 5xx) instead of eating the whole deadline. The transport gets the timeout and an
 * AbortSignal to stop a request it can stop; the race bounds a transport that cannot (Forge's
 * `requestJira` / `requestConfluence` take no signal).
 */
import type { HttpRequest, HttpResponse, HttpTransport } from './transport';

export type ExchangeResult =
  /** The status and the whole body (an error body read quietly: '' when it cannot be read). */
  | { kind: 'answer'; res: HttpResponse; text: string }
  /** No complete answer within the timeout. */
  | { kind: 'timeout' };

/** Sends `req` and reads its body within `timeoutMs`; a transport error is thrown as it came. */
export async function exchangeWithin(transport: HttpTransport, req: HttpRequest, timeoutMs: number): Promise<ExchangeResult> {
  const controller = new AbortController();
  const exchange = (async (): Promise<ExchangeResult> => {
    const res = await transport({ ...req, timeoutMs, signal: controller.signal });
    const ok = res.status >= 200 && res.status < 300;
    // A 2xx body must arrive whole; an error body is only for the message.
    return { kind: 'answer', res, text: ok ? await res.text() : await readQuietly(res) };
  })();
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timedOut = new Promise<ExchangeResult>((resolve) => {
    timer = setTimeout(() => resolve({ kind: 'timeout' }), timeoutMs);
  });
  try {
    const result = await Promise.race([exchange, timedOut]);
    if (result.kind === 'timeout') {
      controller.abort();
      exchange.catch(() => undefined); // settles later, unobserved
    }
    return result;
  } finally {
    clearTimeout(timer);
  }
}

async function readQuietly(res: HttpResponse): Promise<string> {
  try {
    return await res.text();
  } catch {
    return '';
  }
}

/** `800 ms`, `8 s`. */
export function duration(ms: number): string {
  return ms < 1000 ? `${Math.round(ms)} ms` : `${Math.round(ms / 1000)} s`;
}
