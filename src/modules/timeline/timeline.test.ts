import { describe, expect, it } from "vitest";
import { allPages, expectProblem, useTestApp } from "../../../test/helpers.ts";
import { consecutive, nonEmpty } from "../../../test/lists.ts";
import { type TimelineItem, TimelinePageSchema } from "./timeline.schemas.ts";

const { get } = useTestApp();

async function timeline(query: string): Promise<TimelineItem[]> {
  const res = await get(`/v1/timeline?${query}`);
  expect(res.statusCode, res.body).toBe(200);
  return TimelinePageSchema.parse(res.json()).items;
}

const idOf = (item: TimelineItem) => item.entity?.id ?? item.claim?.id;

describe("GET /v1/timeline", () => {
  it("has Putin's 2001 affirmation that the 1956 Declaration was still valid, cited to endnote 16", async () => {
    const items = await timeline("actor=vladimir-putin&from=2001&to=2001");
    const affirmation = items.find((i) => i.claim?.id === "bg-putin-1956-declaration-still-valid-2001");
    expect(affirmation).toMatchObject({ kind: "claim", date: { text: "2001" } });
    expect(affirmation?.title).toContain("1956 Declaration");
    expect(affirmation?.claim?.citation.endnote).toBe(16);
    expect(affirmation?.claim?.evidence.text).toContain("still valid");
    // The Putin–Mori meeting of the same year is there too, before the claims.
    expect(items[0]).toMatchObject({ kind: "event", entity: { id: "putin-mori-meeting-2001" } });
    for (const item of nonEmpty(items)) {
      expect(item.date.start <= "2001-12-31" && item.date.end >= "2001-01-01").toBe(true);
      if (item.claim) {
        const involved = [item.claim.speaker.id, ...item.claim.about.map((a) => a.id)];
        expect(involved).toContain("vladimir-putin");
      }
    }
    // A name works as well as the id.
    expect((await timeline("actor=Putin&from=2001&to=2001")).map(idOf)).toEqual(items.map(idOf));
  });

  it("merges summits, treaties and claims in chronological order", async () => {
    const items = await timeline("limit=200");
    const kinds = new Set(items.map((i) => i.kind));
    expect(kinds).toEqual(new Set(["event", "treaty", "claim"]));
    expect(items.find((i) => i.entity?.id === "tokyo-declaration-1993")).toMatchObject({
      kind: "treaty",
      date: { text: "1993" },
    });
    // A period open at its start ("till the beginning of 2013") stands where it ends.
    const at = (d: { start: string; end: string }) => (d.start === "0000-01-01" ? d.end : d.start);
    for (const [a, b] of consecutive(nonEmpty(items))) {
      expect(at(a.date) <= at(b.date)).toBe(true);
      // On the same start date summits and treaties come before the claims.
      if (at(a.date) === at(b.date) && a.kind === "claim") expect(b.kind).toBe("claim");
    }
    expect(items[0]?.date.start.startsWith("1956")).toBe(true);
    const tense = items.find((i) => i.claim?.id === "bg-relationship-tense-until-2013");
    expect(tense?.date).toMatchObject({ text: "/2013-01", end: "2013-01-31" });
    const summit = items.find((i) => i.entity?.id === "gorbachev-kaifu-meeting-1991");
    expect(summit).toMatchObject({
      kind: "event",
      title: "Gorbachev–Kaifu meeting (1991)",
      date: { text: "1991" },
    });
  });

  it("keeps one kind, and a period by overlap", async () => {
    // "summit" stays another name for "event" (issue 9 renamed the entries).
    expect(await timeline("kind=summit&from=1997-12&to=1998")).toEqual(
      await timeline("kind=event&from=1997-12&to=1998"),
    );
    const summits = await timeline("kind=event&from=1997-12&to=1998");
    expect(summits.every((i) => i.kind === "event")).toBe(true);
    // The series of two summits (1997-11 to 1998-04) overlaps, the November 1997 one does not.
    expect(summits.map(idOf)).toEqual(
      expect.arrayContaining(["yeltsin-hashimoto-summits", "yeltsin-hashimoto-summit-1998-04"]),
    );
    expect(summits.map(idOf)).not.toContain("yeltsin-hashimoto-summit-1997-11");
  });

  it("walks every page without repeats", async () => {
    const all = (await timeline("limit=200")).map(idOf);
    const walked = (await allPages(get, "/v1/timeline?limit=7", TimelinePageSchema)).map(idOf);
    expect(walked).toEqual(all);
    expect(new Set(walked).size).toBe(walked.length);
  });

  it("rejects a period that ends before it starts, bad dates, bad cursors and ambiguous actors", async () => {
    const body = expectProblem(await get("/v1/timeline?from=2013&to=2001"), 400);
    expect(body.detail).toContain("before it starts");
    expectProblem(await get("/v1/timeline?from=2013-13"), 400);
    expectProblem(await get("/v1/timeline?to=2013-02-30"), 400);
    expectProblem(await get("/v1/timeline?from=last%20year"), 400);
    expectProblem(await get("/v1/timeline?cursor=bm9wZQ"), 400);
    expectProblem(await get("/v1/timeline?limit=1000"), 400);
    const ambiguous = expectProblem(await get("/v1/timeline?actor=Moscow"), 400);
    expect((ambiguous.matches as { id: string }[]).map((m) => m.id).sort()).toEqual([
      "russia",
      "soviet-union",
    ]);
  });
});
