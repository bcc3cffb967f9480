// The timeline: dated summits, treaties and claims on one axis (from the earliest dated item to
// the latest year the article looks ahead to), filterable by actor and kind; every item links to
// the sentence that dates it and its endnote.
import { useLocation } from "preact-iso/router";
import type { Claim, EntityListItem, TimelineItem } from "../api.ts";
import { enc, getAll } from "../api.ts";
import { Badge, EntityLink, ErrorBox, Loading } from "../components/common.tsx";
import {
  entityHref,
  evidenceDoc,
  formatDate,
  noteHref,
  readerHref,
  setTitle,
  useDefaultDoc,
  useLoad,
} from "../util.ts";

const KINDS = [
  { id: "event", label: "Summits and events" },
  { id: "treaty", label: "Treaties and documents" },
  { id: "claim", label: "Dated claims" },
];

const year = (iso: string) => Number(iso.slice(0, 4));
/** Where an item stands: its start, or its end for a period open at its start ("/2013-01" → 2013). */
const itemYear = (i: TimelineItem) => (year(i.date.start) >= 1000 ? year(i.date.start) : year(i.date.end));

/** Years an item's title looks ahead to ("Draft Energy Strategy to 2035"): the article's forecasts. */
function horizon(item: TimelineItem): number | null {
  const start = itemYear(item);
  const years = [...item.title.matchAll(/\bto (\d{4})\b/g)].map((m) => Number(m[1])).filter((y) => y > start);
  return years.length > 0 ? Math.max(...years) : null;
}

/** The sentence that backs an item: a claim's own evidence, or a claim about the summit or treaty. */
function evidenceClaim(item: TimelineItem, all: TimelineItem[]): Claim | undefined {
  if (item.claim) return item.claim;
  const id = item.entity?.id;
  if (!id) return undefined;
  return (
    all.find((o) => o.claim?.about.some((a) => a.id === id) && o.date.start === item.date.start)?.claim ??
    all.find((o) => o.claim?.about.some((a) => a.id === id))?.claim
  );
}

export function TimelineView() {
  setTitle("Timeline");
  const doc = useDefaultDoc();
  const { query, route } = useLocation();
  const actor = query.actor ?? "";
  const hidden = new Set((query.hide ?? "").split(",").filter(Boolean));
  const actors = useLoad(() => getAll<EntityListItem>("/v1/entities?type=actor&limit=200"), "actors");
  const res = useLoad(
    () => getAll<TimelineItem>(`/v1/timeline?limit=200${actor ? `&actor=${enc(actor)}` : ""}`),
    `timeline:${actor}`,
  );
  const go = (next: { actor?: string; hide?: Set<string> }) => {
    const p = new URLSearchParams();
    const a = next.actor ?? actor;
    const h = [...(next.hide ?? hidden)];
    if (a) p.set("actor", a);
    if (h.length) p.set("hide", h.join(","));
    const s = p.toString();
    route(`/timeline${s ? `?${s}` : ""}`, true);
  };
  const items = (res.data ?? []).filter((i) => !hidden.has(i.kind));
  const all = res.data ?? [];

  return (
    <div class="page timeline-page">
      <h1>Timeline</h1>
      <form class="filters" onSubmit={(e) => e.preventDefault()}>
        <label>
          Actor{" "}
          <select value={actor} onChange={(e) => go({ actor: (e.currentTarget as HTMLSelectElement).value })}>
            <option value="">everyone</option>
            {(actors.data ?? [])
              .slice()
              .sort((a, b) => a.name.localeCompare(b.name))
              .map((a) => (
                <option key={a.id} value={a.id}>
                  {a.name}
                </option>
              ))}
          </select>
        </label>
        <fieldset>
          <legend>Show</legend>
          {KINDS.map((k) => (
            <label key={k.id} class={`kind-toggle k-${k.id}`}>
              <input
                type="checkbox"
                checked={!hidden.has(k.id)}
                onChange={(e) => {
                  const h = new Set(hidden);
                  if ((e.currentTarget as HTMLInputElement).checked) h.delete(k.id);
                  else h.add(k.id);
                  go({ hide: h });
                }}
              />{" "}
              <span class={`swatch k-${k.id}`} aria-hidden="true" />
              {k.label}
            </label>
          ))}
        </fieldset>
        <p class="muted" role="status">
          {res.data ? `${items.length} items` : ""}
        </p>
      </form>
      {res.error && <ErrorBox error={res.error} />}
      {res.loading && !res.data && <Loading what="the timeline" />}
      {res.data && <Axis items={items} />}
      {res.data && items.length === 0 && <p>Nothing dated for this selection.</p>}
      {res.data && <YearList items={items} all={all} doc={doc} />}
    </div>
  );
}

