// The reader: the article's sections and paragraphs, sentences that carry claims marked; a
// sentence's URL selects it and shows its claims and the endnote that covers it (with the Ibid /
// op. cit. chain and the resolved work); a marker's URL opens its endnote.

import { useEffect, useMemo } from "preact/hooks";
import { useLocation } from "preact-iso/router";
import type { ArticleDocument, Citation, Claim, Endnote, Sentence } from "../api.ts";
import { enc, get, getAll } from "../api.ts";
import {
  ArticleNote,
  ArticleText,
  Badge,
  CitationView,
  ClaimCard,
  ErrorBox,
  Loading,
  quoteRange,
} from "../components/common.tsx";
import { claimHref, humanKind, readerHref, setTitle, useDefaultDoc, useLoad } from "../util.ts";

interface ReaderData {
  article: ArticleDocument;
  claimsBySentence: Map<string, Claim[]>;
  claimsById: Map<string, Claim>;
  endnotes: Map<number, Endnote>;
  sentences: Map<string, { sentence: Sentence; section: string }>;
}

async function loadReader(doc: string): Promise<ReaderData> {
  const [article, claims, endnotes] = await Promise.all([
    get<ArticleDocument>(`/v1/documents/${enc(doc)}`),
    getAll<Claim>("/v1/claims?limit=200"),
    getAll<Endnote>("/v1/endnotes?limit=200"),
  ]);
  const claimsBySentence = new Map<string, Claim[]>();
  const claimsById = new Map<string, Claim>();
  for (const c of claims) {
    claimsById.set(c.id, c);
    const claimDoc = c.evidence.documentId ?? c.documentId;
    if (claimDoc && claimDoc !== doc) continue;
    const sid = c.evidence.sentenceId;
    if (!sid) continue;
    const list = claimsBySentence.get(sid) ?? [];
    list.push(c);
    claimsBySentence.set(sid, list);
  }
  const sentences = new Map<string, { sentence: Sentence; section: string }>();
  for (const section of article.sections)
    for (const p of section.paragraphs)
      for (const s of p.sentences) sentences.set(s.id, { sentence: s, section: section.heading });
  return {
    article,
    claimsBySentence,
    claimsById,
    endnotes: new Map(endnotes.map((e) => [e.n, e])),
    sentences,
  };
}

