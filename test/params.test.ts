// The meaning of every parameter, not only its shape. Every date parameter of the API, found in the OpenAPI document the app serves (a parameter
// documented as a partial ISO date, or a year), against generated dates of the right shape: a
// real day, month or year answers 200, an impossible one (2013-13, 2013-02-30, 0000-00-00,
// 9999-99-99 …) a 400 problem that points at the parameter, never a 500. The oracle is the
// JavaScript calendar, independent of src/lib/dates.ts.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { expectProblem, useTestApp } from "./helpers.ts";
import { nonEmpty, present } from "./lists.ts";

interface Parameter {
  name: string;
  in: string;
  required?: boolean;
  schema?: { pattern?: string; type?: string; example?: unknown; minimum?: number; maximum?: number };
  example?: unknown;
}
type Paths = Record<string, { get?: { parameters?: Parameter[] } }>;

const api = useTestApp();
const seed = Number(process.env.FC_SEED ?? 20_261_130);
const RUNS = Number(process.env.FC_RUNS ?? 40);

/** Whether year / month / day name a real calendar date (years 1 to 9999). */
function realDate(year: number, month?: number, day?: number): boolean {
  if (year < 1 || year > 9999) return false;
  if (month === undefined) return true;
  if (month < 1 || month > 12) return false;
  if (day === undefined) return true;
  const d = new Date(Date.UTC(2000, month - 1, day));
  d.setUTCFullYear(year);
  return d.getUTCFullYear() === year && d.getUTCMonth() === month - 1 && d.getUTCDate() === day;
}

const pad = (n: number, width: number) => String(n).padStart(width, "0");

/** Partial dates of the documented shape, real and impossible alike. */
const shapedDate = fc.oneof(
  fc.integer({ min: 0, max: 9999 }).map((y) => ({ text: pad(y, 4), real: realDate(y) })),
  fc
    .tuple(fc.integer({ min: 0, max: 9999 }), fc.integer({ min: 0, max: 99 }))
    .map(([y, m]) => ({ text: `${pad(y, 4)}-${pad(m, 2)}`, real: realDate(y, m) })),
  fc
    .tuple(
      fc.oneof(fc.constantFrom(1900, 2000, 2012, 2013, 2100), fc.integer({ min: 0, max: 9999 })),
      fc.oneof(fc.constantFrom(2, 4, 12, 13), fc.integer({ min: 0, max: 99 })),
      fc.oneof(fc.constantFrom(28, 29, 30, 31, 32), fc.integer({ min: 0, max: 99 })),
    )
    .map(([y, m, d]) => ({ text: `${pad(y, 4)}-${pad(m, 2)}-${pad(d, 2)}`, real: realDate(y, m, d) })),
  fc.constantFrom(
    { text: "2013-13", real: false },
    { text: "2013-02-30", real: false },
    { text: "9999-99-99", real: false },
    { text: "0000-00-00", real: false },
    { text: "2013-00", real: false },
    { text: "2012-02-29", real: true },
    { text: "2013-02-29", real: false },
    { text: "1900-02-29", real: false },
    { text: "2000-02-29", real: true },
  ),
);

interface DateParameter {
  path: string;
  name: string;
  kind: "date" | "year";
}

async function dateParameters(): Promise<DateParameter[]> {
  const res = await api.get("/openapi.json");
  const paths = (res.json() as { paths: Paths }).paths;
  return Object.entries(paths).flatMap(([path, item]) =>
    (item.get?.parameters ?? []).flatMap((p): DateParameter[] => {
      if (p.in !== "query") return [];
      if (p.schema?.pattern?.includes("\\d{4}")) return [{ path, name: p.name, kind: "date" }];
      if (p.name === "year") return [{ path, name: p.name, kind: "year" }];
      return [];
    }),
  );
}

