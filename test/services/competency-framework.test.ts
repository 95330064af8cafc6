/** Custom frameworks: stored in chunks, validated with paths, the default intact. */
import type { Framework } from '../../src/domain/framework';
import { DEFAULT_FRAMEWORK } from '../../src/frameworks';
import { activeFramework, resetFramework, saveCustomFramework, searchBehaviours, levelView } from '../../src/services/competency';
import { FrameworkStore } from '../../src/store/framework-store';
import { MemoryStore } from '../../src/store/memory-store';

const copy = (): Framework => JSON.parse(JSON.stringify(DEFAULT_FRAMEWORK));
const NOW = '2025-11-30T09:00:00.000Z';

/** A store that also checks the Forge KVS value limit (240 KiB of JSON). */
class KvsLimitStore extends MemoryStore {
  override async set<T>(key: string, value: T): Promise<void> {
    const bytes = Buffer.byteLength(JSON.stringify(value));
    if (bytes > 240 * 1024) throw new Error(`value of ${key} is ${bytes} bytes, over the KVS limit`);
    return super.set(key, value);
  }
}

describe('custom frameworks', () => {
  it('the default is active until a custom one is saved, and stays intact after', async () => {
    const store = new MemoryStore();
    const before = JSON.stringify(DEFAULT_FRAMEWORK);
    expect((await activeFramework({ store })).source.kind).toBe('default');
    const custom = copy();
    custom.id = 'team-po';
    custom.name = 'Team PO';
    custom.levels[0]!.scope = 'Changed scope';
    const info = await saveCustomFramework({ store, accountId: 'acc-1', now: NOW }, { framework: custom });
    expect(info).toMatchObject({ isCustom: true, source: { kind: 'custom', frameworkId: 'team-po', name: 'Team PO', savedBy: 'acc-1', savedAt: NOW } });
    expect(info.framework.levels[0]!.scope).toBe('Changed scope');
    expect(JSON.stringify(DEFAULT_FRAMEWORK)).toBe(before);
    expect(DEFAULT_FRAMEWORK.levels[0]!.scope).not.toBe('Changed scope');
    const reset = await resetFramework({ store, accountId: 'acc-2', now: NOW });
    expect(reset.framework).toBe(DEFAULT_FRAMEWORK);
    expect(await store.list('framework:custom')).toEqual([]);
  });

  it('stores a framework larger than a KVS value in chunks, and reads it back whole', async () => {
    const store = new KvsLimitStore();
    const big = copy();
    big.id = 'big';
    big.introduction = Array.from({ length: 40 }, (_, i) => `Paragraph ${i} ${'é"\\ long text '.repeat(1000)}`);
    const size = Buffer.byteLength(JSON.stringify(big));
    expect(size).toBeGreaterThan(240 * 1024);
    await saveCustomFramework({ store, accountId: 'acc-1', now: NOW }, { text: JSON.stringify(big) });
    const manifest = await new FrameworkStore(store).manifest();
    expect(manifest!.chunks).toBeGreaterThan(1);
    expect((await activeFramework({ store })).framework).toEqual(big);
    // A second save replaces the chunks (the first generation's are gone).
    big.name = 'Bigger';
    await saveCustomFramework({ store, accountId: 'acc-1', now: '2025-12-01T00:00:00.000Z' }, { framework: big });
    const keys = (await store.list('framework:custom:chunk:')).map((r) => r.key);
    const generation = (await new FrameworkStore(store).manifest())!.generation;
    expect(keys.every((k) => k.includes(generation))).toBe(true);
    expect((await activeFramework({ store })).framework.name).toBe('Bigger');
  });

  it('a reader during a concurrent save sees the old or the new framework, never half of one', async () => {
    const store = new MemoryStore({ yieldBetween: true });
    const a = copy();
    a.id = 'a';
    a.introduction = ['A'.repeat(300_000)]; // two chunks each
    const b = copy();
    b.id = 'b';
    b.introduction = ['B'.repeat(300_000)];
    await saveCustomFramework({ store, accountId: 'acc', now: NOW }, { framework: a });
    const [read] = await Promise.all([activeFramework({ store }), saveCustomFramework({ store, accountId: 'acc', now: NOW }, { framework: b })]);
    expect(['a', 'b']).toContain(read.framework.id);
    expect(read.framework.introduction[0]).toBe((read.framework.id === 'a' ? 'A' : 'B').repeat(300_000));
  });

  it('falls back to the default, saying why, when the stored custom framework is broken', async () => {
    const store = new MemoryStore();
    await saveCustomFramework({ store, accountId: 'acc', now: NOW }, { framework: { ...copy(), id: 'x' } });
    const m = (await new FrameworkStore(store).manifest())!;
    await store.delete(`framework:custom:chunk:${m.generation}:0`);
    const active = await activeFramework({ store });
    expect(active.framework).toBe(DEFAULT_FRAMEWORK);
    expect(active.source.problem).toMatch(/could not be read/);
  });

  it('the active framework drives level views and search', async () => {
    const store = new MemoryStore();
    const custom = copy();
    custom.id = 'c';
    custom.levels[1]!.categories[0]!.skills[0]!.behaviours.push('Runs the zebra programme');
    await saveCustomFramework({ store, accountId: 'acc', now: NOW }, { framework: custom });
    const f = (await activeFramework({ store })).framework;
    expect(searchBehaviours(f, 'ZEBRA').hits).toEqual([
      { levelId: 'PO2', ladderId: 'individual-contributors', category: 'Product Skills', skill: 'Tools & Initiatives', position: 3, behaviour: 'Runs the zebra programme', matchedIn: 'behaviour' },
    ]);
    expect(searchBehaviours(DEFAULT_FRAMEWORK, 'zebra').hits).toEqual([]);
    expect(levelView(f, 'PO2').counts.own).toBe(25);
  });
});
