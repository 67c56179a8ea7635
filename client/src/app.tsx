import { lazy, Suspense, useEffect, useRef, type ComponentType, type LazyExoticComponent } from 'react';
import { href, Link, matchPath, useLocation } from './router.tsx';
import { Loading } from './components/feedback.tsx';
import { loadSession, useSession } from './auth/session.ts';
import { AccountMenu } from './views/login/account-menu.tsx';
import { TemplateSwitcher } from './components/template-switcher.tsx';

// Each view is its own chunk: the matrix (the landing view) should not wait for the upload or search code.
const views = {
  matrix: lazy(() => import('./views/matrix/matrix-view.tsx')),
  sideBySide: lazy(() => import('./views/side-by-side/side-by-side-view.tsx')),
  compare: lazy(() => import('./views/compare/compare-view.tsx')),
  instruments: lazy(() => import('./views/instrument/instrument-list-view.tsx')),
  instrument: lazy(() => import('./views/instrument/instrument-view.tsx')),
  search: lazy(() => import('./views/search/search-view.tsx')),
  upload: lazy(() => import('./views/upload/upload-view.tsx')),
  login: lazy(() => import('./views/login/login-view.tsx')),
  workingSet: lazy(() => import('./views/working-set/working-set-view.tsx')),
  frameworks: lazy(() => import('./views/frameworks/frameworks-view.tsx')),
  framework: lazy(() => import('./views/frameworks/framework-view.tsx')),
  overview: lazy(() => import('./views/overview/overview-view.tsx')),
};

type Params = Record<string, string>;
type View = LazyExoticComponent<ComponentType<{ params: Params }>>;

const routes: Array<{ pattern: string; view: View; nav?: string }> = [
  { pattern: '/', view: views.matrix, nav: 'matrix' },
  { pattern: '/matrix', view: views.matrix, nav: 'matrix' },
  { pattern: '/align/:instrument/:article', view: views.sideBySide, nav: 'matrix' },
  { pattern: '/compare', view: views.compare, nav: 'compare' },
  { pattern: '/instruments', view: views.instruments, nav: 'instruments' },
  { pattern: '/instruments/:id', view: views.instrument, nav: 'instruments' },
  { pattern: '/search', view: views.search, nav: 'search' },
  { pattern: '/upload', view: views.upload, nav: 'upload' },
  { pattern: '/login', view: views.login },
  { pattern: '/pinned', view: views.workingSet, nav: 'pinned' },
  { pattern: '/frameworks', view: views.frameworks, nav: 'frameworks' },
  { pattern: '/frameworks/:jurisdiction', view: views.framework, nav: 'frameworks' },
  { pattern: '/overview', view: views.overview, nav: 'overview' },
];

const NAV: Array<{ key: string; to: string; label: string }> = [
  { key: 'matrix', to: '/', label: 'Matrix' },
  { key: 'frameworks', to: '/frameworks', label: 'Frameworks' },
  { key: 'overview', to: '/overview', label: 'Region' },
  { key: 'compare', to: '/compare', label: 'Compare' },
  { key: 'instruments', to: '/instruments', label: 'Statutes' },
  { key: 'search', to: '/search', label: 'Search' },
  { key: 'upload', to: '/upload', label: 'Upload' },
  { key: 'pinned', to: '/pinned', label: 'Working set' },
];

function resolve(path: string): { view: View | null; params: Params; nav?: string } {
  for (const route of routes) {
    const params = matchPath(route.pattern, path);
    if (params) return { view: route.view, params, nav: route.nav };
  }
  return { view: null, params: {} };
}

export function App() {
  const location = useLocation();
  const session = useSession();
  // On a shared server, every page is the sign-in page until the server knows who is there.
  const signedOut = session.state === 'ready' && session.accounts && !session.account;
  // A reader cannot upload: no Upload entry (the page itself still says why, if reached by its address).
  const nav = NAV.filter((item) => item.key !== 'upload' || session.state !== 'ready' || session.account?.role !== 'reader');
  const { view: View, params, nav: current } = signedOut ? { view: views.login, params: {}, nav: undefined } : resolve(location.path);
  const main = useRef<HTMLElement>(null);
  const firstRender = useRef(true);

  useEffect(() => void loadSession(), []);

  // A new page moves focus to the main region, as a full page load would, so screen readers announce it.
  useEffect(() => {
    if (firstRender.current) {
      firstRender.current = false;
      return;
    }
    main.current?.focus({ preventScroll: true });
  }, [location.path]);

  return (
    <>
      <a className="skip-link" href="#main">
        Skip to content
      </a>
      <header className="site-header">
        <Link to="/" className="brand">
          LexAlign
        </Link>
        {signedOut ? null : (
          <nav aria-label="Main">
            <ul>
              {nav.map((item) => (
                <li key={item.key}>
                  <Link to={href(item.to, { template: location.params.get('template') })} aria-current={current === item.key ? 'page' : undefined}>
                    {item.label}
                  </Link>
                </li>
              ))}
            </ul>
          </nav>
        )}
        {signedOut ? null : <TemplateSwitcher />}
        <AccountMenu />
      </header>
      <main id="main" ref={main} tabIndex={-1}>
        <Suspense fallback={<Loading what="view" />}>
          {View ? <View params={params} /> : <NotFound path={location.path} />}
        </Suspense>
      </main>
    </>
  );
}

function NotFound({ path }: { path: string }) {
  return (
    <section>
      <h1>Page not found</h1>
      <p>
        There is no page at <code>{path}</code>. <Link to="/">Go to the matrix</Link>.
      </p>
    </section>
  );
}
