/**
 * The career framework page (Confluence space page and global page, SPEC §4): a side navigation
 * between the overview, a page per level, compare, search, my assessment, shared with me, publish
 * and the custom framework admin. The route lives in the iframe's location hash, so back and forward
 * work and a reload stays on the same screen.
 */
import { lazy, Suspense, useCallback, useEffect, useState, type ReactNode } from 'react';
import Button from '@atlaskit/button/new';
import { Lozenge } from '../../shared/components/lozenge';
import { token } from '@atlaskit/tokens';
import type { FrameworkInfo } from '../../../src/contract';
import { view } from '../../shared/bridge';
import { getFramework } from '../../shared/competency-api';
import { ErrorWithRetry } from '../../shared/components/error-with-retry';
import { LoadingState } from '../../shared/components/loading-state';
import { ComparePage } from './compare-page';
import { LevelPage } from './level-page';
import { OverviewPage } from './overview-page';
import { formatRoute, parseRoute, type Route } from './route';
import { SearchPage } from './search-page';
import { navigation, useAsync } from '../../shared/competency/ui';

// Reading pages load with the app; the pages that edit, share or publish load when first opened
// (their forms, the pickers and the live readiness preview stay out of the first load).
import type { AppContext } from './context';

const AssessmentPage = lazy(() => import('./assessment-page').then((m) => ({ default: m.AssessmentPage })));
const SharedPage = lazy(() => import('./shared-page').then((m) => ({ default: m.SharedPage })));
const PublishPage = lazy(() => import('./publish-page').then((m) => ({ default: m.PublishPage })));
const AdminPage = lazy(() => import('./admin-page').then((m) => ({ default: m.AdminPage })));

interface ForgeViewContext {
  accountId?: string;
  siteUrl?: string;
  extension?: { type?: string; space?: { key?: string } };
}

async function loadAll(): Promise<{ ctx: AppContext; info: FrameworkInfo }> {
  const raw = (await view.getContext().catch(() => ({}))) as ForgeViewContext;
  const ctx: AppContext = {
    accountId: raw.accountId ?? null,
    siteUrl: raw.siteUrl ?? null,
    moduleType: raw.extension?.type ?? null,
    spaceKey: raw.extension?.space?.key ?? null,
  };
  return { ctx, info: await getFramework() };
}

export function CompetencyApp() {
  const [state, reload, setData] = useAsync(loadAll, []);
  const [route, setRoute] = useState<Route>(() => parseRoute(window.location.hash));
  useEffect(() => {
    const onHash = () => {
      navigation.focusPending = true;
      setRoute(parseRoute(window.location.hash));
    };
    window.addEventListener('hashchange', onHash);
    return () => window.removeEventListener('hashchange', onHash);
  }, []);

  const go = useCallback((next: Route) => {
    // Leaving a screen with unsaved changes asks first (the guard is set by that screen).
    if (navigation.guard && !navigation.guard()) return;
    navigation.focusPending = true;
    window.scrollTo({ top: 0 });
    const hash = formatRoute(next);
    if (window.location.hash !== hash) window.history.pushState(null, '', hash);
    setRoute(next);
  }, []);

  const setInfo = useCallback(
    (info: FrameworkInfo) => {
      if (state.kind === 'ready') setData({ ...state.data, info });
    },
    [state, setData],
  );

  return (
    <div className="cf-root" style={{ padding: token('space.200') }}>
      <a className="cf-skip" href="#main" onClick={(e) => (e.preventDefault(), document.getElementById('page-title')?.focus())}>
        Skip to content
      </a>
      {state.kind === 'loading' && <LoadingState label="Loading the career framework…" />}
      {state.kind === 'error' && (
        <main id="main" style={{ display: 'grid', gap: token('space.150') }}>
          <h1 style={{ margin: 0, font: token('font.heading.large') }}>Career framework</h1>
          <ErrorWithRetry error={state.error} onRetry={reload} />
        </main>
      )}
      {state.kind === 'ready' && <Shell ctx={state.data.ctx} info={state.data.info} route={route} go={go} setInfo={setInfo} />}
    </div>
  );
}

/** A titled group of the side navigation; the list is labelled by its title. */
function NavGroup({ id, title, children }: { id: string; title: string; children: ReactNode }) {
  return (
    <>
      <p className="cf-nav-group" id={id}>
        {title}
      </p>
      <ul aria-labelledby={id}>{children}</ul>
    </>
  );
}

