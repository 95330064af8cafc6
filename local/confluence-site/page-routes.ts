/** Pages: list (by space, id, title, status), create and update, with Confluence's refusals (duplicate title 400, stale version 409). */
import type { DemoUser } from '../demo-site/model';
import { badRequest, bodyOf, DUPLICATE_TITLE_MESSAGE, idList, notFound, paged, refuse, type Reply } from './replies';
import type { Json, SitePage, Wiki } from './wiki';

type Body = { [k: string]: Json | undefined };

export function readablePage(wiki: Wiki, u: DemoUser, id: string): SitePage {
  const p = /^\d+$/.test(id) ? wiki.pages.get(id) : undefined;
  const s = p ? wiki.spaceById(p.spaceId) : undefined;
  if (!p || !s || !wiki.canRead(u, s)) return notFound();
  return p;
}

export function listPages(wiki: Wiki, u: DemoUser, q: URLSearchParams, spaceIds: string[] | undefined, path: string): Reply {
  const ids = idList(q, 'id');
  const title = q.get('title');
  const statuses = (q.get('status') ?? 'current,archived').split(',').map((s) => s.trim());
  const format = q.get('body-format');
  const all = [...wiki.pages.values()]
    .filter((p) => {
      const s = wiki.spaceById(p.spaceId);
      return (
        s !== undefined &&
        wiki.canRead(u, s) &&
        (!spaceIds || spaceIds.includes(p.spaceId)) &&
        (!ids || ids.includes(p.id)) &&
        (title === null || p.title === title) &&
        statuses.includes(p.status)
      );
    })
    .sort((a, b) => Number(a.id) - Number(b.id))
    .map((p) => wiki.pageJson(p, format, false));
  return paged(wiki.base, path, q, all);
}

export function createPage(wiki: Wiki, u: DemoUser, q: URLSearchParams, b: Body): Reply {
  if (typeof b.spaceId !== 'string' && typeof b.spaceId !== 'number') return badRequest('spaceId is required.');
  const space = wiki.spaceById(String(b.spaceId));
  if (!space || !wiki.canWrite(u, space)) return notFound();
  const status = b.status ?? 'current';
  if (status !== 'current' && status !== 'draft') return badRequest(`Invalid status: ${String(status)}.`);
  const title = typeof b.title === 'string' ? b.title.trim() : '';
  if (status === 'current' && title === '') return badRequest('Title is required for a page that is not a draft.');
  if (title.length > 255) return badRequest('Title must be at most 255 characters.');
  if (status === 'current' && wiki.titleTaken(space.id, title)) return badRequest(DUPLICATE_TITLE_MESSAGE);
  let parentId: string | null = null;
  if (b.parentId !== undefined && b.parentId !== null) {
    if (q.get('root-level') === 'true') return badRequest('parentId may not be given with root-level=true.');
    const parent = wiki.pages.get(String(b.parentId));
    if (!parent || parent.spaceId !== space.id || parent.status === 'trashed') return notFound();
    parentId = parent.id;
  } else if (q.get('root-level') !== 'true') {
    parentId = wiki.homepage.get(space.id) ?? null;
  }
  const storage = bodyOf(b.body);
  const at = wiki.now().toISOString();
  const page: SitePage = {
    id: wiki.newId(),
    spaceId: space.id,
    title,
    status: status as 'current' | 'draft',
    parentId,
    authorId: u.accountId,
    createdAt: at,
    versions: [{ number: 1, message: '', createdAt: at, authorId: u.accountId, minorEdit: false, storage }],
  };
  wiki.pages.set(page.id, page);
  return { status: 200, body: wiki.pageJson(page, 'storage', true) };
}

export function updatePage(wiki: Wiki, u: DemoUser, id: string, b: Body): Reply {
  const page = readablePage(wiki, u, id);
  const space = wiki.spaceById(page.spaceId)!;
  if (!wiki.canWrite(u, space)) return notFound();
  for (const field of ['id', 'status', 'title', 'body', 'version']) {
    if (b[field] === undefined || b[field] === null) return badRequest(`${field} is required.`);
  }
  if (String(b.id) !== page.id) return badRequest(`The id in the body (${String(b.id)}) does not match the page id in the path (${page.id}).`);
  if (b.status !== 'current' && b.status !== 'draft') return badRequest(`Invalid status: ${String(b.status)}.`);
  if (b.spaceId !== undefined && String(b.spaceId) !== page.spaceId) return badRequest('Moving a page to a different space is not supported.');
  const title = typeof b.title === 'string' ? b.title.trim() : '';
  if (title === '') return badRequest('Title is required.');
  if (title.length > 255) return badRequest('Title must be at most 255 characters.');
  const version = b.version as { [k: string]: Json };
  if (typeof version !== 'object' || typeof version.number !== 'number' || !Number.isInteger(version.number)) {
    return badRequest('version.number is required and must be a whole number.');
  }
  const current = wiki.latest(page).number;
  if (version.number !== current + 1) {
    return refuse(409, 'CONFLICT', `Version must be incremented on update. Current Version is: ${current}`);
  }
  if (title !== page.title && wiki.titleTaken(page.spaceId, title, page.id)) return badRequest(DUPLICATE_TITLE_MESSAGE);
  let parentId = page.parentId;
  if (b.parentId !== undefined && b.parentId !== null) {
    const parent = wiki.pages.get(String(b.parentId));
    if (!parent || parent.spaceId !== page.spaceId || parent.id === page.id) return notFound();
    parentId = parent.id;
  }
  const storage = bodyOf(b.body);
  page.title = title;
  page.parentId = parentId;
  page.status = b.status;
  page.versions.push({
    number: current + 1,
    message: typeof version.message === 'string' ? version.message : '',
    createdAt: wiki.now().toISOString(),
    authorId: u.accountId,
    minorEdit: false,
    storage,
  });
  return { status: 200, body: wiki.pageJson(page, 'storage', true) };
}
