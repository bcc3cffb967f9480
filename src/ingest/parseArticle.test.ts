import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { nonEmpty, present } from "../../test/lists.ts";
import { parseArticle } from "./parseArticle.ts";

const article = readFileSync(
  new URL("../../seed/documents/russia-japan-reset/article.md", import.meta.url),
  "utf8",
);
const doc = parseArticle(article);
const codePoints = [...doc.text];
const slice = (start: number, end: number) => codePoints.slice(start, end).join("");

function sentenceWith(fragment: string) {
  const found = doc.sentences.filter((s) => s.text.includes(fragment));
  expect(found, `one sentence containing "${fragment}"`).toHaveLength(1);
  return present(found[0], `the sentence containing "${fragment}"`);
}

describe("parseArticle on the real article", () => {
  it("reads the title, the byline (without Markdown asterisks), the affiliation and the disclaimer", () => {
    expect(doc.id).toBe("russia-japan-reset");
    expect(doc.title).toBe("A 'Reset' in Russia and Japan Relationship?");
    expect(doc.author).toBe("Dr. Indrani Talukdar");
    expect(doc.affiliation).toBe("Research Fellow at Indian Council of World Affairs, New Delhi");
    expect(doc.disclaimer).toBe("Views expressed are of author and do not reflect the views of the Council.");
    expect(doc.disclaimerLine).toBe(
      "Disclaimer: Views expressed are of author and do not reflect the views of the Council.",
    );
  });

  it("builds the section tree from the headings", () => {
    expect(doc.sections.map((s) => [s.ordinal, s.id, s.heading, s.level, s.parentId])).toEqual([
      [1, "introduction", "Introduction", 1, null],
      [2, "background-of-the-bellicose-relationship", "Background of the Bellicose Relationship", 1, null],
      [3, "change-in-attitude", "Change in Attitude", 1, null],
      [4, "dynamics-of-engagement", "Dynamics of Engagement", 1, null],
      [5, "economy-and-energy", "Economy and Energy", 2, "dynamics-of-engagement"],
      [6, "security-and-defence", "Security and Defence", 2, "dynamics-of-engagement"],
      [7, "conclusion", "Conclusion", 1, null],
    ]);
  });

  it("re-joins the three page-break splits and stops the body before the author's bio", () => {
    expect(doc.paragraphs).toHaveLength(20);
    const joins = [
      "rather than to its traditional markets",
      "trying to strike a more advantageous balance",
      "with other actors involved such as China",
    ];
    for (const join of joins) expect(doc.paragraphs.filter((p) => p.text.includes(join))).toHaveLength(1);
    expect(doc.text).not.toContain("Research Fellow");
    expect(doc.text).not.toContain("Endnotes");
    expect(doc.text).not.toContain("Dynamics of Engagement\n");
    expect(doc.paragraphs.at(-1)?.text.endsWith("Tokyo's clash with China and South Korea.")).toBe(true);
    expect(doc.paragraphs.map((p) => p.sectionId).filter((id, i, all) => all.indexOf(id) === i)).toEqual([
      "introduction",
      "background-of-the-bellicose-relationship",
      "change-in-attitude",
      "economy-and-energy",
      "security-and-defence",
      "conclusion",
    ]);
  });

  it("joins the paragraphs with a blank line, and each paragraph's offsets slice back to it", () => {
    expect(doc.text).toBe(doc.paragraphs.map((p) => p.text).join("\n\n"));
    doc.paragraphs.forEach((p, i) => {
      expect(p.id).toBe(`p${i + 1}`);
      expect(slice(p.start, p.end)).toBe(p.text);
    });
  });

  it("splits 102 sentences whose code-point offsets slice back to their text", () => {
    expect(doc.sentences).toHaveLength(102);
    doc.sentences.forEach((s, i) => {
      expect(s.id).toBe(`s${i + 1}`);
      expect(s.ordinal).toBe(i + 1);
      expect(slice(s.start, s.end)).toBe(s.text);
      expect(s.plainText).toBe(s.text.replace(/[⁰¹²³⁴⁵⁶⁷⁸⁹]/gu, ""));
    });
  });

  it("reaches every character of every paragraph: only whitespace lies between its sentences", () => {
    for (const paragraph of doc.paragraphs) {
      const inside = doc.sentences.filter((s) => s.paragraphId === paragraph.id);
      expect(inside.length).toBeGreaterThan(0);
      expect(inside[0]?.start).toBe(paragraph.start);
      expect(inside.at(-1)?.end).toBe(paragraph.end);
      for (const s of inside) expect(s.sectionId).toBe(paragraph.sectionId);
      inside.slice(1).forEach((s, i) => {
        expect(slice(inside[i]?.end ?? -1, s.start)).toBe(" ");
      });
    }
  });

  it("splits around abbreviations, initials and decimals, and keeps quotes and markers with their sentence", () => {
    const exact = [
      "Putin in June 2013 at the St. Petersburg International Economic Forum expressed his intentions to ‘take a page from the United States’ book and ‘pivot East’.",
      "He announced ambitious plans to boost Russia’s economic growth by looking to the Asia-Pacific region rather than to its traditional markets in Europe.¹⁷",
      "Meanwhile, for the U.S., increased Russian-Japanese cooperation is a welcome development that should be encouraged.",
      'Similarly, President Putin at the same meeting said that "It was not us who created this problem. We inherited it from the past. And we sincerely want to solve it in conditions that are mutually acceptable for both sides".',
      "The periods of cooperation and alliance between Russia and Japan were brief.⁶",
      "Russia and China shares a strong 'Strategic Partnership of Coordination' since 1996 yet there is a growing source of tension between the two because of the latter's influence in Far East.³³",
      "China feels threatened by Japan who wants to regain its position as a ‘reinvigorated Asian power’²².",
      "Beijing and Moscow continues to enjoy friendly relations³⁷ but Russia is wary of China, and is therefore trying to strike a more advantageous balance by pursuing better relations in the Asia-Pacific with Japan and Vietnam.³⁸",
      "If successful, Russia and Japan can also contribute in solving the regional disputes in East Asia by engaging in dialogue based on economic cooperation with other actors involved such as China.",
      "The growing relationship between Russia and Japan is about *realpolitik*.",
    ];
    const texts = new Set(doc.sentences.map((s) => s.text));
    for (const sentence of exact) expect(texts.has(sentence), sentence).toBe(true);
  });

  it("locates all 41 markers, in order, at their superscript digits", () => {
    expect(doc.markers.map((m) => m.n)).toEqual(Array.from({ length: 41 }, (_, i) => i + 1));
    for (const marker of doc.markers) {
      const digits = [...String(marker.n)].map((d) => "⁰¹²³⁴⁵⁶⁷⁸⁹"[Number(d)]).join("");
      expect(slice(marker.offset, marker.offset + [...digits].length)).toBe(digits);
      const sentence = present(
        doc.sentences.find((s) => s.id === marker.sentenceId),
        `sentence ${marker.sentenceId} of marker ${marker.n}`,
      );
      expect(marker.offset).toBeGreaterThanOrEqual(sentence.start);
      expect(marker.offset).toBeLessThan(sentence.end);
      expect(sentence.markers).toContain(marker.n);
    }
    expect(sentenceWith("to resume talks² on resolving").markers).toEqual([2, 3]);
  });

  it("covers each sentence by its own marker, else by the next one in the paragraph, else by none", () => {
    const cases: [string, number | null, string][] = [
      ["A shift in the geopolitical landscape", 1, "paragraph-end"],
      ["Russia's perceived re-emergence", 1, "marker"],
      // Neither ² nor ³ ends the sentence: its last marker covers it.
      ["to resume talks² on resolving", 3, "marker"],
      ["best way forward⁵ towards it", 5, "marker"],
      ["It was not us who created this problem", 5, "paragraph-end"],
      ["reinvigorated Asian power", 22, "marker"],
      ["To achieve this national objective", null, "none"],
      ["Meanwhile, for the U.S.", 35, "paragraph-end"],
      ["friendly relations³⁷ but", 38, "marker"],
      ["is about *realpolitik*", 39, "paragraph-end"],
      ["However, in 2001 Putin and the outgoing", null, "none"],
      ["ports in Vladivostok", 41, "marker"],
    ];
    for (const [fragment, endnote, rule] of cases) {
      const s = sentenceWith(fragment);
      expect([s.coveringEndnote, s.coverage], fragment).toEqual([endnote, rule]);
    }
    for (const s of nonEmpty(doc.sentences)) {
      expect(s.coverage === "none").toBe(s.coveringEndnote === null);
      if (s.markers.length > 0) expect(s.coveringEndnote).toBe(s.markers.at(-1));
    }
  });
});

