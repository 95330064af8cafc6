import { view } from './bridge';

/** Where Forge's context carries what a configuration view saved with `view.submit`. */
interface ConfiguredContext {
  extension?: { gadgetConfiguration?: unknown; config?: unknown };
}

/**
 * What this module's configuration view saved — a gadget's (`extension.gadgetConfiguration`) or a
 * macro's (`extension.config`) — as the host gives it, untrusted: each app checks it field by field.
 */
export async function savedConfig<T = unknown>(): Promise<Partial<T> | undefined> {
  const ctx = (await view.getContext()) as ConfiguredContext;
  return (ctx.extension?.gadgetConfiguration ?? ctx.extension?.config) as Partial<T> | undefined;
}
