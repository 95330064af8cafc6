/**
 * Forge KVS limits, each shown with a value one byte (or character) over it: keys of at most 500
 * characters of [a-zA-Z0-9:._ #-], values of at most 240 KiB; nothing the app stores can cross
 * them; conflicts recognised by KVS's error code; listings page at KVS's documented maximum.
 */
const kvsCalls: Array<{ limit?: number; cursor?: string }> = [];
const kvsRows = Array.from({ length: 47 }, (_, i) => ({ key: `signoff:1:qa:${String(i).padStart(3, '0')}`, value: i }));
let setError: unknown = null;
jest.mock('@forge/kvs', () => {
  const actual = jest.requireActual<typeof import('@forge/kvs')>('@forge/kvs');
  const query = (state: { limit?: number; cursor?: string } = {}) => ({
    where: () => query(state),
    limit: (n: number) => query({ ...state, limit: n }),
    cursor: (c: string) => query({ ...state, cursor: c }),
    getMany: async () => {
      kvsCalls.push(state);
      const from = Number(state.cursor ?? 0);
      const to = from + (state.limit ?? 10);
      return { results: kvsRows.slice(from, to), nextCursor: to < kvsRows.length ? String(to) : undefined };
    },
  });
  return {
    ...actual,
    kvs: {
      set: async () => {
        if (setError) throw setError;
      },
      query: () => query(),
    },
  };
});

import { ForgeKvsAPIError } from '@forge/kvs';
import { validateFramework } from '../../src/frameworks';
import { DEFAULT_FRAMEWORK } from '../../src/frameworks';
import { ASSESSMENT_MAX_BYTES, AssessmentStore, type AssessmentDraft } from '../../src/store/assessment-store';
import { FrameworkStore } from '../../src/store/framework-store';
import { assertValidKey, encodeKeyPart, KEY_PART_MAX_CHARS, storageKey, storedBytes, VALUE_MAX_BYTES } from '../../src/store/kv-store';
import { KVS_QUERY_PAGE_MAX, KvsStore } from '../../src/store/kvs-store';
import { MemoryStore } from '../../src/store/memory-store';
import { SCOPE_PART_BYTES, SignoffStore, splitKeys } from '../../src/store/signoff-store';
import { SETTINGS_LIMITS } from '../../src/contract';
import { validateSettings } from '../../src/services/settings';

describe('keys', () => {
  it('takes 500 characters of the allowed set, a space included; refuses 501, and every other whitespace', () => {
    expect(() => assertValidKey('a'.repeat(500))).not.toThrow();
    expect(() => assertValidKey('a'.repeat(501))).toThrow(/1–500 characters/);
    expect(() => assertValidKey('settings:a b#c.d_e-f')).not.toThrow();
    for (const bad of ['a\nb', 'a\tb', 'a\rb', 'a\u00a0b', 'a\u2028b', 'a/b', 'é', '']) expect(() => assertValidKey(bad)).toThrow(/Invalid storage key/);
  });

  it('an encoded id part is at most 100 characters: one over and it becomes a hash, still one per id', () => {
    const fits = 'a'.repeat(KEY_PART_MAX_CHARS);
    expect(encodeKeyPart(fits)).toBe(fits);
    const over = encodeKeyPart(`${fits}b`);
    expect(over).toMatch(/^_h_[0-9a-f]{64}$/);
    // An account id of the longest form the contract accepts, all separators: 128 × ':' would be 512 characters plain.
    const colons = `a${':'.repeat(127)}`;
    const underscores = `a${'_'.repeat(127)}`;
    expect(encodeKeyPart(colons)).not.toBe(encodeKeyPart(underscores));
    for (const id of [colons, underscores]) {
      expect(encodeKeyPart(id).length).toBeLessThanOrEqual(KEY_PART_MAX_CHARS);
      expect(() => storageKey('assessment-shared-with', encodeKeyPart(id), encodeKeyPart(id))).not.toThrow();
    }
  });
});

