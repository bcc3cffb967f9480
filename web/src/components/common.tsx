// Building blocks every view uses: entity links, badges, loading and error states, the article's
// text with its endnote markers, a claim card and a citation with its Ibid / op. cit. chain.
import type { ComponentChildren } from "preact";
import type { Citation, Claim, EntityRef, Source } from "../api.ts";
import {
  claimHref,
  entityHref,
  evidenceDoc,
  formatDate,
  humanKind,
  KIND_LABEL,
  MARKER_RUN,
  noteHref,
  readerHref,
  superscriptToNumber,
} from "../util.ts";

export function EntityLink({ entity }: { entity: EntityRef }) {
  return (
    <a class={`entity t-${entity.type}`} href={entityHref(entity.id)}>
      {entity.name}
    </a>
  );
}

export function Badge({ children, tone = "plain" }: { children: ComponentChildren; tone?: string }) {
  return <span class={`badge b-${tone}`}>{children}</span>;
}

export function Loading({ what }: { what: string }) {
  return (
    <p class="loading" role="status">
      Loading {what}…
    </p>
  );
}

export function ErrorBox({ error }: { error: Error }) {
  return (
    <div class="error" role="alert">
      <strong>Could not load this.</strong> {error.message}
    </div>
  );
}

/** A flag for the article's own errors, with the curator's note. */
export function ArticleNote({ note, label = "Note on the article" }: { note: string; label?: string }) {
  return (
    <aside class="article-note">
      <strong>
        <span aria-hidden="true">⚑ </span>
        {label}:
      </strong>{" "}
      {note}
    </aside>
  );
}

/**
 * The article's text (a sentence or a paragraph of them) with its superscript endnote markers as
 * links to their notes, and an optional highlighted range (a quote) in <mark>.
 */
export function ArticleText({
  text,
  doc,
  highlight,
  asLink,
}: {
  text: string;
  doc: string;
  highlight?: [number, number] | null;
  asLink?: { href: string; current?: boolean; class?: string };
}) {
  // Cut points: marker runs and the highlight's ends.
  const pieces: ComponentChildren[] = [];
  const cuts = new Set<number>([0, text.length]);
  const markers: { start: number; end: number; n: number }[] = [];
  for (const m of text.matchAll(MARKER_RUN)) {
    const start = m.index ?? 0;
    markers.push({ start, end: start + m[0].length, n: superscriptToNumber(m[0]) });
    cuts.add(start);
    cuts.add(start + m[0].length);
  }
  if (highlight) {
    cuts.add(Math.max(0, highlight[0]));
    cuts.add(Math.min(text.length, highlight[1]));
  }
  const points = [...cuts].sort((a, b) => a - b);
  let run: ComponentChildren[] = [];
  const flush = (key: number) => {
    if (run.length === 0) return;
    pieces.push(
      asLink ? (
        <a
          key={`t${key}`}
          href={asLink.href}
          class={asLink.class}
          aria-current={asLink.current ? "true" : undefined}
        >
          {run}
        </a>
      ) : (
        run
      ),
    );
    run = [];
  };
  // The pieces between consecutive cut points.
  const spans = points.flatMap((a, i) => {
    const b = points[i + 1];
    return b === undefined ? [] : [[a, b] as const];
  });
  for (const [a, b] of spans) {
    const marker = markers.find((m) => m.start === a);
    if (marker) {
      flush(a);
      pieces.push(
        <sup key={`m${a}`} class="marker">
          <a href={noteHref(doc, marker.n)} aria-label={`Endnote ${marker.n}`}>
            {marker.n}
          </a>
        </sup>,
      );
      continue;
    }
    const chunk = text.slice(a, b);
    const marked = highlight && a >= highlight[0] && b <= highlight[1];
    run.push(marked ? <mark key={`h${a}`}>{chunk}</mark> : chunk);
  }
  flush(text.length);
  return <>{pieces}</>;
}

export function SourceView({ source, pages }: { source: Source; pages?: string | null }) {
  return (
    <div class="source">
      {source.authors && source.authors.length > 0 && <span>{source.authors.join(", ")}, </span>}
      {source.title && <cite>“{source.title}”</cite>}
      {source.publication && <span>, {source.publication}</span>}
      {source.details && <span>, {source.details}</span>}
      {source.dateText && <span>, {source.dateText}</span>}
      {pages && <span>, p. {pages}</span>}
      {source.url && (
        <>
          {" "}
          <a href={source.url} rel="noopener noreferrer external" class="ext">
            link<span class="sr-only"> to the cited work (external)</span>
          </a>
        </>
      )}
      {source.partial && (
        <p class="muted">Known only from a short form: the article never cites this work in full.</p>
      )}
      {(source.problems ?? []).map((p) => (
        <ArticleNote key={p} note={p} label="Citation problem" />
      ))}
    </div>
  );
}

const RULE_TEXT: Record<string, string> = {
  marker: "the endnote marker in its sentence",
  "paragraph-end": "the next endnote marker in the same paragraph",
  "endnote-text": "the endnote whose text holds the quote",
  override: "a curator's choice",
  uncited: "no endnote",
};

