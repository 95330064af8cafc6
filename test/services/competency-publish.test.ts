/** Publish to Confluence against the v2 stand-in: pages created once, updated (version + 1) after. */
import { createConfluenceClient, type ConfluenceClient } from '../../src/confluence';
import { fetchConfluenceTransport } from '../../local/node/confluence-fetch-transport';
import type { Framework } from '../../src/domain/framework';
import { DEFAULT_FRAMEWORK } from '../../src/frameworks';
import { levelTitle, overviewTitle, publishFramework } from '../../src/services/competency';
import { FrameworkStore } from '../../src/store/framework-store';
import { MemoryStore } from '../../src/store/memory-store';
import { DEMO_API_TOKEN, DEMO_USERS } from '../../local/demo-site/model';
import { startConfluenceSite, xhtmlProblem, type ConfluenceSite } from '../../local/confluence-site';

let site: ConfluenceSite;
beforeEach(async () => {
  site = await startConfluenceSite();
});
afterEach(async () => {
  await site.close();
});

function clientFor(email: string = DEMO_USERS.lead.email): ConfluenceClient {
  return createConfluenceClient(fetchConfluenceTransport({ baseUrl: site.url, email, apiToken: DEMO_API_TOKEN }), { sleep: async () => undefined, baseDelayMs: 1 });
}

const ours = (spaceKey = 'PO') => site.pages().filter((p) => p.spaceKey === spaceKey && !/Home$/.test(p.title));

function publish(store: MemoryStore, opts: { spaceKey?: string; framework?: Framework; client?: ConfluenceClient } = {}) {
  return publishFramework(
    { confluence: opts.client ?? clientFor(), store, accountId: DEMO_USERS.lead.accountId, now: '2025-11-30T10:00:00.000Z' },
    { framework: opts.framework ?? DEFAULT_FRAMEWORK, spaceKey: opts.spaceKey ?? 'PO' },
  );
}

