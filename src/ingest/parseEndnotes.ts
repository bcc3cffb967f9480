// Parses the article's "Endnotes:" section into endnotes and the works they cite, resolving
// "Ibid." to the previous endnote and "op. cit." to the endnote that first cites the same work
// in full. A work known only from a short form (endnote 6's Kimura) becomes a partial source:
// what the short form says, nothing more. Pure: no IO.

import { isBefore } from "../lib/dates.ts";
import { fold } from "../lib/text.ts";
import { type CitationParts, looksLikeCitation, parseCitation, startsCitation } from "./citation.ts";
import { ENDNOTES_HEADING, unescapeMarkdown, withoutListPrefix } from "./markdown.ts";
import { leadingMarker } from "./markers.ts";
import { splitSentences } from "./sentences.ts";
import { slugify } from "./slug.ts";
import type { CitedWork, EndnoteKind, ParsedEndnote, ParsedEndnotes, ParsedSource } from "./types.ts";

/** Words kept in a source id: "rt-question-more-2013-russia-japan-agree-to-resume-talks". */
const SOURCE_ID_TITLE_WORDS = 6;
const SOURCE_ID_PUBLICATION_WORDS = 4;

export function parseEndnotes(markdown: string): ParsedEndnotes {
  const sources = new SourceRegistry();
  const endnotes: ParsedEndnote[] = [];
  for (const { n, text } of collectEndnotes(markdown)) {
    endnotes.push(parseEndnote(n, text, endnotes.at(-1), sources));
  }
  return { endnotes, sources: sources.all };
}

/**
 * The endnotes' texts: each starts with its marker ("¹…", or "- ³⁶…" as a list item); a line
 * without a marker (a URL on a line or paragraph of its own) continues the endnote before it.
 */
function collectEndnotes(markdown: string): { n: number; text: string }[] {
  const lines = markdown.replace(/\r\n?/g, "\n").split("\n");
  const headingAt = lines.findIndex((line) => ENDNOTES_HEADING.test(line.trim()));
  if (headingAt === -1) return [];
  const notes: { n: number; parts: string[] }[] = [];
  for (const rawLine of lines.slice(headingAt + 1)) {
    const line = withoutListPrefix(rawLine.trim());
    if (line === "") continue;
    const marker = leadingMarker(line);
    if (marker) notes.push({ n: marker.n, parts: [marker.rest] });
    else notes.at(-1)?.parts.push(line);
  }
  return notes.map(({ n, parts }) => ({
    n,
    text: unescapeMarkdown(parts.join(" ").replace(/\s+/g, " ").trim()),
  }));
}

/**
 * Splits an endnote into explanatory prose and citations. Sentences that look like a citation
 * start one; a citation-like sentence that does not start one (the rest of a citation cut at a
 * full stop) continues the previous citation. Two citations joined by "and" or ";" after an
 * access date (endnote 24) are split.
 */
function segmentEndnote(text: string): { prose: string[]; citations: string[] } {
  const prose: string[] = [];
  const citations: string[] = [];
  let previousWasCitation = false;
  for (const { text: piece } of splitSentences(text)) {
    if (!looksLikeCitation(piece)) {
      prose.push(piece);
      previousWasCitation = false;
    } else if (previousWasCitation && !startsCitation(piece)) {
      citations[citations.length - 1] += ` ${piece}`;
    } else {
      citations.push(piece);
      previousWasCitation = true;
    }
  }
  return { prose, citations: citations.flatMap(splitJoinedCitations) };
}

function splitJoinedCitations(text: string): string[] {
  const joint = /\)\s*(?:;|\band\b)\s+/g;
  for (const match of text.matchAll(joint)) {
    const next = text.slice(match.index + match[0].length);
    if (startsCitation(next)) return [text.slice(0, match.index + 1), ...splitJoinedCitations(next)];
  }
  return [text];
}

function kindOf(prose: readonly string[], forms: readonly CitationParts["form"][]): EndnoteKind {
  if (forms.length === 0) return "note";
  if (prose.length > 0) return "note-citation";
  if (forms.every((form) => form === "ibid")) return "ibid";
  if (forms.every((form) => form === "op-cit")) return "op-cit";
  return "citation";
}

function describeWork(parts: CitationParts): string {
  const title = parts.title === null ? "an untitled work" : `"${parts.title}"`;
  return parts.authors.length > 0 ? `${parts.authors.join(" and ")}, ${title}` : title;
}

/**
 * Markdown's other italics, `_Title_`, written as the article writes them, `*Title*`, so that a
 * document that italicises its publications with underscores reads the same. An underscore
 * inside a word or a URL (`a_b_c`) is left alone.
 */