function Axis({ items }: { items: TimelineItem[] }) {
  if (items.length === 0) return null;
  const starts = items.map(itemYear);
  const ends = items.flatMap((i) => [year(i.date.end), horizon(i) ?? 0]).filter((y) => y < 9000);
  const lo = Math.floor(Math.min(...starts) / 10) * 10;
  const hi = Math.ceil((Math.max(...ends, ...starts) + 1) / 10) * 10;
  const W = 1000;
  const PAD = 30;
  const x = (y: number) => PAD + ((y - lo) / (hi - lo)) * (W - 2 * PAD);
  const byYear = new Map<number, TimelineItem[]>();
  for (const i of items) byYear.set(itemYear(i), [...(byYear.get(itemYear(i)) ?? []), i]);
  const ticks: number[] = [];
  const step = hi - lo > 100 ? 20 : 10;
  for (let t = lo; t <= hi; t += step) ticks.push(t);
  const horizons = items.flatMap((i) => {
    const h = horizon(i);
    return h === null ? [] : [{ i, h }];
  });
  // Label the busiest years first, then any other year with room beside the labels already placed.
  const labelled = new Set<number>();
  for (const [y] of [...byYear.entries()].sort((a, b) => b[1].length - a[1].length)) {
    if ([...labelled].every((o) => Math.abs(x(o) - x(y)) >= 34)) labelled.add(y);
  }
  const H = 120;
  const AXIS_Y = 95;
  return (
    <figure class="axis">
      <div class="axis-scroll">
        <svg
          viewBox={`0 0 ${W} ${H}`}
          role="img"
          aria-label={`Time axis from ${lo} to ${hi}: ${items.length} items in ${byYear.size} years`}
        >
          <line x1={PAD} x2={W - PAD} y1={AXIS_Y} y2={AXIS_Y} class="axis-line" />
          {ticks.map((t) => (
            <g key={t}>
              <line x1={x(t)} x2={x(t)} y1={AXIS_Y} y2={AXIS_Y + 6} class="axis-tick" />
              <text x={x(t)} y={AXIS_Y + 20} class="axis-label">
                {t}
              </text>
            </g>
          ))}
          {horizons.map(({ i, h }) => (
            <g key={`h-${i.title}`} class="horizon">
              <line x1={x(itemYear(i))} x2={x(h)} y1={AXIS_Y - 8} y2={AXIS_Y - 8} />
              <text x={x(h)} y={AXIS_Y - 14} class="axis-label">
                forecast to {h}
              </text>
            </g>
          ))}
          {[...byYear.entries()]
            .sort((a, b) => a[0] - b[0])
            .map(([y, list]) => (
              <a key={y} href={`#y-${y}`} aria-label={`${y}: ${list.length} items`} class="year-dot">
                <title>{`${y}: ${list.length} items`}</title>
                {list.slice(0, 7).map((i, k) => (
                  <circle
                    key={k}
                    cx={x(y)}
                    cy={AXIS_Y - 8 - k * 10}
                    r={4.5}
                    class={`dot k-${i.kind}`}
                    data-year={y}
                  />
                ))}
                {labelled.has(y) && (
                  <text x={x(y)} y={AXIS_Y - 16 - Math.min(list.length, 7) * 10} class="dot-label">
                    {y}
                  </text>
                )}
              </a>
            ))}
        </svg>
      </div>
      <figcaption class="muted">
        Each dot is an item (summits and events, treaties and documents, dated claims); select a year to jump
        to it.
      </figcaption>
    </figure>
  );
}

function YearList({ items, all, doc }: { items: TimelineItem[]; all: TimelineItem[]; doc: string }) {
  const years = new Map<number, TimelineItem[]>();
  for (const i of items) years.set(itemYear(i), [...(years.get(itemYear(i)) ?? []), i]);
  return (
    <ol class="years">
      {[...years.entries()]
        .sort((a, b) => a[0] - b[0])
        .map(([y, list]) => (
          <li key={y} id={`y-${y}`} class="year" data-year={y}>
            <h2>{y}</h2>
            <ul class="items">
              {list.map((i) => {
                const ev = evidenceClaim(i, all);
                const evDoc = ev ? evidenceDoc(ev.evidence, ev, doc) : doc;
                return (
                  <li
                    key={`${i.kind}-${i.entity?.id ?? i.claim?.id ?? i.title}`}
                    class={`item k-${i.kind}`}
                    data-year={y}
                  >
                    <div class="item-head">
                      <time dateTime={i.date.start}>{formatDate(i.date.text)}</time>
                      <Badge tone={`k-${i.kind}`}>
                        {i.kind === "claim" ? (i.claim?.kind ?? "claim") : (i.entity?.kind ?? i.kind)}
                      </Badge>
                    </div>
                    <p class="item-title">
                      {i.entity ? <a href={entityHref(i.entity.id)}>{i.title}</a> : i.title}
                    </p>
                    <p class="item-links muted">
                      {i.claim && (
                        <>
                          Held by <EntityLink entity={i.claim.speaker} /> ·{" "}
                        </>
                      )}
                      {ev?.evidence.sentenceId ? (
                        <a href={readerHref(evDoc, ev.evidence.sentenceId, ev.id)}>Evidence</a>
                      ) : ev && ev.citation.endnote !== null ? (
                        <>Stated in an endnote</>
                      ) : i.entity ? (
                        <a href={entityHref(i.entity.id)}>Mentions</a>
                      ) : null}
                      {ev && ev.citation.endnote !== null && (
                        <>
                          {" "}
                          · <a href={noteHref(evDoc, ev.citation.endnote)}>Endnote {ev.citation.endnote}</a>
                        </>
                      )}
                      {ev?.note && (
                        <span class="flag" title={ev.note}>
                          {" "}
                          ⚑
                        </span>
                      )}
                    </p>
                  </li>
                );
              })}
            </ul>
          </li>
        ))}
    </ol>
  );
}