describe('publish the framework to Confluence', () => {
  it('creates an overview and one child page per level on the first run', async () => {
    const store = new MemoryStore();
    const result = await publish(store);
    expect(result.space).toMatchObject({ key: 'PO', name: 'Product Ops' });
    expect(result.pages.map((p) => [p.role, p.levelId, p.title, p.action, p.version])).toEqual([
      ['overview', null, 'Career framework: Product Ops Levelling', 'created', 1],
      ['level', 'PO1', 'Product Ops Levelling: PO1', 'created', 1],
      ['level', 'PO2', 'Product Ops Levelling: PO2', 'created', 1],
      ['level', 'POL5', 'Product Ops Levelling: POL5', 'created', 1],
      ['level', 'POL6', 'Product Ops Levelling: POL6', 'created', 1],
    ]);
    const pages = ours();
    expect(pages).toHaveLength(5);
    const overview = pages.find((p) => p.title === overviewTitle(DEFAULT_FRAMEWORK))!;
    expect(overview.parentId).toBe(site.spaces().find((s) => s.key === 'PO')!.homepageId);
    for (const p of pages.filter((x) => x !== overview)) expect(p.parentId).toBe(overview.id);
    expect(result.pages[0]!.url).toBe(`${site.url}/wiki/spaces/PO/pages/${overview.id}/Career%2Bframework%3A%2BProduct%2BOps%2BLevelling`);
    for (const p of pages) expect(xhtmlProblem(p.storage)).toBeNull();
  });

  it('updates the same pages on the second run (version + 1), never duplicating them', async () => {
    const store = new MemoryStore();
    const first = await publish(store);
    const second = await publish(store);
    expect(second.pages.map((p) => [p.id, p.action, p.version])).toEqual(first.pages.map((p) => [p.id, 'updated', 2]));
    const third = await publish(store);
    expect(third.pages.every((p) => p.version === 3)).toBe(true);
    expect(ours()).toHaveLength(5);
    expect(new Set(ours().map((p) => p.title)).size).toBe(5);
  });

  it('finds its pages by title when the remembered ids are lost (a fresh store, another install)', async () => {
    const first = await publish(new MemoryStore());
    const again = await publish(new MemoryStore());
    expect(again.pages.map((p) => [p.id, p.action])).toEqual(first.pages.map((p) => [p.id, 'updated']));
    expect(ours()).toHaveLength(5);
  });

  it('remembers the page ids per space, so a renamed framework updates (and renames) its own pages', async () => {
    const store = new MemoryStore();
    const first = await publish(store);
    const remembered = await new FrameworkStore(store).publishedPages(first.space.id, DEFAULT_FRAMEWORK.id);
    expect(remembered).toMatchObject({ overviewId: first.pages[0]!.id, levels: { PO1: first.pages[1]!.id } });
    const renamed: Framework = { ...JSON.parse(JSON.stringify(DEFAULT_FRAMEWORK)), name: 'Product Ops Levels 2026' };
    const second = await publish(store, { framework: renamed });
    expect(second.pages.map((p) => p.id)).toEqual(first.pages.map((p) => p.id));
    expect(ours().map((p) => p.title).sort()).toEqual(
      ['Career framework: Product Ops Levels 2026', ...renamed.levels.map((l) => levelTitle(renamed, l))].sort(),
    );
  });

  it('retries once with the new version when someone edited a page in between (409)', async () => {
    const store = new MemoryStore();
    const first = await publish(store);
    // Someone edits PO1's page twice in Confluence; our remembered page still says version 1 … but we re-read it.
    site.editAs(DEMO_USERS.mobile.accountId, first.pages[1]!.id, '<p>edited</p>');
    const racing = clientFor();
    const realGet = racing.getPage.bind(racing);
    let sneaked = false;
    racing.getPage = async (id, o) => {
      const page = await realGet(id, o);
      if (id === first.pages[1]!.id && !sneaked) {
        sneaked = true; // after we read it, someone saves it again: our version + 1 is now stale
        site.editAs(DEMO_USERS.mobile.accountId, id, '<p>edited again</p>');
      }
      return page;
    };
    const second = await publish(store, { client: racing });
    expect(second.pages[1]).toMatchObject({ action: 'updated', version: 4 });
    expect(ours().find((p) => p.id === first.pages[1]!.id)!.storage).toContain('What PO1 expects');
  });

  it('two publishes racing still leave one page per title', async () => {
    const [a, b] = await Promise.all([publish(new MemoryStore()), publish(new MemoryStore())]);
    expect(ours()).toHaveLength(5);
    expect(a.pages.map((p) => p.id)).toEqual(b.pages.map((p) => p.id));
  });

  it('publishes to another space independently', async () => {
    const store = new MemoryStore();
    await publish(store);
    const eng = await publish(store, { spaceKey: 'ENG' });
    expect(eng.pages.every((p) => p.action === 'created')).toBe(true);
    expect(ours('ENG')).toHaveLength(5);
    expect(ours('PO')).toHaveLength(5);
  });

  it('escapes framework text in storage format', async () => {
    const f: Framework = JSON.parse(JSON.stringify(DEFAULT_FRAMEWORK));
    f.levels[0]!.categories[0]!.skills[0]!.behaviours[0] = 'Uses <script>alert(1)</script> & "quotes" ]]> safely';
    f.name = 'R&D <Ops>';
    await publish(new MemoryStore(), { framework: f });
    const po1 = ours().find((p) => p.title === 'R&D <Ops>: PO1')!;
    expect(po1.storage).toContain('Uses &lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;quotes&quot; ]]&gt; safely');
    expect(po1.storage).not.toContain('<script>');
    for (const p of ours()) expect(xhtmlProblem(p.storage)).toBeNull();
  });

  it('answers NOT_FOUND for an unknown or invisible space, BAD_INPUT for a bad key, and 404 → NOT_FOUND where the user may not write', async () => {
    await expect(publish(new MemoryStore(), { spaceKey: 'NOPE' })).rejects.toMatchObject({ code: 'NOT_FOUND' });
    await expect(publish(new MemoryStore(), { client: clientFor(DEMO_USERS.outsider.email) })).rejects.toMatchObject({ code: 'NOT_FOUND' });
    await expect(publish(new MemoryStore(), { spaceKey: 'P O' })).rejects.toMatchObject({ code: 'BAD_INPUT' });
    await expect(publish(new MemoryStore(), { spaceKey: 'ENG', client: clientFor(DEMO_USERS.mobile.email) })).rejects.toMatchObject({ code: 'NOT_FOUND' });
    expect(ours('ENG')).toHaveLength(0);
  });

  it('rides out a rate limit', async () => {
    site.injectFaults({ status: 429, count: 2, retryAfterSeconds: 0 });
    const result = await publish(new MemoryStore());
    expect(result.pages).toHaveLength(5);
  });

  it('level pages list behaviours in order and everything expected below, in an expand', async () => {
    await publish(new MemoryStore());
    const po2 = ours().find((p) => p.title === 'Product Ops Levelling: PO2')!.storage;
    const skill = DEFAULT_FRAMEWORK.levels[1]!.categories[0]!.skills[1]!;
    expect(po2).toContain(`<h4>${skill.name.replace(/&/g, '&amp;')}</h4><ol>`);
    expect(po2).toContain('<ac:structured-macro ac:name="expand"><ac:parameter ac:name="title">Everything expected at PO2</ac:parameter>');
    expect(po2).toContain('<h2>From PO1</h2>');
    const overview = ours().find((p) => p.title === 'Career framework: Product Ops Levelling')!.storage;
    expect(overview).toContain('<h3>Flatter Hierarchy</h3>');
    expect(overview).toContain('ri:content-title="Product Ops Levelling: POL6"');
  });
});