describe("parseArticle on other layouts", () => {
  const markdown = [
    "A Title",
    "",
    "*Jane Doe*",
    "",
    "Opening text.¹ More of it.",
    "",
    "First Heading",
    "",
    "Text that breaks across a page",
    "",
    "and goes on here.² Then Mr. Smith spoke.",
    "",
    "Group Heading",
    "",
    "Sub One",
    "",
    "Body of sub one. It has no marker.",
    "",
    "Sub Two",
    "",
    "Body of sub two.",
    "",
    "Conclusion",
    "",
    "The end.",
    "",
    "**Jane Doe is Professor at Somewhere.",
    "Disclaimer: Mine only.*",
  ].join("\n");
  const other = parseArticle(markdown, { id: "other" });

  it("detects headings, nesting and page breaks generally", () => {
    expect(other.id).toBe("other");
    expect(other.author).toBe("Jane Doe");
    expect(other.affiliation).toBe("Professor at Somewhere");
    expect(other.disclaimer).toBe("Mine only.");
    expect(other.sections.map((s) => [s.id, s.level, s.parentId])).toEqual([
      ["introduction", 1, null],
      ["first-heading", 1, null],
      ["group-heading", 1, null],
      ["sub-one", 2, "group-heading"],
      ["sub-two", 2, "group-heading"],
      ["conclusion", 1, null],
    ]);
    expect(other.paragraphs.map((p) => p.text)).toContain(
      "Text that breaks across a page and goes on here.² Then Mr. Smith spoke.",
    );
    expect(other.sentences.map((s) => s.text)).toContain("Then Mr. Smith spoke.");
    expect(other.sentences.find((s) => s.text === "Body of sub one.")?.coverage).toBe("none");
  });

  it("never throws on empty or odd input", () => {
    expect(parseArticle("").sentences).toEqual([]);
    expect(parseArticle("Only a title").paragraphs).toEqual([]);
  });
});