describe('values', () => {
  it('a store takes a value of exactly 240 KiB of JSON and refuses one byte more', async () => {
    const store = new MemoryStore();
    const exact = 'x'.repeat(VALUE_MAX_BYTES - 2); // the two quotes make it VALUE_MAX_BYTES
    expect(storedBytes(exact)).toBe(VALUE_MAX_BYTES);
    await expect(store.set('k', exact)).resolves.toBeUndefined();
    await expect(store.set('k', `${exact}x`)).rejects.toThrow(/at most 245760 bytes/);
    await expect(store.setIfAbsent('k2', `${exact}x`)).rejects.toThrow(/at most 245760 bytes/);
    // Counted in UTF-8 bytes, not characters.
    await expect(store.set('k', 'é'.repeat(VALUE_MAX_BYTES / 2))).rejects.toThrow(/at most/);
  });

  it('an assessment saves at 200 KiB and is refused one byte over with BAD_INPUT, leaving the saved one as it was', async () => {
    const store = new MemoryStore();
    const assessments = new AssessmentStore(store, () => 0);
    const draft = (person: string): AssessmentDraft => ({
      person,
      currentLevel: 'PO1',
      currentLevelSince: '2024-01-01',
      targetLevel: 'PO2',
      demonstrated: Array.from({ length: 500 }, (_, i) => ({ skill: 'Roadmapping', behaviour: (i % 12) + 1, evidence: 'e'.repeat(300) })),
      frameworkRef: 'default:product-ops',
    });
    const base = storedBytes({ schema: 1, ownerAccountId: 'owner-1', ...draft(''), revision: 1, updatedAt: '2026-11-20T00:00:00.000Z' });
    const fill = 'p'.repeat(ASSESSMENT_MAX_BYTES - base);
    const saved = await assessments.save('owner-1', draft(fill), '2026-11-20T00:00:00.000Z');
    expect(storedBytes(saved)).toBe(ASSESSMENT_MAX_BYTES);
    await expect(assessments.save('owner-1', draft(`${fill}p`), '2026-11-20T00:00:00.000Z')).rejects.toMatchObject({
      code: 'BAD_INPUT',
      message: expect.stringMatching(/too large to save: 201 KiB, at most 200 KiB/),
    });
    expect((await assessments.get('owner-1'))?.revision).toBe(1);
  });

  it("a sign-off's scope larger than a value is kept in parts and read back whole", async () => {
    const store = new MemoryStore();
    const keys = Array.from({ length: 30_000 }, (_, i) => `BIGPROJECT-${i + 1}`);
    expect(storedBytes(keys)).toBeGreaterThan(VALUE_MAX_BYTES);
    const signoffs = new SignoffStore(store);
    await signoffs.record({ action: 'sign', versionId: '10001', checkId: 'qa', accountId: 'a-1', at: '2026-11-20T00:00:00.000Z', scopeKeys: keys });
    const [event] = await signoffs.history('10001');
    expect(event?.scopeKeys).toEqual(keys);
    expect(event).not.toHaveProperty('scopeParts');
    const rows = await store.list('');
    expect(rows.length).toBeGreaterThan(2);
    for (const r of rows) expect(storedBytes(r.value)).toBeLessThanOrEqual(VALUE_MAX_BYTES);
  });

  it('splits keys so each part stays within its budget: exactly the budget is one part, one byte over is two', () => {
    const keys = ['AB-1', 'AB-2', 'AB-3'];
    const exact = storedBytes(keys);
    expect(splitKeys(keys, exact)).toEqual([keys]);
    expect(splitKeys(keys, exact - 1)).toEqual([['AB-1', 'AB-2'], ['AB-3']]);
    expect(SCOPE_PART_BYTES).toBeLessThan(VALUE_MAX_BYTES);
  });
});

describe('the largest settings the contract accepts', () => {
  it('fit one value: 20 checks of 50 longest account ids, longest labels, 50 framework editors', () => {
    const id = (n: number) => `${n}`.padStart(128, 'a');
    const label = (n: number) => `${n}`.padEnd(SETTINGS_LIMITS.labelLength, '\u00e9');
    const settings = {
      blockerPriorities: Array.from({ length: SETTINGS_LIMITS.priorities }, (_, i) => `${i}`.padEnd(SETTINGS_LIMITS.priorityLength, '\u00e9')),
      checks: Array.from({ length: SETTINGS_LIMITS.checks }, (_, c) => ({ id: null, label: label(c), signers: Array.from({ length: SETTINGS_LIMITS.signers }, (_, i) => id(c * 100 + i)) })),
      storyPointsField: 'f'.repeat(SETTINGS_LIMITS.fieldLength),
      frameworkEditors: Array.from({ length: SETTINGS_LIMITS.frameworkEditors }, (_, i) => id(9000 + i)),
    };
    const valid = validateSettings(settings);
    const stored = { revision: 99_999_999, settings: valid, updatedAt: '2026-11-20T00:00:00.000Z', updatedBy: id(1), updatedByName: 'n'.repeat(1000) };
    expect(storedBytes(stored)).toBeLessThan(VALUE_MAX_BYTES);
  });
});

