/**
 * The Confluence stand-in's state: spaces (who may read and write each), pages with their version
 * history, and the v2 JSON shapes of both (`SpaceBulk`, `PageBulk`/`PageSingle`) from
 * ../shared/jira/confluence-v2-openapi.json.
 */
import { DEMO_USERS, type DemoUser } from '../demo-site/model';

export interface SiteSpace {
  id: string;
  key: string;
  name: string;
  /** Who may see the space (and its pages): account ids, or 'all'. */
  readers: 'all' | string[];
  /** Who may create and update pages: account ids, or 'all' (of the readers). */
  writers: 'all' | string[];
  homepageTitle: string;
}

export interface SitePageVersion {
  number: number;
  message: string;
  createdAt: string;
  authorId: string;
  minorEdit: boolean;
  storage: string;
}

export interface SitePage {
  id: string;
  spaceId: string;
  title: string;
  status: 'current' | 'draft' | 'archived' | 'trashed';
  parentId: string | null;
  authorId: string;
  createdAt: string;
  versions: SitePageVersion[];
}

/** A snapshot of a page, for tests and the workbench. */
export interface PageSnapshot {
  id: string;
  spaceId: string;
  spaceKey: string;
  title: string;
  status: string;
  parentId: string | null;
  version: number;
  storage: string;
  authorId: string;
}

export type Json = null | boolean | number | string | Json[] | { [k: string]: Json | undefined };

/** Two demo spaces. The outsider sees neither; the mobile engineer may read ENG but not write there. */
export const DEMO_SPACES: SiteSpace[] = [
  { id: '98305', key: 'PO', name: 'Product Ops', readers: 'all', writers: 'all', homepageTitle: 'Product Ops Home' },
  { id: '131073', key: 'ENG', name: 'Engineering', readers: 'all', writers: 'all', homepageTitle: 'Engineering Home' },
];

const NO_ACCESS = new Set<string>([DEMO_USERS.outsider.accountId]);
const READ_ONLY_ENG = new Set<string>([DEMO_USERS.mobile.accountId]);
const ADMIN = DEMO_USERS.lead.accountId;

export class Wiki {
  readonly pages = new Map<string, SitePage>();
  readonly homepage = new Map<string, string>();
  /** The site's address (known once it listens): `_links.base` is `<base>/wiki`. */
  base = '';
  private nextId = 1_081_345;

  constructor(
    readonly spaces: SiteSpace[],
    readonly now: () => Date,
  ) {
    for (const s of spaces) {
      const id = this.newId();
      this.homepage.set(s.id, id);
      this.pages.set(id, {
        id,
        spaceId: s.id,
        title: s.homepageTitle,
        status: 'current',
        parentId: null,
        authorId: ADMIN,
        createdAt: now().toISOString(),
        versions: [{ number: 1, message: '', createdAt: now().toISOString(), authorId: ADMIN, minorEdit: false, storage: `<p>Welcome to ${s.name}.</p>` }],
      });
    }
  }

  newId(): string {
    return String(this.nextId++);
  }

  canRead(u: DemoUser, s: SiteSpace): boolean {
    return u.active && !NO_ACCESS.has(u.accountId) && (s.readers === 'all' || s.readers.includes(u.accountId));
  }

  canWrite(u: DemoUser, s: SiteSpace): boolean {
    return this.canRead(u, s) && !(s.key === 'ENG' && READ_ONLY_ENG.has(u.accountId)) && (s.writers === 'all' || s.writers.includes(u.accountId));
  }

  spaceById(id: string): SiteSpace | undefined {
    return this.spaces.find((s) => s.id === id);
  }

  latest(p: SitePage): SitePageVersion {
    return p.versions[p.versions.length - 1]!;
  }

  webui(p: SitePage): string {
    const slug = encodeURIComponent(p.title.replace(/\s+/g, '+'));
    return `/spaces/${this.spaceById(p.spaceId)!.key}/pages/${p.id}/${slug}`;
  }

  /** Live pages (current or archived) hold their title: a second one with it is refused. */
  titleTaken(spaceId: string, title: string, except?: string): boolean {
    for (const p of this.pages.values()) {
      if (p.id !== except && p.spaceId === spaceId && p.title === title && (p.status === 'current' || p.status === 'archived')) return true;
    }
    return false;
  }

  spaceJson(s: SiteSpace): Json {
    return {
      id: s.id,
      key: s.key,
      name: s.name,
      type: 'global',
      status: 'current',
      authorId: ADMIN,
      createdAt: '2024-01-01T00:00:00.000Z',
      homepageId: this.homepage.get(s.id)!,
      description: null,
      icon: null,
      _links: { webui: `/spaces/${s.key}` },
    };
  }

  pageJson(p: SitePage, bodyFormat: string | null, single: boolean): Json {
    const v = this.latest(p);
    const body: Json = bodyFormat === 'storage' ? { storage: { representation: 'storage', value: v.storage } } : {};
    return {
      id: p.id,
      status: p.status,
      title: p.title,
      spaceId: p.spaceId,
      parentId: p.parentId,
      parentType: p.parentId ? 'page' : null,
      position: null,
      authorId: p.authorId,
      ownerId: p.authorId,
      lastOwnerId: null,
      createdAt: p.createdAt,
      version: { createdAt: v.createdAt, message: v.message, number: v.number, minorEdit: v.minorEdit, authorId: v.authorId },
      body,
      _links: {
        webui: this.webui(p),
        editui: `/pages/resumedraft.action?draftId=${p.id}`,
        tinyui: `/x/${Buffer.from(p.id).toString('base64url')}`,
        ...(single ? { base: `${this.base}/wiki` } : {}),
      },
    };
  }

  snapshot(p: SitePage): PageSnapshot {
    return {
      id: p.id,
      spaceId: p.spaceId,
      spaceKey: this.spaceById(p.spaceId)!.key,
      title: p.title,
      status: p.status,
      parentId: p.parentId,
      version: this.latest(p).number,
      storage: this.latest(p).storage,
      authorId: p.authorId,
    };
  }
}