export function Reader(props: { doc?: string; sentence?: string; note?: string }) {
  const defaultDoc = useDefaultDoc();
  const doc = props.doc ?? defaultDoc;
  const { query } = useLocation();
  const claimId = query.claim;
  const data = useLoad(() => loadReader(doc), doc);
  const d = data.data;
  // A claim's URL without a sentence selects the claim's sentence.
  const sentenceId =
    props.sentence ?? (claimId ? d?.claimsById.get(claimId)?.evidence.sentenceId : undefined);
  const noteN = props.note ? Number(props.note) : undefined;

  useEffect(() => {
    const target = sentenceId ? document.getElementById(sentenceId) : undefined;
    if (!target) return;
    const box = target.getBoundingClientRect();
    if (box.top < 120 || box.bottom > window.innerHeight * 0.6) target.scrollIntoView({ block: "center" });
  }, [sentenceId, d]);

  if (data.error) return <ErrorBox error={data.error} />;
  if (!d) return <Loading what="the article" />;
  setTitle(sentenceId ? `Sentence ${sentenceId}` : noteN ? `Endnote ${noteN}` : "", d.article.title);
  const selected = sentenceId ? d.sentences.get(sentenceId) : undefined;
  const hasSelection = Boolean(selected || noteN);

  return (
    <div class={`reader${hasSelection ? " has-selection" : ""}`}>
      <nav class="toc" aria-label="Sections of the article">
        <details open>
          <summary>Sections</summary>
          <ol>
            {d.article.sections.map((s) => (
              <li key={s.id} class={`lvl-${s.level}`}>
                <a href={`#sec-${s.id}`}>{s.heading}</a>
              </li>
            ))}
          </ol>
        </details>
        <div class="legend">
          <p>
            <span class="s marked legend-sample">Underlined sentences</span> carry claims: select one.
          </p>
          <p>
            <sup class="marker">
              <span>16</span>
            </sup>{" "}
            opens an endnote.
          </p>
          <p>
            <span class="flag" aria-hidden="true">
              ⚑
            </span>{" "}
            marks an error of the article noted by the curators.
          </p>
        </div>
      </nav>
      <article class="text" aria-labelledby="article-title">
        <h1 id="article-title">{d.article.title}</h1>
        <p class="byline">
          {d.article.author}
          {d.article.affiliation && <>, {d.article.affiliation}</>}
        </p>
        {d.article.sections.map((section) => {
          const H = section.level <= 1 ? "h2" : "h3";
          return (
            <section key={section.id} id={`sec-${section.id}`} aria-labelledby={`h-${section.id}`}>
              <H id={`h-${section.id}`}>{section.heading}</H>
              {section.paragraphs.map((p) => (
                <p key={p.id} id={p.id}>
                  {p.sentences.map((s) => (
                    <SentenceView
                      key={s.id}
                      sentence={s}
                      doc={doc}
                      claims={d.claimsBySentence.get(s.id) ?? []}
                      selected={s.id === sentenceId}
                      highlight={
                        s.id === sentenceId && claimId
                          ? quoteRange(s.text, d.claimsById.get(claimId)?.quote ?? "\u0000")
                          : null
                      }
                    />
                  ))}
                </p>
              ))}
            </section>
          );
        })}
        {d.article.disclaimer && <p class="muted disclaimer">{d.article.disclaimer}</p>}
      </article>
      <aside class="panel" aria-label="Selection" aria-live="polite">
        {selected && sentenceId ? (
          <SentencePanel
            doc={doc}
            sentence={selected.sentence}
            section={selected.section}
            claims={d.claimsBySentence.get(sentenceId) ?? []}
            claimId={claimId}
            endnotes={d.endnotes}
          />
        ) : noteN !== undefined ? (
          <NotePanel
            doc={doc}
            n={noteN}
            endnotes={d.endnotes}
            claims={d.claimsById}
            sentences={d.sentences}
          />
        ) : sentenceId ? (
          <p role="alert">The article has no sentence {sentenceId}.</p>
        ) : (
          <div class="panel-help">
            <h2>Select a sentence</h2>
            <p>
              {d.claimsBySentence.size} of {d.sentences.size} sentences carry claims. Select a tinted sentence
              to see its claims (kind, holder, date, whether quoted directly) and the endnote that backs it,
              with the cited work. Each sentence, endnote and claim has its own address to share.
            </p>
          </div>
        )}
      </aside>
    </div>
  );
}

