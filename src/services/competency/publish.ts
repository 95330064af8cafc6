/**
 * Publish the framework to Confluence: one overview page and a child page per level,
 * created or updated as the user. Running it twice updates the same pages, never duplicates them:
 *
 * 1. pages remembered from the last publish to this space (store, keyed by space id and framework
 *    id) are re-read by id, so a renamed framework still updates its own pages;
 * 2. otherwise a page with the same title in the space is the one to update (Confluence allows one
 *    title per space, so this is also what a second publisher racing us finds);
 * 3. otherwise the page is created; if Confluence answers "a page with this title already exists"
 *    (someone created it a moment ago) we find it by title and update it instead.
 *
 * Updates send the current version number + 1; a 409 (someone saved in between) re-reads the page
 * and tries once more.
 */
import type { PublishedPageInfo, PublishResponse } from '../../contract/competency';
import type { ConfluenceClient, ConfluencePage } from '../../confluence/client';
import { isConfluenceError, isDuplicateTitle } from '../../confluence/errors';
import type { Framework } from '../../domain/framework';
import { BadInputError, NotFoundError } from '../../errors';
import { FrameworkStore, type PublishedPages } from '../../store/framework-store';
import type { KeyValueStore } from '../../store/kv-store';
import { levelPage, levelTitle, overviewPage, overviewTitle } from './framework-pages';
import { quote } from '../../domain/input';

/** Confluence space keys: letters and digits; personal spaces are `~` + an account id or name. */
export const SPACE_KEY = /^(~[A-Za-z0-9:_-]{1,128}|[A-Za-z0-9]{1,255})$/;

/** Confluence as the caller, storage for the page ids, and who publishes when. */
export interface PublishDeps {
  confluence: ConfluenceClient;
  store: KeyValueStore;
  /** The caller (Forge context), recorded with the page ids. */
  accountId: string;
  /** ISO timestamp. */
  now: string;
}

export interface PublishInput {
  framework: Framework;
  spaceKey: string;
}

interface Target {
  role: 'overview' | 'level';
  levelId: string | null;
  title: string;
  storage: string;
  parentId?: string;
  rememberedId?: string;
}

const VERSION_MESSAGE = 'Published by Shipshape';

export async function publishFramework(deps: PublishDeps, input: PublishInput): Promise<PublishResponse> {
  const { confluence: client } = deps;
  const { framework } = input;
  if (!SPACE_KEY.test(input.spaceKey)) {
    throw new BadInputError(`${quote(input.spaceKey)} is not a Confluence space key (letters and digits, e.g. PO; or ~ and an account id for a personal space).`);
  }
  const space = await client.getSpaceByKey(input.spaceKey);
  if (!space) throw new NotFoundError(`There is no Confluence space with key ${quote(input.spaceKey)} that you can see.`);
  const pagesStore = new FrameworkStore(deps.store);
  const remembered = await pagesStore.publishedPages(space.id, framework.id);

  async function current(id: string): Promise<ConfluencePage | undefined> {
    try {
      const page = await client.getPage(id);
      return page.spaceId === space!.id && (page.status === 'current' || page.status === 'archived') ? page : undefined;
    } catch (err) {
      if (isConfluenceError(err, 'NOT_FOUND')) return undefined;
      throw err;
    }
  }

  async function byTitle(title: string): Promise<ConfluencePage | undefined> {
    const found = await client.findPagesByTitle(space!.id, title);
    return found.find((pg) => pg.status === 'current') ?? found[0];
  }

  async function upsert(t: Target): Promise<PublishedPageInfo> {
    let existing = t.rememberedId ? await current(t.rememberedId) : undefined;
    existing ??= await byTitle(t.title);
    if (!existing) {
      try {
        const created = await client.createPage({ spaceId: space!.id, title: t.title, storage: t.storage, ...(t.parentId ? { parentId: t.parentId } : {}) });
        return info(t, created, 'created');
      } catch (err) {
        if (isConfluenceError(err, 'NOT_FOUND')) {
          // Confluence answers 404 when the user may see the space but not add pages to it.
          throw new NotFoundError(
            `Confluence did not let you create the page "${t.title}" in space ${space!.key}: you may not have permission to add pages there.`,
            err.info,
          );
        }
        if (!isDuplicateTitle(err)) throw err;
        existing = await byTitle(t.title);
        if (!existing) throw err;
      }
    }
    for (let attempt = 0; ; attempt++) {
      try {
        const updated = await client.updatePage({ id: existing.id, title: t.title, storage: t.storage, version: existing.version + 1, message: VERSION_MESSAGE });
        return info(t, updated, 'updated');
      } catch (err) {
        if (!isConfluenceError(err, 'CONFLICT') || attempt > 0) throw err;
        existing = await client.getPage(existing.id);
      }
    }
  }

  const info = (t: Target, page: ConfluencePage, action: 'created' | 'updated'): PublishedPageInfo => ({
    role: t.role,
    levelId: t.levelId,
    title: page.title,
    id: page.id,
    url: page.url,
    action,
    version: page.version,
  });

  const pages: PublishedPageInfo[] = [];
  const record: PublishedPages = {
    spaceId: space.id,
    frameworkId: framework.id,
    overviewId: remembered?.overviewId ?? '',
    levels: { ...(remembered?.levels ?? {}) },
    publishedAt: deps.now,
    publishedBy: deps.accountId,
  };
  try {
    const overview = await upsert({
      role: 'overview',
      levelId: null,
      title: overviewTitle(framework),
      storage: overviewPage(framework),
      ...(remembered?.overviewId ? { rememberedId: remembered.overviewId } : {}),
    });
    pages.push(overview);
    record.overviewId = overview.id;
    // One at a time: a handful of pages, and Confluence rate-limits bursts of writes.
    for (const level of framework.levels) {
      const rememberedId = remembered?.levels[level.id];
      const page = await upsert({
        role: 'level',
        levelId: level.id,
        title: levelTitle(framework, level),
        storage: levelPage(framework, level),
        parentId: overview.id,
        ...(rememberedId ? { rememberedId } : {}),
      });
      pages.push(page);
      record.levels[level.id] = page.id;
    }
  } finally {
    // Remember whatever was published, even when a later page failed.
    if (record.overviewId) await pagesStore.rememberPublishedPages(record);
  }
  return { space: { id: space.id, key: space.key, name: space.name, url: space.url }, frameworkId: framework.id, pages, publishedAt: deps.now };
}