describe('ids at the contract', () => {
  it('a framework id of 100 characters is valid, 101 is refused with its path', () => {
    const withId = (id: string) => validateFramework({ ...JSON.parse(JSON.stringify(DEFAULT_FRAMEWORK)), id });
    expect(withId('f'.repeat(100)).ok).toBe(true);
    const over = withId('f'.repeat(101));
    expect(over.ok).toBe(false);
    if (!over.ok) expect(over.errors).toContainEqual({ path: 'id', message: 'must be at most 100 characters (it has 101)' });
  });
});

describe('the Forge KVS adapter', () => {
  const conflict = new ForgeKvsAPIError({ status: 409, statusText: 'Conflict' }, { code: 'KEY_CONFLICT', message: 'Key already exists' });
  afterEach(() => {
    setError = null;
  });

  it("setIfAbsent: KVS's KEY_CONFLICT (409) means taken; any other failure is thrown, whatever its message says", async () => {
    const store = new KvsStore();
    setError = conflict;
    await expect(store.setIfAbsent('k', 1)).resolves.toBe(false);
    setError = new ForgeKvsAPIError({ status: 500, statusText: 'Error' }, { code: 'INTERNAL_SERVER_ERROR', message: 'conflict: key exists in a broken shard' });
    await expect(store.setIfAbsent('k', 1)).rejects.toBe(setError);
    setError = new Error('Key already exists');
    await expect(store.setIfAbsent('k', 1)).rejects.toThrow('Key already exists');
    setError = null;
    await expect(store.setIfAbsent('k', 1)).resolves.toBe(true);
  });

  it('lists every row, 20 a page (the documented maximum), following the cursor', async () => {
    kvsCalls.length = 0;
    const rows = await new KvsStore().list('signoff:1:');
    expect(rows.map((r) => r.value)).toEqual(kvsRows.map((r) => r.value));
    expect(kvsCalls.map((c) => c.limit)).toEqual([20, 20, 20]);
    expect(kvsCalls.map((c) => c.cursor)).toEqual([undefined, '20', '40']);
    expect(KVS_QUERY_PAGE_MAX).toBe(20);
  });

  it('refuses a value over 240 KiB before sending it', async () => {
    await expect(new KvsStore().set('k', 'x'.repeat(VALUE_MAX_BYTES - 1))).rejects.toThrow(/at most 245760 bytes/);
  });
});

describe('framework saves', () => {
  const tiny = (n: number) => ({ ...JSON.parse(JSON.stringify(DEFAULT_FRAMEWORK)), id: `tiny-${n}`, name: `Tiny ${n}` });

  it('8 concurrent saves all land, one after another, and leave only the active generation', async () => {
    const store = new MemoryStore({ yieldBetween: true });
    const frameworks = new FrameworkStore(store);
    await Promise.all(Array.from({ length: 8 }, (_, i) => frameworks.saveCustom(tiny(i), `user-${i}`, `2026-11-20T00:00:0${i}.000Z`)));
    const manifest = await frameworks.manifest();
    const chunks = (await store.list('framework:custom:chunk:')).map((r) => r.key);
    expect(chunks.length).toBe(manifest!.chunks);
    expect(chunks.every((k) => k.startsWith(`framework:custom:chunk:${manifest!.generation}:`))).toBe(true);
    expect(await store.get('framework:custom:lock')).toBeUndefined();
    expect((await frameworks.auditTrail()).filter((e) => e.action === 'save-custom')).toHaveLength(8);
    expect((await frameworks.getCustom())?.manifest.generation).toBe(manifest!.generation);
  });

  it("removes what a save that died left behind, and takes over a dead call's lock (a live one makes it wait, then say so)", async () => {
    let now = Date.UTC(2026, 10, 20);
    const store = new MemoryStore();
    const frameworks = new FrameworkStore(store, Math.random, () => now, async (ms) => void (now += ms));
    await store.set('framework:custom:lock', { at: now, token: 'alive' });
    await expect(frameworks.clearCustom('user-1', '2026-11-20T00:00:00.000Z')).rejects.toMatchObject({
      code: 'CONFLICT',
      message: 'Someone else is changing the team framework right now. Try again in a moment.',
    });
    // A minute later the holder is taken for dead: its lock and its half-written chunks go.
    await store.set('framework:custom:chunk:00000000000001-dead:0', '{"half":');
    now += 61_000;
    await frameworks.clearCustom('user-1', '2026-11-20T00:01:00.000Z');
    expect(await store.list('framework:custom')).toEqual([]);
  });
});
