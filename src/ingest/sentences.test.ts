import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { splitSentences } from "./sentences.ts";

const texts = (input: string) => splitSentences(input).map((span) => span.text);

describe("splitSentences", () => {
  it("keeps abbreviations, initials, decimals and page numbers inside the sentence", () => {
    expect(texts("Putin at the St. Petersburg forum spoke. He left.")).toEqual([
      "Putin at the St. Petersburg forum spoke.",
      "He left.",
    ]);
    expect(texts("Meanwhile, for the U.S., cooperation is welcome. It helps.")).toHaveLength(2);
    expect(
      texts("Approved by V. Putin in 2013. Dr. Talukdar and Mr. Abe met. Joseph P. Ferguson wrote it."),
    ).toEqual([
      "Approved by V. Putin in 2013.",
      "Dr. Talukdar and Mr. Abe met.",
      "Joseph P. Ferguson wrote it.",
    ]);
    expect(texts("It was $24.1 billion, see p.24 and p. 47 of op. cit. Then more.")).toEqual([
      "It was $24.1 billion, see p.24 and p. 47 of op. cit.",
      "Then more.",
    ]);
  });

  it("gives the sentence the quote marks and endnote markers around its final stop", () => {
    expect(texts('He said "we want to solve it for both sides". However, no.')).toEqual([
      'He said "we want to solve it for both sides".',
      "However, no.",
    ]);
    expect(texts("They were brief.⁶ During the war")).toEqual(["They were brief.⁶", "During the war"]);
    expect(texts("It is in Far East.³³ Russia denies")).toEqual(["It is in Far East.³³", "Russia denies"]);
    expect(texts("a ‘reinvigorated Asian power’²². Beijing’s declaration")).toEqual([
      "a ‘reinvigorated Asian power’²².",
      "Beijing’s declaration",
    ]);
    expect(texts("within a few decades.'³⁴ Reluctance")).toEqual(["within a few decades.'³⁴", "Reluctance"]);
  });

  it("does not split a double-quoted passage of several sentences", () => {
    expect(texts('Putin said that "It was not us. We inherited it". However, it takes time.')).toEqual([
      'Putin said that "It was not us. We inherited it".',
      "However, it takes time.",
    ]);
    // An unclosed quote mark quotes nothing.
    expect(texts('"Japanese PM visits Russia, *RT*, 2013. Next one.')).toHaveLength(2);
  });

  it("needs a capital or a digit after the stop", () => {
    expect(texts("Is Russia Losing Control?” op.cit.")).toHaveLength(1);
    expect(texts("Done. 2013 was a year.")).toEqual(["Done.", "2013 was a year."]);
  });

  describe("properties", () => {
    const anyText = fc.oneof(
      fc.string({ unit: "binary", maxLength: 200 }),
      fc
        .array(
          fc.constantFrom(
            "Dr.",
            "U.S.",
            "a",
            "B.",
            "end.",
            "“x”",
            '"',
            "?",
            "¹²",
            " ",
            "  ",
            "\n",
            "p.24",
            "St.",
          ),
          {
            maxLength: 40,
          },
        )
        .map((parts) => parts.join(" ")),
    );

    it("never throws, and each span slices back out of the text by code points", () => {
      fc.assert(
        fc.property(anyText, (text) => {
          const chars = Array.from(text);
          for (const span of splitSentences(text)) {
            expect(chars.slice(span.start, span.end).join("")).toBe(span.text);
          }
        }),
      );
    });

    it("never loses or reorders characters: only whitespace lies outside and between the spans", () => {
      fc.assert(
        fc.property(anyText, (text) => {
          const chars = Array.from(text);
          let rebuilt = "";
          let cursor = 0;
          for (const span of splitSentences(text)) {
            expect(span.start).toBeGreaterThanOrEqual(cursor);
            expect(span.end).toBeGreaterThan(span.start);
            const gap = chars.slice(cursor, span.start).join("");
            expect(gap.trim()).toBe("");
            expect(span.text.trim()).toBe(span.text);
            rebuilt += gap + span.text;
            cursor = span.end;
          }
          const tail = chars.slice(cursor).join("");
          expect(tail.trim()).toBe("");
          expect(rebuilt + tail).toBe(text);
        }),
      );
    });

    it("splits plain sentences it is given, one span each", () => {
      const word = fc.stringMatching(/^[a-z]{1,8}$/);
      const sentence = fc
        .tuple(
          fc.stringMatching(/^[A-Z][a-z]{2,8}$/),
          fc.array(word, { maxLength: 8 }),
          fc.constantFrom(".", "?", "!"),
        )
        .map(([first, rest, stop]) => [first, ...rest].join(" ") + stop);
      fc.assert(
        fc.property(fc.array(sentence, { minLength: 1, maxLength: 10 }), (sentences) => {
          const abbreviations =
            /^(?:Mr|Mrs|Ms|Dr|Prof|St|Sr|Jr|Gen|Col|Lt|Capt|Gov|Sen|Rep|Rev|Hon|Mt|Op|Cf|Vs|Viz)\.$/i;
          fc.pre(sentences.every((s) => !abbreviations.test(s.split(" ").at(-1) ?? "")));
          expect(texts(sentences.join(" "))).toEqual(sentences);
        }),
      );
    });
  });
});
