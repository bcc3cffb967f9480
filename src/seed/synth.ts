// A synthetic dataset N times the article's, for load tests only (never shipped as data): the
// real seed pipeline parses and anchors the article once, then N − 1 copies of its text and graph
// are recombined from it and the whole goes through the same writer (writeDatabase).
//
// Copy k (k ≥ 1) has the article's own paragraphs, each section's in another order, after the
// original text; its entities carry names recombined from the article's names of the same type
// ("Shinzo Lavrov 7"), with no aliases, so that the article's names still name only the article's
// entities; its claims, relations and mentions are the article's, re-pointed to the copy's
// entities, sentences and endnotes. Every quote stays verbatim in its sentence, so evidence and
// search behave as on the real data. (The endnote markers in a copy's text keep the article's
// superscript digits; its endnotes are numbered after the article's.)
import { createHash } from "node:crypto";
import type { AnchoredGraph } from "../graph/anchor.ts";
import type { ParsedDocument, ParsedEndnotes } from "../ingest/types.ts";
import { must } from "../lib/must.ts";
import type { SeedData } from "./dataset.ts";

/** Replaces, anywhere in a value, every string that is a key of `ids` by its value. */
function mapIds<T>(value: T, ids: ReadonlyMap<string, string>): T {
  if (typeof value === "string") return (ids.get(value) ?? value) as T;
  if (Array.isArray(value)) return value.map((v) => mapIds(v, ids)) as T;
  if (value && typeof value === "object") {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value)) out[k] = mapIds(v, ids);
    return out as T;
  }
  return value;
}

/** A name from the words of two names of the same kind: the first half of one, the rest of another. */
function recombinedName(a: string, b: string, copy: number): string {
  const wa = a.split(" ");
  const wb = b.split(" ");
  const head = wa.slice(0, Math.max(1, Math.floor(wa.length / 2)));
  const tail = wb.slice(Math.max(1, Math.floor(wb.length / 2)));
  return `${[...head, ...(tail.length ? tail : wb.slice(-1))].join(" ")} ${copy}`;
}

