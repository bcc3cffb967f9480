// An answer to a question: the direct answer, the evidence sentence highlighted in its paragraph
// of the article, and the citation; "the article does not say" when it does not.
import { useLocation } from "preact-iso/router";
import type { Answer, ArticleDocument, AskResponse, Claim, Paragraph } from "../api.ts";
import { enc, get } from "../api.ts";
import {
  ArticleText,
  CitationView,
  ClaimCard,
  ClaimMeta,
  ErrorBox,
  Loading,
  quoteRange,
} from "../components/common.tsx";
import {
  askHref,
  claimHref,
  evidenceDoc,
  noteHref,
  readerHref,
  setTitle,
  useDefaultDoc,
  useLoad,
} from "../util.ts";

export const EXAMPLES = [
  "What did Putin say about the 1956 Declaration?",
  "How do Moscow and Tokyo interpret the 1956 Declaration differently?",
  "When did Abe and Putin meet?",
  "Which source backs the claim about the Tokyo Declaration?",
  "What did Lavrov say about defence ties?",
];

export function AskView() {
  const { query } = useLocation();
  const q = (query.q ?? "").trim();
  const doc = useDefaultDoc();
  setTitle(q ? `Ask: ${q}` : "Ask");
  const res = useLoad(() => (q ? get<AskResponse>(`/v1/ask?q=${enc(q)}`) : Promise.resolve(undefined)), q);
  return (
    <div class="page ask-page">
      <h1>{q ? <>“{q}”</> : "Ask the article"}</h1>
      {!q && <Examples />}
      {q && res.loading && <Loading what="the answer" />}
      {q && res.error && <ErrorBox error={res.error} />}
      {q && res.data && <AskResult res={res.data} doc={doc} />}
    </div>
  );
}

export function Examples() {
  return (
    <div class="examples">
      <h2>Try</h2>
      <ul>
        {EXAMPLES.map((e) => (
          <li key={e}>
            <a href={askHref(e)}>{e}</a>
          </li>
        ))}
      </ul>
    </div>
  );
}

/**
 * An answer's claim with the answer's evidence and citation: the ask API may give them beside the
 * claim rather than inside it.
 */
function answerClaim(a: Partial<Answer> & { claim: Claim }): Claim {
  return {
    ...a.claim,
    evidence: a.claim.evidence ?? a.evidence,
    citation: a.claim.citation ?? a.citation,
  } as Claim;
}

function relatedClaims(res: AskResponse): Claim[] {
  return (res.related ?? [])
    .map((r) => {
      if ("summary" in r) return r as Claim;
      const item = r as Partial<Answer>;
      return item.claim ? answerClaim(item as Answer) : undefined;
    })
    .filter((c): c is Claim => Boolean(c?.evidence && c.citation));
}

