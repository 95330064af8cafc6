/**
 * Jest 29 runs each test file in a `vm` context whose `Symbol` lacks `Symbol.dispose` and
 * `Symbol.asyncDispose`: Node 20 polyfills them on its own realm only (as the registered symbols
 * `nodejs.dispose` / `nodejs.asyncDispose`), and jest-environment-node copies them in from Jest 30
 * on (jestjs/jest#14874, #14909). playwright-core relies on them (`using` over its element handles,
 * e.g. when it measures a cross-origin iframe before clicking inside it); without them every click
 * in an out-of-process frame fails with "Object not disposable" and Playwright retries until it
 * times out. Same symbols as the host realm's, so objects from either side interoperate.
 */
const sym = Symbol as unknown as Record<'dispose' | 'asyncDispose', symbol | undefined>;
for (const name of ['dispose', 'asyncDispose'] as const) {
  if (typeof sym[name] !== 'symbol') {
    Object.defineProperty(Symbol, name, { value: Symbol.for(`nodejs.${name}`), writable: false, enumerable: false, configurable: false });
  }
}

export {};
