// The graph: every entity and typed relation of the article, drawn with cytoscape.js (fCoSE
// layout). Filters by entity type and relation type; an edge shows its evidence sentence and
// endnote; a node opens the entity's page. A table lists the same relations for keyboards and
// screen readers.
import cytoscape, { type Core, type ElementDefinition } from "cytoscape";
import fcose from "cytoscape-fcose";
import { useEffect, useMemo, useRef, useState } from "preact/hooks";
import { useLocation } from "preact-iso/router";
import type { EntityListItem, GraphEdge, GraphNeighbors, GraphNode } from "../api.ts";
import { enc, get, getAll } from "../api.ts";
import {
  ArticleText,
  CitationView,
  EntityLink,
  ErrorBox,
  Loading,
  quoteRange,
} from "../components/common.tsx";
import {
  entityHref,
  evidenceDoc,
  humanKind,
  RELATION_LABEL,
  readerHref,
  setTitle,
  TYPE_LABEL,
  useDefaultDoc,
  useLoad,
} from "../util.ts";

cytoscape.use(fcose);

interface WholeGraph {
  nodes: Map<string, GraphNode | EntityListItem>;
  edges: Map<string, GraphEdge>;
}

/**
 * The whole graph from the public API: one neighbourhood of depth 3 from the first entity, then a
 * depth-1 neighbourhood for every entity not yet seen within distance 2 (whose every edge is then
 * known). Entities with no relation come from the entity list.
 */
async function loadGraph(): Promise<WholeGraph> {
  const entities = await getAll<EntityListItem>("/v1/entities?limit=200");
  const nodes = new Map<string, GraphNode | EntityListItem>(entities.map((e) => [e.id, e]));
  const edges = new Map<string, GraphEdge>();
  const complete = new Set<string>();
  const take = (g: GraphNeighbors, depth: number) => {
    for (const n of g.nodes) if (n.distance < depth) complete.add(n.id);
    for (const e of g.edges) edges.set(e.id, e);
  };
  const hub = entities.find((e) => e.kind === "state") ?? entities[0];
  if (hub) take(await get<GraphNeighbors>(`/v1/graph/neighbors/${enc(hub.id)}?depth=3`), 3);
  const rest = entities.filter((e) => !complete.has(e.id));
  const more = await Promise.all(
    rest.map((e) => get<GraphNeighbors>(`/v1/graph/neighbors/${enc(e.id)}?depth=1`)),
  );
  for (const g of more) take(g, 1);
  return { nodes, edges };
}

const TYPE_COLOR: Record<string, string> = {
  actor: "#1f5fa8",
  treaty: "#9a4d00",
  island: "#1d7a46",
  place: "#1d7a46",
  summit: "#8a2f8a",
  event: "#8a2f8a",
};
function toggle(set: Set<string>, key: string): Set<string> {
  const next = new Set(set);
  if (next.has(key)) next.delete(key);
  else next.add(key);
  return next;
}