/** An endnote as a citation: its text, the Ibid / op. cit. chain and the work it resolves to. */
export function CitationView({
  citation,
  doc,
  chainTexts,
}: {
  citation: Citation;
  doc: string;
  /** The texts of the endnotes in the chain, when the view has them. */
  chainTexts?: Map<number, string>;
}) {
  if (citation.endnote === null) {
    return (
      <div class="citation uncited">
        <p>
          <strong>No endnote.</strong> {citation.reason ?? "The article gives no endnote for this."}
        </p>
      </div>
    );
  }
  const chain = citation.chain && citation.chain.length > 0 ? citation.chain : [citation.endnote];
  const sources = citation.sources ?? (citation.source ? [citation.source] : []);
  return (
    <div class="citation">
      <p class="citation-head">
        <a href={noteHref(doc, citation.endnote)} class="note-link">
          Endnote {citation.endnote}
        </a>
        {citation.kind && citation.kind !== "citation" && (
          <Badge tone="kind">{humanKind(citation.kind)}</Badge>
        )}
        {citation.scope && <Badge>{citation.scope}</Badge>}
        {RULE_TEXT[citation.rule] && <span class="muted"> · chosen by {RULE_TEXT[citation.rule]}</span>}
      </p>
      {citation.text && <blockquote class="note-text">{citation.text}</blockquote>}
      {chain.length > 1 && (
        <ol class="chain" aria-label="Endnotes followed to the full citation">
          {chain.map((n, i) => (
            <li key={n}>
              <a href={noteHref(doc, n)}>Endnote {n}</a>
              {i === 0 && citation.kind === "ibid" && <span class="muted"> (Ibid.)</span>}
              {i === 0 && citation.kind === "op-cit" && <span class="muted"> (op. cit.)</span>}
              {i > 0 && chainTexts?.get(n) && <span class="chain-text">: {chainTexts.get(n)}</span>}
            </li>
          ))}
        </ol>
      )}
      {sources.length > 0 ? (
        <div class="resolved">
          <span class="label">Cited work{sources.length > 1 ? "s" : ""}</span>
          {sources.map((s) => (
            <SourceView key={s.id} source={s} pages={citation.pages} />
          ))}
        </div>
      ) : (
        <p class="muted">An explanatory note: it cites no work.</p>
      )}
    </div>
  );
}

export function ClaimMeta({ claim }: { claim: Claim }) {
  return (
    <dl class="claim-meta">
      <div>
        <dt>Kind</dt>
        <dd>
          <Badge tone={claim.kind}>{KIND_LABEL[claim.kind] ?? claim.kind}</Badge>
        </dd>
      </div>
      <div>
        <dt>Holder</dt>
        <dd>
          <EntityLink entity={claim.speaker} />
        </dd>
      </div>
      <div>
        <dt>Date</dt>
        <dd>
          {claim.date ? <time dateTime={claim.date.start}>{formatDate(claim.date.text)}</time> : "undated"}
        </dd>
      </div>
      <div>
        <dt>Direct</dt>
        <dd>{claim.direct ? "yes: the holder's own words" : "no: reported or paraphrased"}</dd>
      </div>
      {claim.about.length > 0 && (
        <div class="about">
          <dt>About</dt>
          <dd>
            {claim.about.map((e, i) => (
              <span key={e.id}>
                {i > 0 && ", "}
                <EntityLink entity={e} />
              </span>
            ))}
          </dd>
        </div>
      )}
    </dl>
  );
}

/** One claim: what it says, who holds it, when, whether direct, its note; links to its own page. */
export function ClaimCard({
  claim,
  doc,
  selected,
  showEvidence,
  showCitation,
}: {
  claim: Claim;
  doc: string;
  selected?: boolean;
  showEvidence?: boolean;
  showCitation?: boolean;
}) {
  const evDoc = evidenceDoc(claim.evidence, claim, doc);
  return (
    <article
      class={`claim${selected ? " selected" : ""}`}
      id={`claim-${claim.id}`}
      aria-current={selected || undefined}
    >
      <h3 class="claim-summary">
        <a href={claimHref(claim.id)}>{claim.summary}</a>
      </h3>
      <ClaimMeta claim={claim} />
      {showEvidence && (
        <blockquote class="evidence">
          <ArticleText
            text={claim.evidence.text}
            doc={evDoc}
            highlight={quoteRange(claim.evidence.text, claim.quote)}
          />
          <footer>
            {claim.evidence.sentenceId ? (
              <a href={readerHref(evDoc, claim.evidence.sentenceId, claim.id)}>
                Read in context · {claim.evidence.section.heading}
              </a>
            ) : (
              <span class="muted">{claim.evidence.section.heading}</span>
            )}
          </footer>
        </blockquote>
      )}
      {claim.note && <ArticleNote note={claim.note} />}
      {showCitation && <CitationView citation={claim.citation} doc={evDoc} />}
    </article>
  );
}

/** Where a quote stands in its sentence (the quote is verbatim, so indexOf finds it). */
export function quoteRange(sentence: string, quote: string): [number, number] | null {
  const at = sentence.indexOf(quote);
  return at >= 0 ? [at, at + quote.length] : null;
}
