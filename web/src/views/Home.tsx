// The landing page: what the article is, the question box's examples, and the views.
import type { ArticleDocument } from "../api.ts";
import { enc, get } from "../api.ts";
import { readerHref, setTitle, useDefaultDoc, useLoad } from "../util.ts";
import { Examples } from "./Ask.tsx";

export function Home() {
  const doc = useDefaultDoc();
  setTitle("");
  const article = useLoad(() => get<ArticleDocument>(`/v1/documents/${enc(doc)}`), doc);
  const a = article.data;
  return (
    <div class="page home">
      <h1>{a?.title ?? "A 'Reset' in Russia and Japan Relationship?"}</h1>
      <p class="byline">
        {a ? (
          <>
            {a.author}
            {a.affiliation && <>, {a.affiliation}</>}
          </>
        ) : (
          " "
        )}
      </p>
      <p class="lede">
        Read the article with its claims and endnotes, and see who said what, when, and on whose authority.
        Every item links back to the sentence of the article that states it and the endnote that backs it.
      </p>
      {a?.counts && (
        <ul class="counts" aria-label="What the article holds">
          {Object.entries(a.counts).map(([k, v]) => (
            <li key={k}>
              <strong>{v}</strong> {k}
            </li>
          ))}
        </ul>
      )}
      <ul class="cards">
        <li>
          <a href={readerHref(doc)}>
            <strong>Reader</strong>
            <span>The article, sentence by sentence, with its claims and endnotes.</span>
          </a>
        </li>
        <li>
          <a href="/entities">
            <strong>Entities</strong>
            <span>People, states, treaties, islands, summits: what the article says of each.</span>
          </a>
        </li>
        <li>
          <a href="/graph">
            <strong>Graph</strong>
            <span>Who is related to whom, each link backed by a sentence.</span>
          </a>
        </li>
        <li>
          <a href="/timeline">
            <strong>Timeline</strong>
            <span>From the 1956 Declaration to the 2035 energy forecast.</span>
          </a>
        </li>
      </ul>
      <Examples />
    </div>
  );
}
