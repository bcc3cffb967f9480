// An entity's page: name, aliases, typed details, the claims it holds and those about it, where
// the article mentions it (each a link into the reader) and its relations with their evidence.
import type { ComponentChildren } from "preact";
import type { EntityDetail, EntityRef, EntityRelation } from "../api.ts";
import { enc, get } from "../api.ts";
import {
  ArticleNote,
  ArticleText,
  Badge,
  ClaimCard,
  EntityLink,
  ErrorBox,
  Loading,
} from "../components/common.tsx";
import {
  evidenceDoc,
  formatDate,
  humanKind,
  noteHref,
  RELATION_LABEL,
  readerHref,
  setTitle,
  useDefaultDoc,
  useLoad,
} from "../util.ts";

const isRef = (v: unknown): v is EntityRef =>
  typeof v === "object" && v !== null && "id" in v && "name" in v && "type" in v;

const FIELD_LABEL: Record<string, string> = {
  role: "Role",
  roles: "Offices",
  country: "Country",
  group: "Island group",
  administeredBy: "Administered by",
  claimedBy: "Claimed by",
  locatedIn: "Located in",
  date: "Date",
  place: "Place",
  participants: "Participants",
  outcome: "Outcome",
  parties: "Parties",
  status: "Status",
  provisions: "Provisions",
  partOf: "Part of",
};

function label(key: string): string {
  return FIELD_LABEL[key] ?? key.replace(/([a-z])([A-Z])/g, "$1 $2").replace(/^./, (c) => c.toUpperCase());
}

/** A typed field's value, whatever its shape: text, a date, an entity, a list, an office. */
function Value({ k, v }: { k: string; v: unknown }): ComponentChildren {
  if (v === null || v === undefined || v === "") return null;
  if (isRef(v)) return <EntityLink entity={v} />;
  if (typeof v === "string") return k.toLowerCase().includes("date") || k === "date" ? formatDate(v) : v;
  if (typeof v === "number" || typeof v === "boolean") return String(v);
  if (Array.isArray(v)) {
    if (v.length === 0) return null;
    if (v.every(isRef))
      return (
        <>
          {v.map((e, i) => (
            <span key={e.id}>
              {i > 0 && ", "}
              <EntityLink entity={e} />
            </span>
          ))}
        </>
      );
    return (
      <ul class="plain">
        {v.map((item, i) => (
          <li key={i}>
            <Value k={k} v={item} />
          </li>
        ))}
      </ul>
    );
  }
  if (typeof v === "object" && "title" in v) {
    // An office: "President of Russia (2013)".
    const o = v as { title: unknown; country?: unknown; from?: unknown; to?: unknown; note?: unknown };
    const from = typeof o.from === "string" ? o.from : null;
    const to = typeof o.to === "string" ? o.to : null;
    const when =
      from && to ? (from === to ? from : `${from}–${to}`) : from ? `from ${from}` : to ? `until ${to}` : "";
    return (
      <span>
        <strong>{String(o.title)}</strong>
        {isRef(o.country) && (
          <>
            {" "}
            of <EntityLink entity={o.country} />
          </>
        )}
        {when && ` (${when})`}
        {typeof o.note === "string" && <span class="muted"> · {o.note}</span>}
      </span>
    );
  }
  if (typeof v === "object") {
    // Another record: its parts in a line.
    const o = v as Record<string, unknown>;
    const parts = Object.entries(o).filter(([, x]) => x !== null && x !== undefined && x !== "");
    return (
      <span>
        {parts.map(([pk, pv], i) => (
          <span key={pk}>
            {i > 0 && " · "}
            {pk === "title" ? <strong>{String(pv)}</strong> : <Value k={pk} v={pv} />}
          </span>
        ))}
      </span>
    );
  }
  return String(v);
}

const HIDDEN_FIELDS = new Set(["type", "dateStart", "dateEnd"]);

