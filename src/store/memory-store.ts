import { assertValidKey, assertValidValue, type KeyValueStore } from './kv-store';

/**
 * In-memory store. `yieldBetween` makes every operation await a macrotask first, so tests can
 * show that concurrent writers do not lose updates (a synchronous map would prove nothing).
 */
export class MemoryStore implements KeyValueStore {
  protected readonly data = new Map<string, string>();

  constructor(private readonly opts: { yieldBetween?: boolean } = {}) {}

  private async pause(): Promise<void> {
    if (this.opts.yieldBetween) await new Promise((r) => setTimeout(r, 0));
  }

  async get<T>(key: string): Promise<T | undefined> {
    assertValidKey(key);
    await this.pause();
    const raw = this.data.get(key);
    return raw === undefined ? undefined : (JSON.parse(raw) as T);
  }

  async set<T>(key: string, value: T): Promise<void> {
    assertValidKey(key);
    assertValidValue(key, value);
    await this.pause();
    this.data.set(key, JSON.stringify(value));
    await this.persist();
  }

  async setIfAbsent<T>(key: string, value: T): Promise<boolean> {
    assertValidKey(key);
    assertValidValue(key, value);
    await this.pause();
    // Check and write happen in one synchronous step, like KVS's FAIL_IF_EXISTS policy.
    if (this.data.has(key)) return false;
    this.data.set(key, JSON.stringify(value));
    await this.persist();
    return true;
  }

  async delete(key: string): Promise<void> {
    assertValidKey(key);
    await this.pause();
    this.data.delete(key);
    await this.persist();
  }

  async list<T>(prefix: string): Promise<Array<{ key: string; value: T }>> {
    if (prefix !== '') assertValidKey(prefix);
    await this.pause();
    return [...this.data.entries()]
      .filter(([k]) => k.startsWith(prefix))
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
      .map(([key, raw]) => ({ key, value: JSON.parse(raw) as T }));
  }

  /** Hook for the file-backed subclass. */
  protected async persist(): Promise<void> {}
}