function SentenceView({
  sentence,
  doc,
  claims,
  selected,
  highlight,
}: {
  sentence: Sentence;
  doc: string;
  claims: Claim[];
  selected: boolean;
  highlight: [number, number] | null;
}) {
  const flagged = claims.some((c) => c.note);
  const cls = `s${claims.length ? " marked" : ""}${selected ? " selected" : ""}`;
  return (
    <span id={sentence.id} class={cls} data-claims={claims.length || undefined}>
      <ArticleText
        text={sentence.text}
        doc={doc}
        highlight={highlight}
        asLink={{ href: readerHref(doc, sentence.id), current: selected, class: "s-link" }}
      />
      {flagged && (
        <span class="flag" title="The curators note an error of the article here">
          <span aria-hidden="true">⚑</span>
          <span class="sr-only">(the article's wording has a noted error)</span>
        </span>
      )}{" "}
    </span>
  );
}

const COVERAGE: Record<string, string> = {
  marker: "Its endnote marker ends the sentence.",
  "paragraph-end": "No marker ends it: the next endnote marker of its paragraph covers it.",
  none: "No endnote covers this sentence.",
};

/** An endnote in the shape of a citation, so both render alike. */
export function endnoteAsCitation(e: Endnote, rule = "marker"): Citation {
  return {
    endnote: e.n,
    text: e.text,
    kind: e.kind,
    refersTo: e.refersTo,
    chain: e.chain,
    pages: e.pages,
    source: e.source,
    sources: e.sources,
    rule,
    reason: null,
  };
}

function chainTexts(endnotes: Map<number, Endnote>): Map<number, string> {
  return new Map([...endnotes.values()].map((e) => [e.n, e.text]));
}

function SentencePanel({
  doc,
  sentence,
  section,
  claims,
  claimId,
  endnotes,
}: {
  doc: string;
  sentence: Sentence;
  section: string;
  claims: Claim[];
  claimId: string | undefined;
  endnotes: Map<number, Endnote>;
}) {
  const note = sentence.endnote !== null ? endnotes.get(sentence.endnote) : undefined;
  const ordered = useMemo(
    () => [...claims].sort((a, b) => Number(b.id === claimId) - Number(a.id === claimId)),
    [claims, claimId],
  );
  return (
    <div class="sentence-panel">
      <p class="panel-close">
        <a href={readerHref(doc)} aria-label="Close the selection">
          ✕ Close
        </a>
      </p>
      <h2>
        Sentence <span class="mono">{sentence.id}</span>
      </h2>
      <p class="muted">{section}</p>
      <blockquote class="selected-text">
        <ArticleText text={sentence.text} doc={doc} />
      </blockquote>
      <h3>
        {claims.length === 0 ? "No claims" : claims.length === 1 ? "1 claim" : `${claims.length} claims`}
      </h3>
      {claims.length === 0 && <p class="muted">The curators drew no claim from this sentence.</p>}
      {ordered.map((c) => (
        <ClaimCard key={c.id} claim={c} doc={doc} selected={c.id === claimId} />
      ))}
      <h3>Endnote</h3>
      <p class="muted">{COVERAGE[sentence.coverage] ?? ""}</p>
      {note ? (
        <CitationView
          citation={endnoteAsCitation(note, sentence.coverage)}
          doc={doc}
          chainTexts={chainTexts(endnotes)}
        />
      ) : (
        <p>Uncited: the article gives no endnote for it.</p>
      )}
      {note && (note.problems.length > 0 || note.note) && <EndnoteFlags endnote={note} />}
    </div>
  );
}

function EndnoteFlags({ endnote }: { endnote: Endnote }) {
  return (
    <>
      {endnote.problems.map((p) => (
        <ArticleNote key={p} note={p} label={`Endnote ${endnote.n}`} />
      ))}
    </>
  );
}

function NotePanel({
  doc,
  n,
  endnotes,
  claims,
  sentences,
}: {
  doc: string;
  n: number;
  endnotes: Map<number, Endnote>;
  claims: Map<string, Claim>;
  sentences: Map<string, { sentence: Sentence; section: string }>;
}) {
  const e = endnotes.get(n);
  if (!e) return <p role="alert">The article has no endnote {n}.</p>;
  const markerSentence = e.markerContext?.sentenceId;
  return (
    <div class="note-panel">
      <p class="panel-close">
        <a href={readerHref(doc)} aria-label="Close the endnote">
          ✕ Close
        </a>
      </p>
      <h2>
        Endnote {e.n} <Badge tone="kind">{humanKind(e.kind)}</Badge>
      </h2>
      {markerSentence && sentences.has(markerSentence) && (
        <p class="muted">
          Its marker stands in <a href={readerHref(doc, markerSentence)}>sentence {markerSentence}</a> (
          {e.markerContext?.section.heading}).
        </p>
      )}
      <CitationView citation={endnoteAsCitation(e)} doc={doc} chainTexts={chainTexts(endnotes)} />
      {e.note && e.kind.startsWith("note") && (
        <p class="muted">This endnote also explains: the text above is the author's note.</p>
      )}
      {e.accessed && <p class="muted">Accessed {e.accessed}.</p>}
      <EndnoteFlags endnote={e} />
      {e.claims.length > 0 && (
        <>
          <h3>Claims it backs</h3>
          <ul class="plain">
            {e.claims.map((id) => {
              const c = claims.get(id);
              return (
                <li key={id}>
                  <a
                    href={c?.evidence.sentenceId ? readerHref(doc, c.evidence.sentenceId, id) : claimHref(id)}
                  >
                    {c?.summary ?? id}
                  </a>
                </li>
              );
            })}
          </ul>
        </>
      )}
    </div>
  );
}