export function EntityView({ id }: { id: string }) {
  const doc = useDefaultDoc();
  const res = useLoad(() => get<EntityDetail>(`/v1/entities/${enc(id)}`), id);
  if (res.error) return <ErrorBox error={res.error} />;
  if (!res.data) return <Loading what="the entity" />;
  const e = res.data;
  setTitle(e.name);
  const by = e.claims.filter((c) => c.speaker.id === e.id);
  const about = e.claims.filter((c) => c.speaker.id !== e.id);
  const details = Object.entries(e.details ?? {}).filter(
    ([k, v]) => !HIDDEN_FIELDS.has(k) && v !== null && !(Array.isArray(v) && v.length === 0),
  );
  const aliases = e.aliases.filter((a) => a.text !== e.name);
  const relationsByType = new Map<string, EntityRelation[]>();
  for (const r of e.relations) relationsByType.set(r.type, [...(relationsByType.get(r.type) ?? []), r]);

  return (
    <div class="page entity-page">
      <p class="crumbs">
        <a href="/entities">Entities</a> › {humanKind(e.type)}
      </p>
      <h1>
        {e.name} <Badge tone={`t-${e.type}`}>{humanKind(e.kind)}</Badge>
      </h1>
      {e.description && <p class="lede">{e.description}</p>}
      {e.note && <ArticleNote note={e.note} />}
      <div class="entity-grid">
        <section aria-labelledby="details-h" class="card">
          <h2 id="details-h">Details</h2>
          <dl class="details">
            {aliases.length > 0 && (
              <div>
                <dt>Also written</dt>
                <dd>{aliases.map((a) => `“${a.text}”`).join(", ")}</dd>
              </div>
            )}
            {details.map(([k, v]) => (
              <div key={k}>
                <dt>{label(k)}</dt>
                <dd>
                  <Value k={k} v={v} />
                </dd>
              </div>
            ))}
          </dl>
          <p>
            <a href={`/graph?focus=${enc(e.id)}`}>See it in the graph</a> ·{" "}
            <a href={`/timeline?actor=${enc(e.id)}`}>On the timeline</a> ·{" "}
            <a href={`/v1/entities/${enc(e.id)}`}>JSON</a>
          </p>
        </section>
        <section aria-labelledby="relations-h" class="card">
          <h2 id="relations-h">Relations ({e.relations.length})</h2>
          {e.relations.length === 0 && <p class="muted">No relations recorded.</p>}
          {[...relationsByType.entries()].map(([type, rels]) => (
            <div key={type} class="rel-group">
              <h3>{RELATION_LABEL(type)}</h3>
              <ul class="plain relations">
                {rels.map((r) => (
                  <li key={r.id}>
                    {r.direction === "out" ? (
                      <>
                        {e.name} <span class="rel">{RELATION_LABEL(r.type)}</span>{" "}
                        <EntityLink entity={r.other} />
                      </>
                    ) : (
                      <>
                        <EntityLink entity={r.other} /> <span class="rel">{RELATION_LABEL(r.type)}</span>{" "}
                        {e.name}
                      </>
                    )}{" "}
                    <span class="muted">
                      (
                      {r.evidence.sentenceId ? (
                        <a href={readerHref(evidenceDoc(r.evidence, undefined, doc), r.evidence.sentenceId)}>
                          evidence
                        </a>
                      ) : (
                        "evidence in an endnote"
                      )}
                      {r.citation.endnote !== null && (
                        <>
                          , <a href={noteHref(doc, r.citation.endnote)}>endnote {r.citation.endnote}</a>
                        </>
                      )}
                      )
                    </span>
                  </li>
                ))}
              </ul>
            </div>
          ))}
        </section>
      </div>
      <section aria-labelledby="by-h">
        <h2 id="by-h">
          Claims by {e.name} ({by.length})
        </h2>
        {by.length === 0 && (
          <p class="muted">The article reports no statement or position held by {e.name}.</p>
        )}
        {by.map((c) => (
          <ClaimCard key={c.id} claim={c} doc={doc} showEvidence />
        ))}
      </section>
      <section aria-labelledby="about-h">
        <h2 id="about-h">
          Claims about {e.name} ({about.length})
        </h2>
        {about.length === 0 && <p class="muted">None.</p>}
        {about.map((c) => (
          <ClaimCard key={c.id} claim={c} doc={doc} showEvidence />
        ))}
        {e.claimCount > e.claims.length && (
          <p class="muted">
            Showing the first {e.claims.length} of {e.claimCount}:{" "}
            <a href={`/v1/claims?about=${enc(e.id)}`}>all as JSON</a>.
          </p>
        )}
      </section>
      <section aria-labelledby="mentions-h">
        <h2 id="mentions-h">Mentions ({e.mentions.length})</h2>
        <ol class="mentions">
          {e.mentions.map((m, i) => {
            const mdoc = m.documentId ?? doc;
            const at = m.text.indexOf(m.surface);
            const href = m.sentenceId
              ? readerHref(mdoc, m.sentenceId)
              : m.endnote !== null
                ? noteHref(mdoc, m.endnote)
                : null;
            return (
              <li key={i}>
                <span class="muted">
                  {m.sentenceId
                    ? m.section.heading
                    : `Endnote ${m.endnote ?? ""}`.trim() || m.section.heading}
                </span>
                <p>
                  <ArticleText
                    text={m.text}
                    doc={mdoc}
                    highlight={at >= 0 ? [at, at + m.surface.length] : null}
                  />
                </p>
                {href && (
                  <a href={href}>
                    {m.sentenceId
                      ? `Open sentence ${m.sentenceId} in the reader`
                      : `Open endnote ${m.endnote}`}
                  </a>
                )}
              </li>
            );
          })}
        </ol>
      </section>
    </div>
  );
}