function AskResult({ res, doc }: { res: AskResponse; doc: string }) {
  const status = res.status ?? (res.answers.length > 0 ? "answered" : "unanswerable");
  const top = res.answers[0];
  if (status === "unanswerable" || !top) {
    const related = relatedClaims(res);
    return (
      <section class="answer unanswerable" aria-labelledby="answer-h">
        <h2 id="answer-h">The article does not say.</h2>
        <p>{res.answer ?? "None of the article's claims answers this question."}</p>
        {!res.answer && res.interpretation.unrecognized && res.interpretation.unrecognized.length > 0 && (
          <p class="muted">
            Not covered by the article:{" "}
            {res.interpretation.unrecognized
              .map((u) => (typeof u === "string" ? u : ((u as { text?: string }).text ?? "")))
              .filter(Boolean)
              .join(", ")}
          </p>
        )}
        {related.length > 0 && (
          <>
            <h3>Related claims it does make</h3>
            {related.slice(0, 5).map((c) => (
              <ClaimCard key={c.id} claim={c} doc={doc} />
            ))}
          </>
        )}
      </section>
    );
  }
  const evDoc = evidenceDoc(top.evidence, top.claim, doc);
  return (
    <>
      <section class="answer" aria-labelledby="answer-h">
        <h2 id="answer-h" class="sr-only">
          Answer
        </h2>
        <p class="answer-status">
          {status === "partial" ? "Partly answered by the article" : "Answered by the article"}
          {confidenceText(top.confidence ?? res.confidence)}
          {res.interpretation.explanation && (
            <span class="muted"> · read as {res.interpretation.explanation}</span>
          )}
        </p>
        <p class="direct-answer" data-testid="direct-answer">
          {res.answer ? <WithNoteLinks text={res.answer} doc={evDoc} /> : top.claim.summary}
        </p>
        <ClaimMeta claim={top.claim} />
        <h3>In the article</h3>
        <EvidenceInContext answer={top} doc={evDoc} />
        <h3>Citation</h3>
        <CitationView citation={top.citation} doc={evDoc} />
        <p>
          <a href={claimHref(top.claim.id)}>The claim’s page</a>
        </p>
      </section>
      {res.answers.length > 1 && (
        <section class="more-answers" aria-labelledby="more-h">
          <h2 id="more-h">Other claims that bear on it</h2>
          {res.answers.slice(1, 8).map((a) => (
            <ClaimCard key={a.claim.id} claim={answerClaim(a)} doc={doc} showEvidence />
          ))}
        </section>
      )}
    </>
  );
}

/** The answer's "[16]" endnote references as links to their notes. */
function WithNoteLinks({ text, doc }: { text: string; doc: string }) {
  const parts = text.split(/\[(\d+(?:,\s*\d+)*)\]/);
  return (
    <>
      {parts.map((part, i) =>
        i % 2 === 0 ? (
          part
        ) : (
          <sup key={part} class="marker">
            {part.split(/,\s*/).map((n, k) => (
              <span key={n}>
                {k > 0 && ","}
                <a href={noteHref(doc, Number(n))} aria-label={`Endnote ${n}`}>
                  {n}
                </a>
              </span>
            ))}
          </sup>
        ),
      )}
    </>
  );
}

function confidenceText(c: number | string | null | undefined): string {
  if (c === null || c === undefined) return "";
  if (typeof c === "number") return ` · confidence ${Math.round(c * 100)}%`;
  return ` · confidence ${c}`;
}

/** The evidence sentence inside its paragraph, highlighted, with the quote marked. */
function EvidenceInContext({ answer, doc }: { answer: Answer; doc: string }) {
  const sid = answer.evidence.sentenceId;
  const article = useLoad(
    () => (sid ? get<ArticleDocument>(`/v1/documents/${enc(doc)}`) : Promise.resolve(undefined)),
    `${doc}`,
  );
  let paragraph: Paragraph | undefined;
  for (const section of article.data?.sections ?? []) {
    for (const p of section.paragraphs) if (p.sentences.some((s) => s.id === sid)) paragraph = p;
  }
  const text = answer.evidence.text;
  return (
    <figure class="in-context">
      <blockquote>
        <span class="muted section-label">{answer.evidence.section.heading}</span>
        <p>
          {paragraph ? (
            paragraph.sentences.map((s) =>
              s.id === sid ? (
                <span key={s.id} class="hl-sentence" data-testid="evidence-sentence">
                  <ArticleText
                    text={s.text}
                    doc={doc}
                    highlight={quoteRange(s.text, answer.claim.quote)}
                  />{" "}
                </span>
              ) : (
                <span key={s.id} class="context-sentence">
                  <ArticleText text={s.text} doc={doc} />{" "}
                </span>
              ),
            )
          ) : (
            <span class="hl-sentence" data-testid="evidence-sentence">
              <ArticleText text={text} doc={doc} highlight={quoteRange(text, answer.claim.quote)} />
            </span>
          )}
        </p>
      </blockquote>
      {sid && (
        <figcaption>
          <a href={readerHref(doc, sid, answer.claim.id)}>Open this sentence in the reader</a>
        </figcaption>
      )}
    </figure>
  );
}
