/** The screens of the career framework page, as `#/…` hashes inside the app's iframe. */

export type Route =
  | { page: 'overview' }
  | { page: 'level'; level: string; everything?: boolean }
  | { page: 'compare'; from?: string; to?: string }
  | { page: 'search'; q?: string }
  | { page: 'assessment' }
  | { page: 'shared'; owner?: string }
  | { page: 'publish' }
  | { page: 'admin' };

export function parseRoute(hash: string): Route {
  const [path, query = ''] = hash.replace(/^#\/?/, '').split('?');
  const parts = path.split('/').filter(Boolean).map(decodeURIComponent);
  const q = new URLSearchParams(query);
  switch (parts[0]) {
    case 'level':
      return parts[1] ? { page: 'level', level: parts[1], everything: q.get('all') === '1' } : { page: 'overview' };
    case 'compare':
      return { page: 'compare', from: q.get('from') ?? undefined, to: q.get('to') ?? undefined };
    case 'search':
      return { page: 'search', q: q.get('q') ?? undefined };
    case 'assessment':
      return { page: 'assessment' };
    case 'shared':
      return parts[1] ? { page: 'shared', owner: parts[1] } : { page: 'shared' };
    case 'publish':
      return { page: 'publish' };
    case 'admin':
      return { page: 'admin' };
    default:
      return { page: 'overview' };
  }
}

export function formatRoute(r: Route): string {
  const qs = (o: Record<string, string | undefined>) => {
    const p = new URLSearchParams(Object.entries(o).filter((e): e is [string, string] => !!e[1]));
    const s = p.toString();
    return s ? `?${s}` : '';
  };
  switch (r.page) {
    case 'level':
      return `#/level/${encodeURIComponent(r.level)}${r.everything ? '?all=1' : ''}`;
    case 'compare':
      return `#/compare${qs({ from: r.from, to: r.to })}`;
    case 'search':
      return `#/search${qs({ q: r.q })}`;
    case 'shared':
      return r.owner ? `#/shared/${encodeURIComponent(r.owner)}` : '#/shared';
    default:
      return `#/${r.page}`;
  }
}
