import type { Envelope } from '../contract';
import { payloadProblem } from '../domain/input';
import { BadInputError, toErrorBody } from '../errors';
import type { ForgeContext } from './context';

export interface ResolverRequest {
  payload: unknown;
  context: ForgeContext;
}
export type ResolverHandler = (req: ResolverRequest) => Promise<Envelope<unknown>>;

/**
 * Wraps a resolver body so that every answer is the typed envelope: data on success, a stable
 * code, a readable message and a machine reason on failure. Unexpected errors are logged, never
 * sent to the UI; Forge's consent error is rethrown for every resolver. Every payload is bounded in
 * depth and size (`PAYLOAD_LIMITS`) before the body sees it.
 */
export function defineResolver<T>(name: string, body: (req: ResolverRequest) => Promise<T>): ResolverHandler {
  return async (req) => {
    try {
      // Bounded before any resolver walks it: nothing below has to guard against a payload
      // nested thousands deep (a recursive walk would overflow the stack).
      const problem = payloadProblem(req.payload);
      if (problem) throw new BadInputError(`The request payload is too large or too deep: ${problem}.`);
      return { ok: true, data: await body(req) };
    } catch (err) {
      // Forge turns this one into the "Allow access" prompt: it must reach Forge untouched.
      if (err instanceof Error && err.name === 'NEEDS_AUTHENTICATION_ERR') throw err;
      const error = toErrorBody(err);
      if (error.code === 'UNEXPECTED') console.error(`[${name}]`, err);
      return { ok: false, error };
    }
  };
}
