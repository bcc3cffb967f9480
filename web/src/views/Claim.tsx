// A claim's own page: the claim, its evidence in the article, its citation and the claims beside it.
import type { Claim, ClaimDetail } from "../api.ts";
import { enc, get } from "../api.ts";
import { ArticleNote, CitationView, ClaimCard, ErrorBox, Loading } from "../components/common.tsx";
import { evidenceDoc, setTitle, useDefaultDoc, useLoad } from "../util.ts";

export function ClaimView({ id }: { id: string }) {
  const doc = useDefaultDoc();
  const res = useLoad(() => get<ClaimDetail>(`/v1/claims/${enc(id)}`), id);
  if (res.error) return <ErrorBox error={res.error} />;
  if (!res.data) return <Loading what="the claim" />;
  const c = res.data;
  setTitle(c.summary);
  const evDoc = evidenceDoc(c.evidence, c, doc);
  const beside: Claim[] = c.beside ?? [];
  return (
    <div class="page claim-page">
      <p class="crumbs">
        Claim <span class="mono">{c.id}</span>
      </p>
      <h1>{c.summary}</h1>
      <ClaimCard claim={{ ...c, note: null }} doc={evDoc} showEvidence />
      {c.note && <ArticleNote note={c.note} />}
      <h2>Citation</h2>
      <CitationView citation={c.citation} doc={evDoc} />
      {beside.length > 0 && (
        <>
          <h2>Beside it: other holders on the same subject</h2>
          {beside.map((b) => (
            <ClaimCard key={b.id} claim={b} doc={doc} />
          ))}
        </>
      )}
      <p class="muted">
        As JSON: <a href={`/v1/claims/${enc(c.id)}`}>/v1/claims/{c.id}</a>
      </p>
    </div>
  );
}
