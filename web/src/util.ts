// Small helpers shared by the views: loading state, links, labels.
import { createContext } from "preact";
import { useContext, useEffect, useState } from "preact/hooks";
import type { Claim, Evidence } from "./api.ts";

export interface Loaded<T> {
  data: T | undefined;
  error: Error | undefined;
  loading: boolean;
}

/** Runs an async load whenever `key` changes; a stale result never overwrites a newer one. */
export function useLoad<T>(load: () => Promise<T>, key: string): Loaded<T> {
  const [state, setState] = useState<Loaded<T>>({ data: undefined, error: undefined, loading: true });
  // `key` names everything the load reads, so it alone decides when to load again.
  useEffect(() => {
    let live = true;
    setState((s) => ({ ...s, loading: true, error: undefined }));
    load().then(
      (data) => live && setState({ data, error: undefined, loading: false }),
      (error: Error) => live && setState({ data: undefined, error, loading: false }),
    );
    return () => {
      live = false;
    };
  }, [key]);
  return state;
}

/** The document the reader opens when none is named (the first the API lists). */
export const DefaultDoc = createContext<string>("");
export const useDefaultDoc = () => useContext(DefaultDoc);

export function readerHref(doc: string, sentenceId?: string | null, claimId?: string): string {
  let href = `/read/${encodeURIComponent(doc)}`;
  if (sentenceId) href += `/${encodeURIComponent(sentenceId)}`;
  if (claimId) href += `?claim=${encodeURIComponent(claimId)}`;
  return href;
}

export function noteHref(doc: string, n: number): string {
  return `/read/${encodeURIComponent(doc)}/note/${n}`;
}

export const entityHref = (id: string) => `/entities/${encodeURIComponent(id)}`;
export const claimHref = (id: string) => `/claims/${encodeURIComponent(id)}`;
export const askHref = (q: string) => `/ask?q=${encodeURIComponent(q)}`;

/** The document an evidence belongs to: the API names it once documents are first-class. */
export function evidenceDoc(evidence: Evidence, claim: Claim | undefined, fallback: string): string {
  return evidence.documentId ?? claim?.documentId ?? fallback;
}

const SUPERSCRIPT = "⁰¹²³⁴⁵⁶⁷⁸⁹";
export const MARKER_RUN = /[⁰¹²³⁴⁵⁶⁷⁸⁹]+/g;
export function superscriptToNumber(run: string): number {
  let n = 0;
  for (const ch of run) n = n * 10 + SUPERSCRIPT.indexOf(ch);
  return n;
}

export const KIND_LABEL: Record<string, string> = {
  statement: "Statement",
  position: "Position",
  event: "Event",
  fact: "Fact",
  assessment: "Author's assessment",
};

/** The heading of each entity type, in the entity index and the graph's legend. */
export const TYPE_LABEL: Record<string, string> = {
  actor: "Actors",
  treaty: "Treaties and documents",
  island: "Islands and places",
  place: "Places",
  summit: "Summits and events",
  event: "Events",
};

export const RELATION_LABEL = (type: string) => type.replace(/_/g, " ");

export function humanKind(kind: string): string {
  return kind.replace(/[-_]/g, " ");
}

/** "2013-04" → "April 2013"; periods and open ends as the API writes them ("1996/" = since 1996). */
export function formatDate(text: string): string {
  const MONTHS = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
  ];
  const one = (part: string): string => {
    const m = /^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?$/.exec(part);
    if (!m) return part;
    const [, y = part, mo, d] = m;
    if (!mo) return y;
    const month = MONTHS[Number(mo) - 1] ?? mo;
    return d ? `${Number(d)} ${month} ${y}` : `${month} ${y}`;
  };
  if (text.includes("/")) {
    const [from, to] = text.split("/");
    if (from && !to) return `since ${one(from)}`;
    if (!from && to) return `until ${one(to)}`;
    return `${one(from ?? "")} – ${one(to ?? "")}`;
  }
  return one(text);
}

export function setTitle(...parts: string[]): void {
  document.title = [...parts.filter(Boolean), "kuril-kg explorer"].join(" · ");
}
