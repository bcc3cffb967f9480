// The explorer: one page app on the public API. Every view has its own URL (a sentence, an
// endnote, an entity, a claim, a question), so any state can be linked to and reloaded.
import "./styles.css";
import { render } from "preact";
import { useEffect, useRef } from "preact/hooks";
import lazy, { ErrorBoundary } from "preact-iso/lazy";
import { LocationProvider, Route, Router, useLocation } from "preact-iso/router";
import { type DocumentSummary, get, type Page } from "./api.ts";
import { AskBox } from "./components/AskBox.tsx";
import { ErrorBox, Loading } from "./components/common.tsx";
import { DefaultDoc, useLoad } from "./util.ts";
import { AskView } from "./views/Ask.tsx";
import { ClaimView } from "./views/Claim.tsx";
import { EntityView } from "./views/Entity.tsx";
import { EntityIndex } from "./views/EntityIndex.tsx";
import { Home } from "./views/Home.tsx";
import { NotFound } from "./views/NotFound.tsx";
import { Reader } from "./views/Reader.tsx";
import { TimelineView } from "./views/Timeline.tsx";

// The graph library is large: its page loads it on first visit only.
const GraphView = lazy(() => import("./views/Graph.tsx").then((m) => m.GraphView));

// Links outside the explorer (the API, its docs) are left to the browser.
const SCOPE = /^\/(?!v1\/|v1$|docs|openapi\.json|healthz|readyz)/;

const NAV = [
  { href: "/read", label: "Reader" },
  { href: "/entities", label: "Entities" },
  { href: "/graph", label: "Graph" },
  { href: "/timeline", label: "Timeline" },
];

function Header() {
  const { path } = useLocation();
  return (
    <header class="site">
      <div class="bar">
        <a class="brand" href="/">
          kuril-kg <span class="brand-sub">explorer</span>
        </a>
        <nav aria-label="Views">
          <ul>
            {NAV.map((item) => (
              <li key={item.href}>
                <a href={item.href} aria-current={path.startsWith(item.href) ? "page" : undefined}>
                  {item.label}
                </a>
              </li>
            ))}
            <li>
              <a href="/docs">API</a>
            </li>
          </ul>
        </nav>
      </div>
      <AskBox />
    </header>
  );
}

/** Moves focus to the new view's heading when the view (not just its selection) changes. */
function FocusOnViewChange() {
  const { path } = useLocation();
  const view = path.split("/")[1] ?? "";
  const first = useRef(true);
  useEffect(() => {
    if (first.current) {
      first.current = false;
      return;
    }
    const heading = document.querySelector<HTMLElement>("main h1");
    if (heading) {
      heading.tabIndex = -1;
      heading.focus({ preventScroll: true });
    }
    window.scrollTo(0, 0);
  }, [view]);
  return null;
}

function App() {
  const docs = useLoad(() => get<Page<DocumentSummary>>("/v1/documents"), "documents");
  const defaultDoc = docs.data?.items[0]?.id;
  return (
    <LocationProvider scope={SCOPE}>
      <a class="skip" href="#main">
        Skip to content
      </a>
      <Header />
      <main id="main" tabIndex={-1}>
        {docs.error && <ErrorBox error={docs.error} />}
        {!defaultDoc && !docs.error && <Loading what="the article" />}
        {defaultDoc && (
          <DefaultDoc.Provider value={defaultDoc}>
            <FocusOnViewChange />
            <ErrorBoundary>
              <Router>
                <Route path="/" component={Home} />
                <Route path="/ask" component={AskView} />
                <Route path="/read" component={Reader} />
                <Route path="/read/:doc" component={Reader} />
                <Route path="/read/:doc/note/:note" component={Reader} />
                <Route path="/read/:doc/:sentence" component={Reader} />
                <Route path="/entities" component={EntityIndex} />
                <Route path="/entities/:id" component={EntityView} />
                <Route path="/claims/:id" component={ClaimView} />
                <Route path="/graph" component={GraphView} />
                <Route path="/timeline" component={TimelineView} />
                <Route default component={NotFound} />
              </Router>
            </ErrorBoundary>
          </DefaultDoc.Provider>
        )}
      </main>
      <footer class="site">
        <p>
          Every item is traced to its sentence of “A ‘Reset’ in Russia and Japan Relationship?” (Dr. Indrani
          Talukdar, ICWA) and the endnote that backs it. Data from the <a href="/docs">kuril-kg API</a>.
        </p>
      </footer>
    </LocationProvider>
  );
}

const root = document.getElementById("app");
if (root) {
  root.textContent = "";
  render(<App />, root);
}
