// Reading a query's form, and writing results in the formats the endpoint offers: SPARQL 1.1
// Query Results JSON, CSV and TSV for SELECT and ASK; Turtle, N-Triples and JSON-LD for
// CONSTRUCT and DESCRIBE.
import { stringify } from "csv-stringify/sync";
import { Parser } from "n3";
import { toJsonLd, toTurtle } from "../../linked-data/serialize.ts";
import type { Iris } from "../../linked-data/vocab.ts";
import type { QueryForm, SelectResults, SparqlTerm } from "./sparql.store.ts";

const FORMS = new Set(["select", "ask", "construct", "describe"]);
const UPDATES = new Set([
  "insert",
  "delete",
  "load",
  "clear",
  "drop",
  "create",
  "add",
  "move",
  "copy",
  "with",
]);

/**
 * The form of a query from its first keyword after the prologue (PREFIX and BASE declarations
 * and comments): a query form, "update" for SPARQL Update, or null when there is none (then the
 * store's parser reports the syntax error).
 */
export function queryForm(text: string): QueryForm | "update" | null {
  let i = 0;
  while (i < text.length) {
    const c = text.charAt(i);
    if (/\s/.test(c)) {
      i++;
    } else if (c === "#") {
      while (i < text.length && text[i] !== "\n") i++;
    } else if (c === "<") {
      const close = text.indexOf(">", i);
      if (close === -1) return null;
      i = close + 1;
    } else {
      const word = /^[A-Za-z_][\w-]*:?[\w.-]*/.exec(text.slice(i))?.[0];
      if (!word) return null;
      i += word.length;
      const lower = word.toLowerCase();
      if (lower === "prefix" || lower === "base" || word.includes(":")) continue;
      if (FORMS.has(lower)) return lower as QueryForm;
      if (UPDATES.has(lower)) return "update";
      return null;
    }
  }
  return null;
}

export const SELECT_TYPES = [
  "application/sparql-results+json",
  "application/json",
  "text/csv",
  "text/tab-separated-values",
] as const;
export const GRAPH_TYPES = ["text/turtle", "application/n-triples", "application/ld+json"] as const;

/** The ?format= shortcuts, for links and browsers that cannot set Accept. */
export const FORMAT_TYPES = {
  json: "application/sparql-results+json",
  csv: "text/csv",
  tsv: "text/tab-separated-values",
  turtle: "text/turtle",
  ntriples: "application/n-triples",
  jsonld: "application/ld+json",
} as const;

function csvValue(term: SparqlTerm | undefined): string {
  if (!term) return "";
  return term.type === "bnode" ? `_:${term.value}` : term.value;
}

function escapeLiteral(value: string): string {
  return value
    .replace(/\\/g, "\\\\")
    .replace(/"/g, '\\"')
    .replace(/\n/g, "\\n")
    .replace(/\r/g, "\\r")
    .replace(/\t/g, "\\t");
}

function tsvValue(term: SparqlTerm | undefined): string {
  if (!term) return "";
  if (term.type === "uri") return `<${term.value}>`;
  if (term.type === "bnode") return `_:${term.value}`;
  if (term.type === "triple") return "";
  const quoted = `"${escapeLiteral(term.value)}"`;
  if (term["xml:lang"]) return `${quoted}@${term["xml:lang"]}`;
  if (term.datatype && term.datatype !== "http://www.w3.org/2001/XMLSchema#string")
    return `${quoted}^^<${term.datatype}>`;
  return quoted;
}

export function writeSelect(results: SelectResults, type: string): string {
  const vars = results.head.vars;
  if (type === "text/csv") {
    return stringify([vars, ...results.results.bindings.map((b) => vars.map((v) => csvValue(b[v])))], {
      record_delimiter: "windows",
    });
  }
  if (type === "text/tab-separated-values") {
    const lines = [vars.map((v) => `?${v}`).join("\t")];
    for (const b of results.results.bindings) lines.push(vars.map((v) => tsvValue(b[v])).join("\t"));
    return `${lines.join("\n")}\n`;
  }
  return JSON.stringify(results);
}

export function writeAsk(value: boolean, type: string): string {
  if (type === "text/csv" || type === "text/tab-separated-values") return `${value}\n`;
  return JSON.stringify({ head: {}, boolean: value });
}

export function writeGraph(ntriples: string, type: string, iris: Iris): string {
  if (type === "application/n-triples") return ntriples;
  const quads = new Parser({ format: "N-Triples" }).parse(ntriples);
  return type === "application/ld+json" ? toJsonLd(quads, iris, "inline") : toTurtle(quads, iris);
}
