import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { present } from "../../test/lists.ts";
import { findDates, isBefore, parseDate } from "./dates.ts";

const MONTH_NAMES = [
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

describe("parseDate", () => {
  it("reads the forms the article uses, as precisely as written", () => {
    expect(parseDate("January 18, 2014")).toBe("2014-01-18");
    expect(parseDate("12 February 2013")).toBe("2013-02-12");
    expect(parseDate("October 2003")).toBe("2003-10");
    expect(parseDate("Spring 1998")).toBe("1998");
    expect(parseDate(" April 29, 2013. ")).toBe("2013-04-29");
    expect(parseDate("2002")).toBe("2002");
    expect(parseDate("2013-04-29")).toBe("2013-04-29");
  });

  it("refuses what is not a date, or not only a date", () => {
    expect(parseDate("February 30, 2013")).toBeNull();
    expect(parseDate("New York: Palgrave Macmillan, 2002")).toBeNull();
    expect(parseDate("Accessed on January 18, 2014")).toBeNull();
    expect(parseDate("")).toBeNull();
    expect(parseDate("2013-13-01")).toBeNull();
  });

  it("finds dates inside a citation, with where they stand", () => {
    const text = "*Journal*, Vol.9, Spring 1998, p.24. (Accessed on January 18, 2014).";
    expect(findDates(text).map((d) => [d.iso, d.text, text.slice(d.index, d.index + d.text.length)])).toEqual(
      [
        ["1998", "Spring 1998", "Spring 1998"],
        ["2014-01-18", "January 18, 2014", "January 18, 2014"],
      ],
    );
  });

  it("compares partial dates at their shared precision", () => {
    expect(isBefore("2013-01-16", "2013-04-29")).toBe(true);
    expect(isBefore("2014-01-16", "2013-07-31")).toBe(false);
    expect(isBefore("2013-01-16", "2013")).toBe(false);
  });

  describe("properties", () => {
    const day = fc
      .record({ year: fc.integer({ min: 1000, max: 2999 }), month: fc.integer({ min: 1, max: 12 }) })
      .chain(({ year, month }) =>
        fc.record({
          year: fc.constant(year),
          month: fc.constant(month),
          day: fc.integer({ min: 1, max: new Date(Date.UTC(year, month, 0)).getUTCDate() }),
        }),
      );
    const iso = (year: number, month: number, d?: number) =>
      [
        String(year),
        String(month).padStart(2, "0"),
        ...(d === undefined ? [] : [String(d).padStart(2, "0")]),
      ].join("-");

    it("reads every real day in both written orders", () => {
      fc.assert(
        fc.property(day, ({ year, month, day: d }) => {
          const name = present(MONTH_NAMES[month - 1], `the name of month ${month}`);
          expect(parseDate(`${name} ${d}, ${year}`)).toBe(iso(year, month, d));
          expect(parseDate(`${d} ${name} ${year}`)).toBe(iso(year, month, d));
          expect(parseDate(`${name} ${year}`)).toBe(iso(year, month));
        }),
      );
    });

    it("never throws, and answers an ISO date or null", () => {
      fc.assert(
        fc.property(fc.string({ unit: "binary", maxLength: 80 }), (text) => {
          const result = parseDate(text);
          expect(result === null || /^\d{4}(?:-\d{2}(?:-\d{2})?)?$/.test(result)).toBe(true);
          for (const found of findDates(text)) {
            expect(text.slice(found.index, found.index + found.text.length)).toBe(found.text);
          }
        }),
      );
    });
  });
});
