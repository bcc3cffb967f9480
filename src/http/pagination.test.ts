// The next page's URL, rewritten as text for plain URLs: the very URL the WHATWG parser and
// URLSearchParams give, for any request URL.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { nextPageUrl } from "./pagination.ts";

/** What linkNext wrote before plain URLs were rewritten as text: the reference. */
function viaUrl(requestUrl: string, cursor: string): string {
  const url = new URL(requestUrl, "http://placeholder");
  url.searchParams.set("cursor", cursor);
  return `${url.pathname}${url.search}`;
}

const piece = fc.constantFrom(
  "a",
  "Z",
  "0",
  "-",
  "_",
  ".",
  "*",
  "~",
  "+",
  " ",
  "%20",
  "%",
  "é",
  "=",
  "&",
  "cursor",
  "limit",
  "/",
  "..",
  "?",
  "#",
);
const text = fc.array(piece, { maxLength: 8 }).map((parts) => parts.join(""));

describe("nextPageUrl", () => {
  it("rewrites plain URLs as URL and URLSearchParams do", () => {
    for (const [url, cursor] of [
      ["/v1/timeline", "eyJ2IjoxfQ"],
      ["/v1/timeline/", "abc"],
      ["/v1/claims?speaker=vladimir-putin&limit=20", "eyJ2IjoxLCJrIjo1fQ"],
      ["/v1/claims?cursor=old&limit=2&cursor=older", "new"],
      ["/v1/claims?limit=2&cursor=", "new"],
      ["/v1/search?q=peace%20treaty", "x"],
      ["/v1/search?q=peace+treaty&limit=5", "x"],
      ["/v1/search?q=a&&b=", "x"],
      ["/v1/../v1/claims?x", "y"],
      ["//host/path?q=1", "c"],
    ] as const)
      expect(nextPageUrl(url, cursor), url).toBe(viaUrl(url, cursor));
  });

  it("gives the URL's answer for any path, query and cursor", () => {
    fc.assert(
      fc.property(
        fc.array(fc.oneof(text, fc.constant("v1"), fc.constant("timeline")), { minLength: 1, maxLength: 4 }),
        fc.array(fc.tuple(fc.oneof(text, fc.constant("cursor")), text), { maxLength: 5 }),
        fc.boolean(),
        text,
        (segments, pairs, withQuery, cursor) => {
          const query = pairs.map(([k, v]) => `${k}=${v}`).join("&");
          const url = `/${segments.join("/")}${withQuery ? `?${query}` : ""}`;
          let expected: string;
          try {
            expected = viaUrl(url, cursor);
          } catch {
            // No URL at all ("//"): both refuse it.
            expect(() => nextPageUrl(url, cursor)).toThrow();
            return;
          }
          expect(nextPageUrl(url, cursor)).toBe(expected);
        },
      ),
      { numRuns: 3000 },
    );
  });
});