describe("date parameters", () => {
  it("are found in the document: claims and timeline from/to, treaties and summits year", async () => {
    const found = (await dateParameters()).map((p) => `${p.path} ${p.name}`);
    for (const expected of [
      "/v1/claims from",
      "/v1/claims to",
      "/v1/timeline from",
      "/v1/timeline to",
      "/v1/treaties year",
      "/v1/summits year",
    ]) {
      expect(found).toContain(expected);
    }
  });

  it("answer a real date with 200 and an impossible one with a 400 naming the parameter", async () => {
    const parameters = (await dateParameters()).filter((p) => p.kind === "date");
    for (const { path, name } of parameters) {
      await fc.assert(
        fc.asyncProperty(shapedDate, async ({ text, real }) => {
          const res = await api.get(`${path}?${name}=${encodeURIComponent(text)}`);
          if (real) {
            expect(res.statusCode, `${path}?${name}=${text}: ${res.body}`).toBe(200);
          } else {
            const problem = expectProblem(res, 400);
            expect(JSON.stringify(problem.errors), `${path}?${name}=${text}`).toContain(`/query/${name}`);
          }
        }),
        { seed, numRuns: RUNS },
      );
    }
  });

  it("answer an out-of-range or non-integer year with a 400, a real one with 200", async () => {
    const parameters = (await dateParameters()).filter((p) => p.kind === "year");
    for (const { path, name } of parameters) {
      await fc.assert(
        fc.asyncProperty(
          fc.oneof(
            fc.integer({ min: -100_000, max: 100_000 }).map(String),
            fc.constantFrom("0", "10000", "1956.5", "1e3", "", " ", "0x7a0", "１９５６"),
          ),
          async (value) => {
            const res = await api.get(`${path}?${name}=${encodeURIComponent(value)}`);
            const year = Number(value);
            if (/^\d{1,4}$/.test(value) && year >= 1 && year <= 9999) {
              expect(res.statusCode, `${path}?${name}=${value}: ${res.body}`).toBe(200);
            } else {
              expectProblem(res, 400);
            }
          },
        ),
        { seed, numRuns: RUNS },
      );
    }
  });

  it("answer a period that ends before it starts with a 400, and an overlapping one with 200", async () => {
    const parameters = await dateParameters();
    const paths = [...new Set(parameters.filter((p) => p.name === "from").map((p) => p.path))];
    expect(paths.length).toBeGreaterThan(0);
    for (const path of paths) {
      expectProblem(await api.get(`${path}?from=2014&to=2013-12-31`), 400);
      expectProblem(await api.get(`${path}?from=2013-05&to=2013-04`), 400);
      expect((await api.get(`${path}?from=2013-04&to=2013`)).statusCode).toBe(200);
      expect((await api.get(`${path}?from=2013-04-29&to=2013-04-29`)).statusCode).toBe(200);
    }
  });

  it("filter by overlap: a claim dated 2001 is found from 2001-03 to 2001-03", async () => {
    const within = (await api.get("/v1/claims?from=2001-03-25&to=2001-03-25&limit=200")).json() as {
      items: { id: string; date: { start: string; end: string } | null }[];
    };
    for (const claim of nonEmpty(within.items)) {
      const date = present(claim.date, `${claim.id}'s date`);
      expect(date.start <= "2001-03-25" && date.end >= "2001-03-25").toBe(true);
    }
    const all = (await api.get("/v1/claims?limit=200")).json() as {
      items: { id: string; date: { start: string; end: string } | null }[];
    };
    const expected = all.items
      .filter((c) => c.date && c.date.start <= "2001-03-25" && c.date.end >= "2001-03-25")
      .map((c) => c.id);
    expect(within.items.map((c) => c.id)).toEqual(expected.slice(0, within.items.length));
  });
});

describe("every parameter, one at a time", () => {
  /** Values of the parameter's type that mean nothing: blanks, numbers out of range or not in digits. */
  function meaningless(p: Parameter): string[] {
    const blanks = ["", " ", "\t"];
    if (p.schema?.type === "integer") {
      const { minimum = 1, maximum = 9999 } = p.schema;
      return [...blanks, String(minimum - 1), String(maximum + 1), "1e1", "0x10", "2.5", "-0", "+1", "1 "];
    }
    if (p.schema?.pattern?.includes("\\d{4}"))
      return [...blanks, "2013-13", "2013-02-30", "0000", "2013-1-1"];
    return blanks;
  }

  it("answers a 400 problem naming it, with the other parameters at their documented examples", async () => {
    const res = await api.get("/openapi.json");
    const paths = (res.json() as { paths: Paths }).paths;
    const failures: string[] = [];
    let checked = 0;
    for (const [template, item] of Object.entries(paths)) {
      const parameters = item.get?.parameters ?? [];
      const exampleOf = (p: Parameter) => String(p.example ?? p.schema?.example ?? "");
      for (const target of parameters) {
        for (const value of meaningless(target)) {
          let path = template;
          const query = new URLSearchParams();
          for (const p of parameters) {
            const v = p === target ? value : exampleOf(p);
            if (p.in === "path") path = path.replace(`{${p.name}}`, encodeURIComponent(v));
            else if (p === target || p.required) query.set(p.name, v);
          }
          const url = query.size ? `${path}?${query}` : path;
          const answer = await api.get(url);
          checked++;
          const pointer = `/${target.in === "path" ? "path" : "query"}/${target.name}`;
          // A blank path segment routes elsewhere (a list, or not found): that is not this parameter.
          if (target.in === "path" && value.trim() === "") {
            if (answer.statusCode >= 500) failures.push(`${url}: ${answer.statusCode}`);
            continue;
          }
          if (answer.statusCode !== 400) {
            failures.push(`${url}: ${answer.statusCode} ${answer.body.slice(0, 120)}`);
          } else if (!String(answer.headers["content-type"]).startsWith("application/problem+json")) {
            failures.push(`${url}: 400 as ${answer.headers["content-type"]}`);
          } else if (!answer.body.includes(pointer) && !answer.body.includes(target.name)) {
            failures.push(`${url}: the problem does not name ${pointer}: ${answer.body.slice(0, 160)}`);
          }
        }
      }
    }
    expect(checked).toBeGreaterThan(100);
    expect(failures).toEqual([]);
  });
});
