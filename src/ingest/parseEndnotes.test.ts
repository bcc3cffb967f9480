import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { nonEmpty, present } from "../../test/lists.ts";
import { asteriskItalics, parseEndnotes } from "./parseEndnotes.ts";
import type { EndnoteKind } from "./types.ts";

const article = readFileSync(
  new URL("../../seed/documents/russia-japan-reset/article.md", import.meta.url),
  "utf8",
);
const { endnotes, sources } = parseEndnotes(article);

const endnote = (n: number) => {
  const found = endnotes.find((e) => e.n === n);
  if (!found) throw new Error(`no endnote ${n}`);
  return found;
};
const sourceOf = (n: number, index = 0) => {
  const sourceId = endnote(n).citations[index]?.sourceId;
  const found = sources.find((s) => s.id === sourceId);
  if (!found) throw new Error(`endnote ${n} has no source ${index}`);
  return found;
};

describe("parseEndnotes on the real article", () => {
  it("finds the 41 endnotes in order", () => {
    expect(endnotes.map((e) => e.n)).toEqual(Array.from({ length: 41 }, (_, i) => i + 1));
  });

  it("classifies every endnote and resolves Ibid. and op. cit.", () => {
    const table: [number, EndnoteKind, number | null][] = [
      [1, "citation", null],
      [2, "note", null],
      [3, "citation", null],
      [4, "citation", null],
      [5, "op-cit", 3],
      [6, "op-cit", null],
      [7, "ibid", 6],
      [8, "citation", null],
      [9, "note-citation", 4],
      [10, "op-cit", 8],
      [11, "citation", null],
      [12, "citation", null],
      [13, "op-cit", 11],
      [14, "op-cit", 12],
      [15, "op-cit", 8],
      [16, "ibid", 15],
      [17, "citation", null],
      [18, "citation", null],
      [19, "note-citation", null],
      [20, "citation", null],
      [21, "citation", null],
      [22, "citation", null],
      [23, "citation", null],
      [24, "note-citation", null],
      [25, "op-cit", 11],
      [26, "citation", null],
      [27, "citation", null],
      [28, "ibid", 27],
      [29, "citation", null],
      [30, "citation", null],
      [31, "citation", null],
      [32, "op-cit", 20],
      [33, "citation", null],
      [34, "op-cit", 30],
      [35, "citation", null],
      [36, "citation", null],
      [37, "note-citation", null],
      [38, "citation", null],
      [39, "citation", null],
      [40, "citation", null],
      [41, "citation", null],
    ];
    expect(endnotes.map((e) => [e.n, e.kind, e.refersTo])).toEqual(table);
  });

  it("resolves short forms to the work first cited in full", () => {
    expect(sourceOf(5)).toBe(sourceOf(3));
    expect(sourceOf(5).title).toBe(
      "Russia, Japan agree to resume talks on peace treaty after stalling for 10 years",
    );
    expect(sourceOf(5).url).toBe("http://rt.com/politics/treaty-stall-years-japan-565/");
    expect(sourceOf(3).id).toBe("rt-question-more-2013-russia-japan-agree-to-resume-talks");
    for (const [n, first] of [
      [10, 8],
      [13, 11],
      [14, 12],
      [15, 8],
      [25, 11],
      [32, 20],
      [34, 30],
    ] as const) {
      expect(sourceOf(n), `endnote ${n}`).toBe(sourceOf(first));
    }
    // 25 writes "Russian–Japanese" with an en dash; 34 shortens the title to "Is Russia Losing Control?".
    expect(sourceOf(25).title).toBe("Russian-Japanese relations: back to the Deadlock");
    expect(sourceOf(34).title).toBe("Is Russia Losing Control of Its Far East?");
  });

  it("resolves endnote 16 (Ibid, p.5-6) through 15's op. cit. to Mark A Smith's report", () => {
    const smith = sourceOf(16);
    expect(smith).toMatchObject({
      id: "smith-2003-russo-japanese-relations",
      authors: ["Mark A Smith"],
      title: "Russo-Japanese Relations",
      publication: "Conflict Studies Research Centre",
      details: "F84",
      date: "2003-10",
      dateText: "October 2003",
      partial: false,
      firstCitedIn: 8,
    });
    expect(endnote(16).pages).toBe("5-6");
    expect(endnote(16).citations).toEqual([{ sourceId: smith.id, form: "ibid", refersTo: 15, pages: "5-6" }]);
  });

  it("cites both works of endnote 9 and points it at the first", () => {
    expect(endnote(9).citations).toEqual([
      { sourceId: sourceOf(4).id, form: "op-cit", refersTo: 4, pages: null },
      { sourceId: "smith-2003-russo-japanese-relations", form: "op-cit", refersTo: 8, pages: "4" },
    ]);
    expect(endnote(9).note).toBe(
      "Article 9 of the October 1956 Soviet-Japanese Declaration that ended the state of war between the USSR and Japan stated that the two southernmost islands would be transferred to Japan when a peace treaty was concluded. However, Moscow's aversion to losing territory would appear to make it impossible for her to conclude a treaty as she would then have to abide by the 1956 Declaration and transfer the islands. It is therefore unsurprising that no agreement on signing a peace treaty has been reached till date.",
    );
  });

  it("makes endnote 6's Kimura a partial source, invents nothing, and lets 7 (Ibid.) share it", () => {
    const kimura = sourceOf(6);
    expect(kimura).toMatchObject({
      authors: ["Kimura"],
      title: "Basic Determinants of Soviet-Japanese Relations",
      publication: null,
      date: null,
      url: null,
      details: null,
      partial: true,
      firstCitedIn: null,
    });
    expect(kimura.problems.join(" ")).toMatch(/no endnote cites .* in full/);
    expect(endnote(6).refersTo).toBeNull();
    expect(endnote(6).pages).toBe("74");
    expect(endnote(6).problems.join(" ")).toMatch(
      /no endnote cites it in full|which no endnote cites in full/,
    );
    expect(sourceOf(7)).toBe(kimura);
    expect(sources.filter((s) => s.partial)).toEqual([kimura]);
  });

  it("resolves 28 (*Ibid.*) to Shamshad A. Khan", () => {
    expect(endnote(28).text).toBe("*Ibid.*");
    expect(sourceOf(28)).toMatchObject({
      authors: ["Shamshad A. Khan"],
      title: "No Solution in Sight for Russo-Japanese Territorial Dispute",
      firstCitedIn: 27,
    });
  });

  it("reads full citations: authors, title, italic publication, date, details, url, accessed, pages", () => {
    expect(sourceOf(1)).toMatchObject({
      authors: ["Joseph P. Ferguson"],
      title: "Nordpolitik: Japan's New Russia Policy",
      publication: "Journal of Public and International Affairs",
      details: "Vol.9",
      date: "1998",
      dateText: "Spring 1998",
      url: "http://www.princeton.edu/jpia/past-issues-1/1998/2.pdf",
    });
    expect(endnote(1)).toMatchObject({ pages: "24", accessed: "2014-01-18", problems: [] });
    expect(sourceOf(12)).toMatchObject({
      authors: ["Bobo Lo"],
      title: "Russia Foreign Policy in the Post-Soviet Era",
      publication: null,
      date: "2002",
    });
    expect(endnote(12).pages).toBe("47");
    expect(endnote(11).pages).toBe("337");
    expect(sourceOf(17).authors).toEqual(["Fiona Hill", "Bobo Lo"]);
    expect(sourceOf(41)).toMatchObject({
      authors: ["Jonathan B. Miller"],
      publication: "Forbes",
      date: "2012-09-26",
    });
  });

  it("handles each slip in the source text", () => {
    // Missing opening quote mark (18).
    expect(sourceOf(18)).toMatchObject({
      title: "Concept of the Foreign Policy of the Russian Federation",
      authors: [],
      publication: "Approved by President of the Russian Federation V. Putin",
      date: "2013-02-12",
      url: "http://www.mid.ru/brp_4.nsf/0/76389FEC168189ED44257B2E0039B16D",
    });
    expect(endnote(18).problems).toContain("title has no opening quote mark");
    // Missing closing quote mark (4).
    expect(sourceOf(4)).toMatchObject({
      title: "Japanese PM visits Russia to build 'personal confidence-based relations'",
      publication: "RT Question More",
      date: "2013-04-28",
      url: "http://rt.com/news/japan-abe-visit-russia-524/",
    });
    expect(endnote(4).problems).toContain("title has no closing quote mark");
    // "Accessing on" (31).
    expect(endnote(31).accessed).toBe("2014-01-24");
    // An access date with no label, and a publication not in italics (19).
    expect(endnote(19).accessed).toBe("2014-01-28");
    expect(sourceOf(19)).toMatchObject({
      authors: ["John Hofilena"],
      publication: "Japan Daily Press",
      date: "2014-01-02",
    });
    expect(endnote(19).note).toBe("The Article prohibits the use of war to settle international disputes.");
    // The URL on a line or paragraph of its own belongs to the endnote before it.
    const ownLine: [number, string][] = [
      [17, "http://www.brookings.edu/research/opinions/2013/07/31-russia-china-pacific-pivot-hill"],
      [22, "http://www.ft.com/intl/cms/s/0/4c2cb178-7d1f-11e2-8bd7-00144feabdc0.html#axzz2rsTjcP3H"],
      [27, "http://www.idsa.in/idsacomments/RussoJapaneseTerritorialDispute_ShamshaAKhan_240211"],
      [
        31,
        "http://voiceofrussia.com/news/2013_12_25/Japan-economy-minister-to-discuss-cooperation-projects-in-Moscow-7944/",
      ],
      [
        33,
        "http://oilprice.com/Latest-Energy-News/World-News/Russia-Fears-Chinas-Growing-Influence-in-Siberia-and-the-Far-East.html",
      ],
      [
        35,
        "http://www.themoscowtimes.com/opinion/article/japan-russia-ties-an-opportunity-for-the-us/494786.html",
      ],
    ];
    for (const [n, url] of ownLine) {
      expect(sourceOf(n).url, `endnote ${n}`).toBe(url);
      expect(endnote(n).accessed, `endnote ${n}`).not.toBeNull();
      expect(endnote(n).text).not.toContain("\n");
    }
    expect(endnote(17).accessed).toBe("2014-01-16"); // "(accessed on …)" in lower case
    // "- " list items (36–41).
    for (let n = 36; n <= 41; n++) expect(endnote(n).text.startsWith("- ")).toBe(false);
    expect(endnote(36).text.startsWith("Mari Yamaguchi")).toBe(true);
    // Escaped dollar signs (24).
    expect(endnote(24).text).toContain("$32 billion");
    expect(endnote(24).text).not.toContain("\\$");
    // "Ibid, p.5-6" (16): the pages without "p.".
    expect(endnote(16).pages).toBe("5-6");
  });

  it("cites the two works of endnote 24 after its explanation", () => {
    expect(endnote(24).note).toBe(
      "In 2012 the trade between Russia and Japan was $32 billion, there is an increase in growth from 2010. In 2010, it was $24.1 billion, however in comparison with China, the figure is still not encouraging.",
    );
    expect([sourceOf(24, 0), sourceOf(24, 1)].map((s) => [s.title, s.publication, s.date])).toEqual([
      [
        "Japan-Russia Economic Relationship: Present Condition and Future Possibilities",
        "Ministry of Economy, Trade and Industry, Japan",
        "2011-11-15",
      ],
      ["Japan and Russia: Trade before territory?", "Al Jazeera", "2013-04-30"],
    ]);
    expect(endnote(24).accessed).toBe("2014-02-26");
  });

  it("keeps endnote 2 as an explanatory note", () => {
    expect(endnote(2)).toMatchObject({
      kind: "note",
      citations: [],
      note: "Talk were dissolved in 2003 due to the non-negotiable stand of Russia and Japan over the dispute.",
    });
  });

  it("flags access dates earlier than publication, on exactly the endnotes that have them", () => {
    const flagged = endnotes.filter((e) => e.problems.some((p) => p.startsWith("accessed date")));
    expect(flagged.map((e) => e.n)).toEqual([3, 4, 18, 20]);
    expect(endnote(20).problems).toContain(
      "accessed date 2013-01-16 is earlier than the publication date 2013-12-10",
    );
    expect(endnote(20).accessed).toBe("2013-01-16"); // what the article says is kept
  });

  it("shares one source per distinct work, with unique readable ids", () => {
    const ids = sources.map((s) => s.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(/^[a-z0-9]+(?:-[a-z0-9]+)*$/);
    const cited = new Set(endnotes.flatMap((e) => e.citations.map((c) => c.sourceId)));
    expect([...cited].sort()).toEqual([...ids].sort());
    // Only full citations create works (28 here), plus the partial Kimura.
    const fullCitations = endnotes.flatMap((e) => e.citations.filter((c) => c.form === "full"));
    expect(sources.filter((s) => !s.partial)).toHaveLength(fullCitations.length);
    expect(sources).toHaveLength(29);
    for (const source of nonEmpty(sources.filter((s) => !s.partial))) {
      expect(
        endnote(present(source.firstCitedIn, `where ${source.id} is first cited`)).citations.some(
          (c) => c.sourceId === source.id && c.form === "full",
        ),
      ).toBe(true);
    }
  });
});

describe("parseEndnotes on other text", () => {
  it("answers nothing when there is no Endnotes section", () => {
    expect(parseEndnotes("Just a body.¹")).toEqual({ endnotes: [], sources: [] });
  });

  it("resolves an op. cit. by author alone and an Ibid. after it", () => {
    const { endnotes: notes, sources: works } = parseEndnotes(
      [
        "Endnotes:",
        "¹Ann Other, “A Long Title of a Paper”, *Review*, 5 March 2001, pp. 3-4.",
        "²Other, op. cit., p. 9.",
        "³Ibid.",
      ].join("\n"),
    );
    expect(notes.map((e) => [e.kind, e.refersTo, e.pages])).toEqual([
      ["citation", null, "3-4"],
      ["op-cit", 1, "9"],
      ["ibid", 2, null],
    ]);
    expect(works).toHaveLength(1);
    expect(works[0]).toMatchObject({ id: "other-2001-a-long-title-of-a-paper", date: "2001-03-05" });
  });
});

describe("endnotes that italicise with underscores", () => {
  it.each([
    ['Ken Abe, "Ships", _Harbour Weekly_, May 2, 2014.', 'Ken Abe, "Ships", *Harbour Weekly*, May 2, 2014.'],
    ["_Journal of Things_, Vol.2", "*Journal of Things*, Vol.2"],
    [
      "<http://example.org/a_b_c> (Accessed on May 1, 2014).",
      "<http://example.org/a_b_c> (Accessed on May 1, 2014).",
    ],
    ["snake_case_word stays", "snake_case_word stays"],
  ])("%s", (input, expected) => {
    expect(asteriskItalics(input)).toBe(expected);
  });

  it("reads a citation without a URL whose publication is in underscores, and resolves its op. cit.", () => {
    const { endnotes: notes, sources: works } = parseEndnotes(
      [
        "Endnotes:",
        '¹Ken Abe, "Ships in the North", _Harbour Weekly_, May 2, 2014, p.3.',
        "²Abe, op. cit., p.7.",
      ].join("\n"),
    );
    expect(notes.map((e) => [e.kind, e.refersTo])).toEqual([
      ["citation", null],
      ["op-cit", 1],
    ]);
    expect(works).toHaveLength(1);
    expect(works[0]).toMatchObject({ publication: "Harbour Weekly", authors: ["Ken Abe"] });
  });
});