function Shell({ ctx, info, route, go, setInfo }: { ctx: AppContext; info: FrameworkInfo; route: Route; go: (r: Route) => void; setInfo: (i: FrameworkInfo) => void }) {
  const fw = info.framework;
  const is = (page: Route['page'], level?: string) => route.page === page && (level === undefined || (route.page === 'level' && route.level === level));
  const item = (label: string, page: Route['page'], next: Route, testId: string, extra?: string, level?: string) => (
    <li>
      <button type="button" className="cf-nav-item" aria-current={is(page, level) ? 'page' : undefined} data-testid={testId} onClick={() => go(next)}>
        <span>{label}</span>
        {extra && <small>{extra}</small>}
      </button>
    </li>
  );

  return (
    <>
      <header style={{ display: 'flex', flexWrap: 'wrap', justifyContent: 'space-between', alignItems: 'flex-start', gap: token('space.150'), marginBottom: token('space.250'), paddingBottom: token('space.150'), borderBottom: `${token('border.width')} solid ${token('color.border')}` }}>
        <div style={{ display: 'grid', gap: token('space.050') }}>
          <h1 data-testid="framework-name" style={{ margin: 0, font: token('font.heading.xlarge'), color: token('color.text') }}>
            {fw.name}
          </h1>
          <p style={{ margin: 0, display: 'flex', flexWrap: 'wrap', gap: token('space.100'), alignItems: 'center', color: token('color.text.subtle') }}>
            <span>
              Career framework · {fw.jobFamily}
              {fw.version ? ` · Version ${fw.version}` : ''}
            </span>
            <span data-testid="framework-kind">
              <Lozenge appearance={info.isCustom ? 'new' : 'default'}>{info.isCustom ? 'Custom framework' : 'Default framework'}</Lozenge>
            </span>
          </p>
        </div>
        <div className="cf-no-print">
          <Button onClick={() => window.print()}>Print this page</Button>
        </div>
      </header>
      {info.source.problem && (
        <div role="alert" style={{ marginBottom: token('space.200'), padding: token('space.100'), borderRadius: token('radius.small', '3px'), backgroundColor: token('color.background.warning'), color: token('color.text.warning') }}>
          {info.source.problem}
        </div>
      )}
      <div className="cf-layout">
        <nav className="cf-nav" aria-label="Career framework">
          <ul>
            {item('Overview', 'overview', { page: 'overview' }, 'nav-overview')}
          </ul>
          {fw.ladders.map((ladder) => (
            <div key={ladder.id}>
              <NavGroup id={`nav-ladder-${ladder.id}`} title={ladder.name}>
                {ladder.levels.map((id) => item(id, 'level', { page: 'level', level: id, everything: false }, `nav-level-${id}`, ladder.role, id))}
              </NavGroup>
            </div>
          ))}
          <NavGroup id="nav-explore" title="Explore">
            {item('Compare two levels', 'compare', { page: 'compare' }, 'nav-compare')}
            {item('Search behaviours', 'search', { page: 'search' }, 'nav-search')}
          </NavGroup>
          <NavGroup id="nav-growth" title="Your growth">
            {item('My assessment', 'assessment', { page: 'assessment' }, 'nav-assessment')}
            {item('Shared with me', 'shared', { page: 'shared' }, 'nav-shared')}
          </NavGroup>
          <NavGroup id="nav-admin" title="Manage">
            {item('Publish to Confluence', 'publish', { page: 'publish' }, 'nav-publish')}
            {item('Custom framework', 'admin', { page: 'admin' }, 'nav-admin')}
          </NavGroup>
        </nav>
        <main id="main" aria-labelledby="page-title" style={{ minWidth: 0 }}>
          {route.page === 'overview' && <OverviewPage info={info} go={go} />}
          {route.page === 'level' && <LevelPage key={route.level} framework={fw} levelId={route.level} everything={route.everything ?? false} go={go} />}
          {route.page === 'compare' && <ComparePage framework={fw} from={route.from} to={route.to} go={go} />}
          {route.page === 'search' && <SearchPage framework={fw} query={route.q ?? ''} go={go} />}
          <Suspense fallback={<LoadingState label="Loading the page…" />}>
            {route.page === 'assessment' && <AssessmentPage framework={fw} ctx={ctx} go={go} />}
            {route.page === 'shared' && <SharedPage framework={fw} owner={route.owner ?? null} go={go} />}
            {route.page === 'publish' && <PublishPage ctx={ctx} framework={fw} />}
            {route.page === 'admin' && <AdminPage info={info} setInfo={setInfo} />}
          </Suspense>
        </main>
      </div>
    </>
  );
}
