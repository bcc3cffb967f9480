// Every entity of the article, filterable by name or alias and by type.
import { useLocation } from "preact-iso/router";
import type { EntityListItem } from "../api.ts";
import { getAll } from "../api.ts";
import { ErrorBox, Loading } from "../components/common.tsx";
import { entityHref, humanKind, setTitle, TYPE_LABEL, useLoad } from "../util.ts";

export function EntityIndex() {
  setTitle("Entities");
  const { query, route } = useLocation();
  const q = query.q ?? "";
  const type = query.type ?? "";
  const res = useLoad(() => getAll<EntityListItem>("/v1/entities?limit=200"), "entities");
  const update = (next: { q?: string; type?: string }) => {
    const params = new URLSearchParams();
    const nq = next.q ?? q;
    const nt = next.type ?? type;
    if (nq) params.set("q", nq);
    if (nt) params.set("type", nt);
    const s = params.toString();
    route(`/entities${s ? `?${s}` : ""}`, true);
  };
  if (res.error) return <ErrorBox error={res.error} />;
  if (!res.data) return <Loading what="the entities" />;
  const all = res.data;
  const types = [...new Set(all.map((e) => e.type))];
  const needle = q.trim().toLowerCase();
  const shown = all.filter(
    (e) =>
      (!type || e.type === type) &&
      (!needle ||
        e.name.toLowerCase().includes(needle) ||
        e.aliases.some((a) => a.toLowerCase().includes(needle))),
  );
  return (
    <div class="page entity-index">
      <h1>Entities</h1>
      <form class="filters" onSubmit={(e) => e.preventDefault()}>
        <label>
          Name or alias{" "}
          <input
            type="search"
            value={q}
            onInput={(e) => update({ q: (e.currentTarget as HTMLInputElement).value })}
          />
        </label>
        <label>
          Type{" "}
          <select
            value={type}
            onChange={(e) => update({ type: (e.currentTarget as HTMLSelectElement).value })}
          >
            <option value="">all</option>
            {types.map((t) => (
              <option key={t} value={t}>
                {TYPE_LABEL[t] ?? t}
              </option>
            ))}
          </select>
        </label>
        <p class="muted" role="status">
          {shown.length} of {all.length}
        </p>
      </form>
      {types
        .filter((t) => shown.some((e) => e.type === t))
        .map((t) => (
          <section key={t} aria-labelledby={`type-${t}`}>
            <h2 id={`type-${t}`}>{TYPE_LABEL[t] ?? t}</h2>
            <ul class="entity-list">
              {shown
                .filter((e) => e.type === t)
                .sort((a, b) => a.name.localeCompare(b.name))
                .map((e) => (
                  <li key={e.id}>
                    <a href={entityHref(e.id)} class={`entity t-${e.type}`}>
                      {e.name}
                    </a>{" "}
                    <span class="muted">{humanKind(e.kind)}</span>
                    {e.description && <p class="desc">{e.description}</p>}
                  </li>
                ))}
            </ul>
          </section>
        ))}
    </div>
  );
}