export function synthesize(base: SeedData, scale: number): SeedData {
  if (!Number.isInteger(scale) || scale < 1) throw new Error("scale must be a whole number ≥ 1");
  // The original article is what is copied; other documents of the seed are left out.
  const [primary] = base.documents;
  if (!primary) throw new Error("the seed holds no document");
  const doc = primary.document;
  const { notes } = primary;
  const inPrimary = <T extends { documentId: string }>(items: T[]) =>
    items.filter((i) => i.documentId === doc.id);
  const anchored: AnchoredGraph = {
    entities: base.anchored.entities,
    claims: inPrimary(base.anchored.claims),
    relations: inPrimary(base.anchored.relations),
    mentions: inPrimary(base.anchored.mentions),
  };
  const maxEndnote = Math.max(0, ...notes.endnotes.map((e) => e.n));
  const docChars = Array.from(doc.text);
  const sentenceById = new Map(doc.sentences.map((s) => [s.id, s]));

  const document: ParsedDocument = {
    ...doc,
    sections: [...doc.sections],
    paragraphs: [...doc.paragraphs],
    sentences: [...doc.sentences],
    markers: [...doc.markers],
  };
  const endnotes: ParsedEndnotes = { endnotes: [...notes.endnotes], sources: [...notes.sources] };
  const graph: AnchoredGraph = {
    entities: [...anchored.entities],
    claims: [...anchored.claims],
    relations: [...anchored.relations],
    mentions: [...anchored.mentions],
  };
  const textParts: string[] = [doc.text];
  let textLength = docChars.length;
  const byType = new Map<string, string[]>();
  for (const e of anchored.entities) {
    const list = byType.get(e.entity.type) ?? [];
    list.push(e.entity.input.name);
    byType.set(e.entity.type, list);
  }

  for (let k = 1; k < scale; k++) {
    const suffix = `-x${k}`;
    const shift = (n: number) => n + k * maxEndnote;
    const shiftN = (n: number | null) => (n == null ? n : shift(n));
    const ids = new Map<string, string>();
    const idOf = (id: string) => must(ids.get(id), `the copy's id of "${id}"`);
    for (const e of anchored.entities) ids.set(e.entity.input.id, `${e.entity.input.id}${suffix}`);
    for (const s of notes.sources) ids.set(s.id, `${s.id}${suffix}`);
    for (const c of anchored.claims) ids.set(c.input.id, `${c.input.id}${suffix}`);

    // The text: each section's paragraphs rotated by k, appended after what is there.
    const sectionId = (id: string) => `${id}${suffix}`;
    for (const s of doc.sections)
      document.sections.push({
        ...s,
        id: sectionId(s.id),
        ordinal: s.ordinal + k * doc.sections.length,
        parentId: s.parentId ? sectionId(s.parentId) : null,
      });
    const order = doc.sections.flatMap((section) => {
      const own = doc.paragraphs.filter((p) => p.sectionId === section.id);
      const at = k % own.length;
      return [...own.slice(at), ...own.slice(0, at)];
    });
    /** Code-point shift of each original paragraph in this copy. */
    const delta = new Map<string, number>();
    const sentenceIdOf = (id: string) => `s${Number(id.slice(1)) + k * doc.sentences.length}`;
    const paragraphIdOf = (id: string) => `p${Number(id.slice(1)) + k * doc.paragraphs.length}`;
    order.forEach((p, i) => {
      const start = textLength + 2;
      textParts.push(docChars.slice(p.start, p.end).join(""));
      textLength = start + (p.end - p.start);
      delta.set(p.id, start - p.start);
      document.paragraphs.push({
        ...p,
        id: paragraphIdOf(p.id),
        ordinal: i + 1 + k * doc.paragraphs.length,
        sectionId: sectionId(p.sectionId),
        start,
        end: textLength,
      });
    });
    const deltaOf = (paragraphId: string) =>
      must(delta.get(paragraphId), `the shift of paragraph ${paragraphId}`);
    const sentenceDelta = (sentenceId: string) =>
      deltaOf(must(sentenceById.get(sentenceId), `sentence ${sentenceId}`).paragraphId);
    const copiedSentences = doc.sentences
      .map((s) => ({
        ...s,
        id: sentenceIdOf(s.id),
        paragraphId: paragraphIdOf(s.paragraphId),
        sectionId: sectionId(s.sectionId),
        start: s.start + deltaOf(s.paragraphId),
        end: s.end + deltaOf(s.paragraphId),
        markers: s.markers.map(shift),
        coveringEndnote: shiftN(s.coveringEndnote),
      }))
      .sort((a, b) => a.start - b.start);
    copiedSentences.forEach((s, i) => {
      document.sentences.push({ ...s, ordinal: i + 1 + k * doc.sentences.length });
    });
    for (const m of doc.markers)
      document.markers.push({
        n: shift(m.n),
        sentenceId: sentenceIdOf(m.sentenceId),
        offset: m.offset + sentenceDelta(m.sentenceId),
      });

    for (const e of notes.endnotes)
      endnotes.endnotes.push({
        ...e,
        n: shift(e.n),
        refersTo: shiftN(e.refersTo),
        citations: e.citations.map((c) => ({
          ...c,
          sourceId: idOf(c.sourceId),
          refersTo: shiftN(c.refersTo),
        })),
      });
    for (const s of notes.sources)
      endnotes.sources.push({ ...s, id: idOf(s.id), firstCitedIn: shiftN(s.firstCitedIn) });

    anchored.entities.forEach((e, i) => {
      const names = must(byType.get(e.entity.type), `the names of type ${e.entity.type}`);
      const other = must(names[(i * 7 + k * 13) % names.length], "a name of the type");
      const input = {
        ...mapIds(e.entity.input, ids),
        name: recombinedName(other, e.entity.input.name, k),
        aliases: [],
        metonyms: [],
      };
      graph.entities.push({
        ...e,
        entity: { ...e.entity, input } as typeof e.entity,
        details: mapIds(e.details, ids),
      });
    });
    const anchorShift = (a: {
      sentenceId: string | null;
      inEndnote: number | null;
      start: number;
      end: number;
    }) =>
      a.sentenceId
        ? {
            sentenceId: sentenceIdOf(a.sentenceId),
            inEndnote: null,
            start: a.start + sentenceDelta(a.sentenceId),
            end: a.end + sentenceDelta(a.sentenceId),
          }
        : { sentenceId: null, inEndnote: shiftN(a.inEndnote), start: a.start, end: a.end };
    for (const c of anchored.claims)
      graph.claims.push({
        ...c,
        ...anchorShift(c),
        input: mapIds(c.input, ids),
        ordinal: c.ordinal + k * anchored.claims.length,
        endnoteN: c.citationRule === "uncited" ? null : shiftN(c.endnoteN),
      });
    for (const r of anchored.relations)
      graph.relations.push({
        ...r,
        ...anchorShift(r),
        id: `${r.id}${suffix}`,
        input: mapIds(r.input, ids),
        claimId: r.claimId ? idOf(r.claimId) : null,
        endnoteN: shiftN(r.endnoteN),
      });
    for (const m of anchored.mentions)
      graph.mentions.push({
        ...m,
        entityId: idOf(m.entityId),
        sentenceId: m.sentenceId ? sentenceIdOf(m.sentenceId) : null,
        endnoteN: shiftN(m.endnoteN),
      });
  }
  document.text = textParts.join("\n\n");

  const version = createHash("sha256")
    .update(`${base.version} synthetic ×${scale}`)
    .digest("hex")
    .slice(0, 16);
  return {
    ...base,
    version,
    // Never equal to a real build: a server seeding on start would rebuild from seed/ instead.
    buildHash: `synthetic-${version}`,
    documents: [{ document, notes: endnotes }],
    anchored: graph,
  };
}