export function GraphView() {
  setTitle("Graph");
  const doc = useDefaultDoc();
  const { query, route } = useLocation();
  const focus = query.focus;
  const edgeId = query.edge;
  const res = useLoad(loadGraph, "graph");
  const [hiddenTypes, setHiddenTypes] = useState<Set<string>>(new Set());
  const [hiddenRels, setHiddenRels] = useState<Set<string>>(new Set());
  const [showIsolated, setShowIsolated] = useState(false);
  const box = useRef<HTMLDivElement>(null);
  const cy = useRef<Core | null>(null);
  const [drawn, setDrawn] = useState(0);
  const g = res.data;

  const types = useMemo(() => [...new Set([...(g?.nodes.values() ?? [])].map((n) => n.type))].sort(), [g]);
  const relTypes = useMemo(() => [...new Set([...(g?.edges.values() ?? [])].map((e) => e.type))].sort(), [g]);

  const visible = useMemo(() => {
    if (!g) return { nodes: [] as (GraphNode | EntityListItem)[], edges: [] as GraphEdge[] };
    const nodeOk = (id: string) => {
      const n = g.nodes.get(id);
      return n !== undefined && !hiddenTypes.has(n.type);
    };
    const edges = [...g.edges.values()].filter(
      (e) => !hiddenRels.has(e.type) && nodeOk(e.from) && nodeOk(e.to),
    );
    const linked = new Set(edges.flatMap((e) => [e.from, e.to]));
    const nodes = [...g.nodes.values()].filter((n) => nodeOk(n.id) && (showIsolated || linked.has(n.id)));
    return { nodes, edges };
  }, [g, hiddenTypes, hiddenRels, showIsolated]);

  // Draw once, when the data is in: every entity and relation, laid out once; the filters then
  // hide and show elements, so the picture keeps its shape.
  useEffect(() => {
    if (!box.current || !g) return;
    const degree = new Map<string, number>();
    for (const e of g.edges.values()) {
      degree.set(e.from, (degree.get(e.from) ?? 0) + 1);
      degree.set(e.to, (degree.get(e.to) ?? 0) + 1);
    }
    const elements: ElementDefinition[] = [
      ...[...g.nodes.values()].map((n) => ({
        data: { id: n.id, label: n.name, type: n.type, size: 14 + Math.min(30, 3 * (degree.get(n.id) ?? 0)) },
        classes: degree.has(n.id) ? "" : "isolated",
      })),
      ...[...g.edges.values()].map((e) => ({
        data: { id: e.id, source: e.from, target: e.to, type: e.type, label: RELATION_LABEL(e.type) },
      })),
    ];
    const instance = cytoscape({
      container: box.current,
      elements,
      minZoom: 0.2,
      maxZoom: 3,
      style: [
        {
          selector: "node",
          style: {
            "background-color": (n) => TYPE_COLOR[n.data("type") as string] ?? "#555",
            label: "data(label)",
            width: "data(size)",
            height: "data(size)",
            "font-size": 9,
            "text-valign": "bottom",
            "text-margin-y": 2,
            color: "#1b1b1b",
            "text-outline-color": "#fff",
            "text-outline-width": 2,
            "text-max-width": "110px",
            "text-wrap": "ellipsis",
          },
        },
        {
          selector: "edge",
          style: {
            width: 1.2,
            "line-color": "#9aa3ad",
            "target-arrow-color": "#9aa3ad",
            "target-arrow-shape": "triangle",
            "arrow-scale": 0.7,
            "curve-style": "bezier",
          },
        },
        { selector: ".hidden", style: { display: "none" } },
        { selector: ".faded", style: { opacity: 0.15 } },
        {
          selector: "edge.hl, edge:selected",
          style: {
            width: 2.5,
            "line-color": "#c2410c",
            "target-arrow-color": "#c2410c",
            label: "data(label)",
            "font-size": 9,
            "text-rotation": "autorotate",
            "text-background-color": "#fff",
            "text-background-opacity": 1,
            color: "#7c2d12",
          },
        },
        { selector: "node.hl, node.focus", style: { "border-width": 3, "border-color": "#c2410c" } },
      ],
    });
    // The linked entities by force-directed layout; the unlinked ones in a grid beneath them.
    const linked = instance.elements().not(".isolated");
    linked
      .layout({
        name: "fcose",
        animate: false,
        randomize: true,
        numIter: 1500,
        nodeRepulsion: () => 9000,
        idealEdgeLength: () => 70,
        nodeSeparation: 80,
      } as cytoscape.LayoutOptions)
      .run();
    const box2 = linked.boundingBox();
    instance
      .nodes(".isolated")
      .layout({
        name: "grid",
        boundingBox: { x1: box2.x1, y1: box2.y2 + 60, w: Math.max(box2.w, 400), h: 160 },
        avoidOverlapPadding: 20,
      })
      .run();
    instance.on("tap", "node", (evt) => route(entityHref(evt.target.id() as string)));
    instance.on("tap", "edge", (evt) => {
      const p = new URLSearchParams(location.search);
      p.set("edge", evt.target.id() as string);
      route(`/graph?${p}`, true);
    });
    instance.on("mouseover", "node", (evt) => {
      const hood = evt.target.closedNeighborhood();
      instance.elements().not(hood).addClass("faded");
      hood.edges().addClass("hl");
      box.current?.style.setProperty("cursor", "pointer");
    });
    instance.on("mouseout", "node", () => {
      instance.elements().removeClass("faded").removeClass("hl");
      box.current?.style.removeProperty("cursor");
    });
    cy.current = instance;
    setDrawn((n) => n + 1);
    return () => {
      instance.destroy();
      if (cy.current === instance) cy.current = null;
    };
  }, [g, route]);

  // Apply the filters: hide what is filtered out, fit the rest.
  useEffect(() => {
    const c = cy.current;
    if (!c || !box.current) return;
    const shownNodes = new Set(visible.nodes.map((n) => n.id));
    const shownEdges = new Set(visible.edges.map((e) => e.id));
    c.batch(() => {
      c.nodes().forEach((n) => {
        n.toggleClass("hidden", !shownNodes.has(n.id()));
      });
      c.edges().forEach((e) => {
        e.toggleClass("hidden", !shownEdges.has(e.id()));
      });
    });
    c.fit(c.elements(":visible"), 20);
    box.current.dataset.nodes = String(c.nodes(":visible").length);
    box.current.dataset.edges = String(c.edges(":visible").length);
  }, [visible, drawn]);

  // Focus an entity (?focus=) or an edge (?edge=) without redrawing.
  useEffect(() => {
    const c = cy.current;
    if (!c) return;
    c.elements().removeClass("focus").unselect();
    if (focus) {
      const n = c.getElementById(focus);
      if (n.nonempty()) {
        n.addClass("focus");
        c.animate({ fit: { eles: n.closedNeighborhood(), padding: 40 }, duration: 0 });
      }
    }
    if (edgeId) c.getElementById(edgeId).select();
  }, [focus, edgeId, visible, drawn]);

  if (res.error) return <ErrorBox error={res.error} />;
  const selectedEdge = edgeId ? g?.edges.get(edgeId) : undefined;

  return (
    <div class="page graph-page">
      <h1>Graph</h1>
      <div class="graph-layout">
        <form class="graph-filters" onSubmit={(e) => e.preventDefault()} aria-label="Filter the graph">
          <fieldset>
            <legend>Entity types</legend>
            {types.map((t) => (
              <label key={t}>
                <input
                  type="checkbox"
                  checked={!hiddenTypes.has(t)}
                  onChange={() => setHiddenTypes((s) => toggle(s, t))}
                />{" "}
                <span class="swatch" style={{ background: TYPE_COLOR[t] ?? "#555" }} aria-hidden="true" />
                {TYPE_LABEL[t] ?? t}
              </label>
            ))}
            <label>
              <input type="checkbox" checked={showIsolated} onChange={() => setShowIsolated((v) => !v)} />{" "}
              Entities without relations
            </label>
          </fieldset>
          <fieldset class="rel-filters">
            <legend>Relation types</legend>
            <p class="rel-all">
              <button type="button" class="linkish" onClick={() => setHiddenRels(new Set())}>
                all
              </button>{" "}
              ·{" "}
              <button type="button" class="linkish" onClick={() => setHiddenRels(new Set(relTypes))}>
                none
              </button>
            </p>
            {relTypes.map((t) => (
              <label key={t}>
                <input
                  type="checkbox"
                  checked={!hiddenRels.has(t)}
                  onChange={() => setHiddenRels((s) => toggle(s, t))}
                />{" "}
                {RELATION_LABEL(t)}
              </label>
            ))}
          </fieldset>
        </form>
        <div class="graph-main">
          <p class="muted" role="status" data-testid="graph-status">
            {g ? `${visible.nodes.length} entities and ${visible.edges.length} relations shown` : ""}
            {g && " · select a line to see its evidence, a dot to open its page; scroll to zoom"}
          </p>
          {!g && <Loading what="the graph" />}
          <div
            ref={box}
            class="cy"
            role="img"
            aria-label={`Network of ${visible.nodes.length} entities and ${visible.edges.length} relations; the table below lists them`}
          />
        </div>
        <aside class="panel graph-panel" aria-label="Selected relation" aria-live="polite">
          {selectedEdge && g ? (
            <EdgePanel edge={selectedEdge} g={g} doc={doc} />
          ) : (
            <p class="muted">
              Select a line of the graph (or a row of the table below) to see the sentence that states the
              relation and its endnote.
            </p>
          )}
        </aside>
      </div>
      {g && (
        <details class="rel-table">
          <summary>The {visible.edges.length} relations shown, as a table</summary>
          <table>
            <thead>
              <tr>
                <th scope="col">From</th>
                <th scope="col">Relation</th>
                <th scope="col">To</th>
                <th scope="col">Evidence</th>
              </tr>
            </thead>
            <tbody>
              {visible.edges.map((e) => (
                <tr key={e.id}>
                  <td>
                    <a href={entityHref(e.from)}>{g.nodes.get(e.from)?.name ?? e.from}</a>
                  </td>
                  <td>{RELATION_LABEL(e.type)}</td>
                  <td>
                    <a href={entityHref(e.to)}>{g.nodes.get(e.to)?.name ?? e.to}</a>
                  </td>
                  <td>
                    <a href={`/graph?edge=${enc(e.id)}`}>show</a>
                    {e.citation.endnote !== null && (
                      <span class="muted"> · endnote {e.citation.endnote}</span>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </details>
      )}
    </div>
  );
}

function EdgePanel({ edge, g, doc }: { edge: GraphEdge; g: WholeGraph; doc: string }) {
  const from = g.nodes.get(edge.from);
  const to = g.nodes.get(edge.to);
  const evDoc = evidenceDoc(edge.evidence, undefined, doc);
  const ref = (n: GraphNode | EntityListItem | undefined, id: string) =>
    n ? <EntityLink entity={{ id: n.id, name: n.name, type: n.type }} /> : id;
  return (
    <div class="edge-panel">
      <h2>
        {ref(from, edge.from)} <span class="rel">{RELATION_LABEL(edge.type)}</span> {ref(to, edge.to)}
      </h2>
      <p class="muted">
        {from && humanKind(from.kind)} → {to && humanKind(to.kind)}
      </p>
      <h3>Evidence</h3>
      <blockquote class="evidence">
        <ArticleText
          text={edge.evidence.text}
          doc={evDoc}
          highlight={quoteRange(edge.evidence.text, edge.evidence.selector.exact)}
        />
        <footer>
          {edge.evidence.sentenceId ? (
            <a href={readerHref(evDoc, edge.evidence.sentenceId, edge.claimId ?? undefined)}>
              Read in context · {edge.evidence.section.heading}
            </a>
          ) : (
            <span class="muted">{edge.evidence.section.heading}</span>
          )}
        </footer>
      </blockquote>
      <h3>Endnote</h3>
      <CitationView citation={edge.citation} doc={evDoc} />
    </div>
  );
}