export function asteriskItalics(text: string): string {
  return text.replace(/(^|[\s(“"])_([^_\s][^_]*?)_(?=[\s,.;:)”"]|$)/g, "$1*$2*");
}

function parseEndnote(
  n: number,
  text: string,
  previous: ParsedEndnote | undefined,
  sources: SourceRegistry,
): ParsedEndnote {
  const { prose, citations: pieces } = segmentEndnote(asteriskItalics(text));
  const parsed = pieces.map(parseCitation);
  const problems: string[] = [];
  const citations: CitedWork[] = [];

  for (const parts of parsed) {
    problems.push(...parts.problems);
    if (parts.form === "ibid") {
      const pointedAt = previous?.citations[0];
      if (previous && pointedAt)
        citations.push({ ...pointedAt, form: "ibid", refersTo: previous.n, pages: parts.pages });
      else problems.push("Ibid. follows no endnote that cites a work");
      continue;
    }
    if (parts.form === "full") {
      const source = sources.addFull(parts, n);
      citations.push({ sourceId: source.id, form: "full", refersTo: null, pages: parts.pages });
      if (parts.accessed !== null && source.date !== null && isBefore(parts.accessed, source.date)) {
        problems.push(`accessed date ${parts.accessed} is earlier than the publication date ${source.date}`);
      }
      continue;
    }
    const earlier = sources.findShortForm(parts, n);
    if (earlier) {
      citations.push({
        sourceId: earlier.id,
        form: "op-cit",
        refersTo: earlier.firstCitedIn,
        pages: parts.pages,
      });
    } else {
      const partial = sources.addPartial(parts, n);
      citations.push({ sourceId: partial.id, form: "op-cit", refersTo: null, pages: parts.pages });
    }
    if (!earlier || earlier.partial) {
      problems.push(`op. cit. points back to ${describeWork(parts)}, which no endnote cites in full`);
    }
  }

  const kind = kindOf(
    prose,
    parsed.map((parts) => parts.form),
  );
  const pointer = citations.find((citation) => citation.form !== "full");
  return {
    n,
    text,
    kind,
    refersTo: pointer?.refersTo ?? (kind === "ibid" ? (previous?.n ?? null) : null),
    citations,
    pages: citations[0]?.pages ?? null,
    note: prose.length > 0 ? prose.join(" ") : null,
    accessed: parsed.find((parts) => parts.accessed !== null)?.accessed ?? null,
    problems,
  };
}

/** "Joseph P. Ferguson" → "ferguson": short forms cite by surname. */
function surname(name: string): string {
  return fold(name.split(/\s+/).at(-1) ?? "").replace(/\.$/, "");
}

/** Titles compared without case, quote styles, dashes or punctuation. */
function titleWords(title: string): string {
  return fold(title)
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim();
}

/** Whether a short title ("Russian–Japanese relations") begins a full one, word for word. */
function isTitlePrefix(short: string, full: string): boolean {
  const shortWords = titleWords(short);
  const fullWords = titleWords(full);
  return shortWords !== "" && (fullWords === shortWords || fullWords.startsWith(`${shortWords} `));
}

function sameAuthor(names: readonly string[], others: readonly string[]): boolean {
  return names.some((name) => others.some((other) => surname(name) === surname(other)));
}

/** The cited works, one per distinct work, in order of first citation. */
class SourceRegistry {
  readonly all: ParsedSource[] = [];
  private readonly takenIds = new Set<string>();

  /** The work a full citation names; a second full citation of the same work shares it. */
  addFull(parts: CitationParts, n: number): ParsedSource {
    const known = this.all.find(
      (source) =>
        !source.partial &&
        source.title !== null &&
        parts.title !== null &&
        titleWords(source.title) === titleWords(parts.title) &&
        (source.authors.length === 0) === (parts.authors.length === 0) &&
        (parts.authors.length === 0 || sameAuthor(parts.authors, source.authors)),
    );
    if (known) return known;
    return this.add({
      id: this.newId(parts),
      authors: parts.authors,
      title: parts.title,
      publication: parts.publication,
      date: parts.date,
      dateText: parts.dateText,
      url: parts.url,
      details: parts.details,
      partial: false,
      firstCitedIn: n,
      problems: [],
    });
  }

  /**
   * The work an op. cit. short form points back to: the earliest work cited in full before
   * endnote `n` whose title begins with the short title and whose authors share a surname with
   * the short form's (each checked only when the short form gives it); else a partial work
   * already made from the same short form.
   */
  findShortForm(parts: CitationParts, n: number): ParsedSource | undefined {
    if (parts.title === null && parts.authors.length === 0) return undefined;
    const matches = (source: ParsedSource) =>
      (parts.title === null || (source.title !== null && isTitlePrefix(parts.title, source.title))) &&
      (parts.authors.length === 0 || sameAuthor(parts.authors, source.authors));
    return (
      this.all.find(
        (source) =>
          !source.partial && source.firstCitedIn !== null && source.firstCitedIn < n && matches(source),
      ) ?? this.all.find((source) => source.partial && matches(source))
    );
  }

  /** A work known only from a short form: its authors and title as given, nothing invented. */
  addPartial(parts: CitationParts, n: number): ParsedSource {
    return this.add({
      id: this.newId(parts),
      authors: parts.authors,
      title: parts.title,
      publication: null,
      date: null,
      dateText: null,
      url: null,
      details: null,
      partial: true,
      firstCitedIn: null,
      problems: [
        `no endnote cites ${describeWork(parts)} in full; it is known only from the op. cit. short form in endnote ${n}`,
      ],
    });
  }

  private add(source: ParsedSource): ParsedSource {
    this.all.push(source);
    return source;
  }

  /** "smith-2003-russo-japanese-relations"; without an author the publication leads. */
  private newId(parts: CitationParts): string {
    const lead = parts.authors[0]
      ? slugify(surname(parts.authors[0]))
      : slugify(parts.publication ?? "anonymous", SOURCE_ID_PUBLICATION_WORDS);
    const base = [lead, parts.date?.slice(0, 4) ?? "", slugify(parts.title ?? "", SOURCE_ID_TITLE_WORDS)]
      .filter((part) => part !== "")
      .join("-");
    let id = base;
    for (let suffix = 2; this.takenIds.has(id); suffix++) id = `${base}-${suffix}`;
    this.takenIds.add(id);
    return id;
  }
}