describe('text XML forbids never reaches a published page', () => {
  // Every control character XML 1.0 forbids, a lone surrogate and U+FFFF, in names, ids and texts.
  const BAD = '\u0001\u0007\u000b\u001f\ud800\uffff';
  // eslint-disable-next-line no-control-regex -- the characters under test
  const FORBIDDEN = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

  function dirty(): Framework {
    const f = JSON.parse(JSON.stringify(DEFAULT_FRAMEWORK)) as Framework;
    f.name = `Ops${BAD} Levels`;
    const level = f.levels[0]!;
    const oldId = level.id;
    level.id = `PO${BAD}1`;
    for (const ladder of f.ladders) ladder.levels = ladder.levels.map((id) => (id === oldId ? level.id : id));
    level.scope = `Scope${BAD}`;
    level.categories[0]!.skills[0]!.behaviours[0] = `Does${BAD} things`;
    return f;
  }

  it('titles and bodies are stripped of them, and the pages are well-formed', async () => {
    const framework = dirty();
    const result = await publish(new MemoryStore(), { framework });
    expect(result.pages).toHaveLength(5);
    const pages = ours();
    expect(pages).toHaveLength(5);
    for (const p of pages) {
      expect({ title: p.title, bad: FORBIDDEN.test(p.title) }).toEqual({ title: p.title, bad: false });
      expect(FORBIDDEN.test(p.storage)).toBe(false);
      expect(xhtmlProblem(p.storage)).toBeNull();
    }
    expect(pages.map((p) => p.title)).toContain('Career framework: Ops Levels');
    expect(pages.map((p) => p.title)).toContain('Ops Levels: PO1');
    // A second run finds the same (stripped) titles and updates them.
    const again = await publish(new MemoryStore(), { framework });
    expect(again.pages.map((p) => p.action)).toEqual(['updated', 'updated', 'updated', 'updated', 'updated']);
  });
});
