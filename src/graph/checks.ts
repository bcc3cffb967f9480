// Curation rules a machine can check (seed/README.md, "Rules"): who holds a claim, whose an
// alias is, and whether a relation agrees with the typed fields of the entities it joins. Pure:
// throws SeedInputError naming the file, the item and the field of the first broken rule.
import { fold } from "../lib/text.ts";
import { SeedInputError } from "./errors.ts";
import type { CuratedEntity, Graph } from "./load.ts";

type Report = (problem: SeedInputError) => void;

/** The author's id: the holder of her own analysis, advice and forecasts. */
export const AUTHOR_ID = "indrani-talukdar";

/** Words of an `uncited` reason that call the claim the author's own. */
const CALLS_IT_THE_AUTHORS = /\bauthor['’]s\b|\bthe author\b/i;

/** An `uncited` reason may call the claim the author's only when she holds it. */
function checkUncitedReasons(graph: Graph, report: Report): void {
  for (const c of graph.claims) {
    const reason = c.input.uncited;
    if (reason && c.input.speaker !== AUTHOR_ID && CALLS_IT_THE_AUTHORS.test(reason))
      report(
        new SeedInputError(
          c.file,
          c.item,
          "uncited",
          `the reason calls the claim the author's, but its speaker is '${c.input.speaker}': make the author (${AUTHOR_ID}) the speaker, or say whose words or stance the article reports`,
        ),
      );
  }
}

/**
 * A name or alias belongs to one entity: the same form (case, accents and typographic quotes
 * folded) on two entities sends a question to either. Metonyms ("Moscow" for Russia's and the
 * Soviet Union's government) are exempt: they stand for an entity without naming it. A known-as
 * name belongs to one entity too, and is no name, alias or metonym of any entity (its own
 * included: that form is the article's already).
 */
function checkAliases(graph: Graph, report: Report): void {
  const owner = new Map<string, string>();
  /** Every folded name, alias and metonym, with the entities it names. */
  const articleForms = new Map<string, Set<string>>();
  for (const e of graph.entities) {
    for (const text of [e.input.name, ...e.input.aliases, ...e.input.metonyms]) {
      const key = fold(text);
      articleForms.set(key, (articleForms.get(key) ?? new Set()).add(e.input.id));
    }
  }
  for (const e of graph.entities) {
    const forms = [
      { text: e.input.name, field: "name" },
      ...e.input.aliases.map((text, i) => ({ text, field: `aliases.${i}` })),
    ];
    const own = new Set<string>();
    for (const { text, field } of forms) {
      const key = fold(text);
      if (own.has(key)) continue;
      own.add(key);
      const other = owner.get(key);
      if (other !== undefined && other !== e.input.id)
        report(
          new SeedInputError(
            e.file,
            e.item,
            field,
            `"${text}" also names '${other}': an alias belongs to one entity (an office is a dated role, not an alias)`,
          ),
        );
      owner.set(key, e.input.id);
    }
  }
  const knownAsOwner = new Map<string, string>();
  for (const e of graph.entities) {
    e.input.knownAs.forEach((text, i) => {
      const key = fold(text);
      const field = `knownAs.${i}`;
      const named = [...(articleForms.get(key) ?? [])];
      const earlier = knownAsOwner.get(key);
      if (named.includes(e.input.id))
        report(
          new SeedInputError(
            e.file,
            e.item,
            field,
            `"${text}" is already its name, an alias or a metonym: drop it from knownAs`,
          ),
        );
      else if (named.length)
        report(
          new SeedInputError(
            e.file,
            e.item,
            field,
            `"${text}" is a name, alias or metonym of '${named.join("', '")}': a known-as name must not send a question to another entity`,
          ),
        );
      else if (earlier !== undefined && earlier !== e.input.id)
        report(
          new SeedInputError(
            e.file,
            e.item,
            field,
            `"${text}" is also a known-as name of '${earlier}': a known-as name belongs to one entity`,
          ),
        );
      knownAsOwner.set(key, earlier ?? e.input.id);
    });
  }
}

/** A text as the words it is made of (folded, letters and digits only), to compare word runs. */
function wordRun(text: string): string {
  return ` ${fold(text)
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim()} `;
}

/**
 * A known-as name is a name the article never uses: where its words occur in a document's text
 * (title, body, author's lines or endnotes; any case, punctuation aside), it is the article's
 * own form and belongs in `aliases`.
 */
export function knownAsProblems(
  graph: Graph,
  texts: readonly { id: string; text: string }[],
): SeedInputError[] {
  const runs = texts.map((t) => ({ id: t.id, run: wordRun(t.text) }));
  const problems: SeedInputError[] = [];
  for (const e of graph.entities) {
    e.input.knownAs.forEach((text, i) => {
      const run = wordRun(text);
      if (!run.trim()) return;
      const found = runs.find((r) => r.run.includes(run));
      if (found)
        problems.push(
          new SeedInputError(
            e.file,
            e.item,
            `knownAs.${i}`,
            `"${text}" occurs in the article ${found.id}: a form the article uses is an alias, not a known-as name`,
          ),
        );
    });
  }
  return problems;
}

type FieldOf = (e: CuratedEntity) => { field: string; ids: string[] } | null;

/** The typed field each relation type must agree with, read on the relation's `to` end. */
const FIELD_OF_RELATION: Record<string, FieldOf> = {
  party_to: (e) => (e.type === "treaty" ? { field: "parties", ids: e.input.parties } : null),
  participated_in: (e) => (e.type === "event" ? { field: "participants", ids: e.input.participants } : null),
  claims: (e) => (e.type === "place" ? { field: "claimedBy", ids: e.input.claimedBy } : null),
  administers: (e) =>
    e.type === "place"
      ? { field: "administeredBy", ids: e.input.administeredBy ? [e.input.administeredBy] : [] }
      : null,
};

/**
 * A relation agrees with the entities it joins: `A party_to T` needs A among T's parties,
 * `A participated_in E` A among E's participants, `A claims P` A among P's claimants,
 * `A administers P` A as P's administrator, `E held_in P` P as E's place. And the other way:
 * every participant of an event, claimant and administrator of a place and party of a treaty
 * has its relation (a treaty's party may instead have issued or signed it).
 */
function checkRelationsAgree(graph: Graph, report: Report): void {
  const byId = new Map(graph.entities.map((e) => [e.input.id, e]));
  const edges = new Set(graph.relations.map((r) => `${r.input.from}|${r.input.type}|${r.input.to}`));
  for (const r of graph.relations) {
    const { from, type, to } = r.input;
    const target = byId.get(to);
    if (!target) continue;
    const field = FIELD_OF_RELATION[type]?.(target);
    if (field && !field.ids.includes(from))
      report(
        new SeedInputError(
          r.file,
          r.item,
          "from",
          `'${from} ${type} ${to}' disagrees with ${target.file}, '${to}' field ${field.field} [${field.ids.join(", ")}]: make them agree`,
        ),
      );
    const event = byId.get(from);
    if (type === "held_in" && target && event?.type === "event") {
      const place = event.input.place;
      if (place && place !== to)
        report(
          new SeedInputError(
            r.file,
            r.item,
            "to",
            `'${from} held_in ${to}' disagrees with ${event.file}, '${from}' field place '${place}': make them agree`,
          ),
        );
    }
  }
  const needs = (e: CuratedEntity, field: string, ids: string[], types: string[]) => {
    ids.forEach((id, i) => {
      const found = types.some((type) => edges.has(`${id}|${type}|${e.input.id}`));
      if (!found)
        report(
          new SeedInputError(
            e.file,
            e.item,
            `${field}.${i}`,
            `'${id}' has no ${types.join(" or ")} relation to '${e.input.id}': add it with its evidence, or drop '${id}' from ${field}`,
          ),
        );
    });
  };
  for (const e of graph.entities) {
    if (e.type === "event") needs(e, "participants", e.input.participants, ["participated_in"]);
    if (e.type === "place") {
      needs(e, "claimedBy", e.input.claimedBy, ["claims"]);
      if (e.input.administeredBy) needs(e, "administeredBy", [e.input.administeredBy], ["administers"]);
    }
    if (e.type === "treaty") needs(e, "parties", e.input.parties, ["party_to", "issued", "signed"]);
  }
}

/** Every broken curation rule, in the order a curator would fix them. */
export function curationProblems(graph: Graph): SeedInputError[] {
  const problems: SeedInputError[] = [];
  const report = (p: SeedInputError) => problems.push(p);
  checkUncitedReasons(graph, report);
  checkAliases(graph, report);
  checkRelationsAgree(graph, report);
  return problems;
}

/** Throws the first broken curation rule. */
export function checkCurationRules(graph: Graph): void {
  const [first] = curationProblems(graph);
  if (first) throw first;
}
