// The linked data of one opened database: its triples built once (the data never changes while a
// database is served), indexed by resource for content negotiation, and the dumps serialized on
// first request and kept, so that every dump has a strong ETag computed from its bytes.
import { createHash } from "node:crypto";
import type { Quad } from "n3";
import type { Db } from "../db/open.ts";
import { buildQuads } from "./mapping.ts";
import { jsonLdPieces, toNTriples, toTurtle } from "./serialize.ts";
import { type Iris, resourceOf } from "./vocab.ts";

export type DumpFormat = "ntriples" | "turtle" | "jsonld";

export const DUMP_MEDIA_TYPES: Record<DumpFormat, string> = {
  ntriples: "application/n-triples",
  turtle: "text/turtle",
  jsonld: "application/ld+json",
};

export interface Dump {
  chunks: Buffer[];
  bytes: number;
  etag: string;
}

const CHUNK_TRIPLES = 2000;

export class LinkedData {
  readonly quads: Quad[];
  /** The triples describing each resource: those whose subject is its IRI or a hash IRI of it. */
  readonly byResource = new Map<string, Quad[]>();
  readonly buildMs: number;
  private readonly dumps = new Map<string, Dump>();

  constructor(
    db: Db,
    readonly iris: Iris,
    readonly datasetVersion: string,
  ) {
    const started = performance.now();
    this.quads = buildQuads(db, iris);
    for (const q of this.quads) {
      const key = resourceOf(q.subject.value);
      const list = this.byResource.get(key);
      if (list) list.push(q);
      else this.byResource.set(key, [q]);
    }
    this.buildMs = performance.now() - started;
  }

  describe(iri: string): Quad[] | null {
    return this.byResource.get(iri) ?? null;
  }

  /** The whole dataset in one format, serialized once. */
  dump(format: DumpFormat): Dump {
    let dump = this.dumps.get(format);
    if (!dump) {
      dump = seal(
        [...this.pieces(format)].map((s) => Buffer.from(s, "utf8")),
        this.datasetVersion,
      );
      this.dumps.set(format, dump);
    }
    return dump;
  }

  /** A named extra dump (the CSV tables), built once by the caller. */
  extra(key: string, build: () => Iterable<string>): Dump {
    let dump = this.dumps.get(key);
    if (!dump) {
      dump = seal(
        [...build()].map((s) => Buffer.from(s, "utf8")),
        this.datasetVersion,
      );
      this.dumps.set(key, dump);
    }
    return dump;
  }

  private *pieces(format: DumpFormat): Generator<string> {
    if (format === "jsonld") {
      yield* jsonLdPieces(this.byResource.values(), this.iris);
      return;
    }
    if (format === "ntriples") {
      for (let i = 0; i < this.quads.length; i += CHUNK_TRIPLES)
        yield toNTriples(this.quads.slice(i, i + CHUNK_TRIPLES));
      return;
    }
    // Turtle groups by subject, so it is written whole.
    yield toTurtle(this.quads, this.iris);
  }
}

function seal(chunks: Buffer[], version: string): Dump {
  const hash = createHash("sha256");
  let bytes = 0;
  for (const c of chunks) {
    hash.update(c);
    bytes += c.length;
  }
  return { chunks, bytes, etag: `"${version}-${hash.digest("base64url").slice(0, 22)}"` };
}

const cache = new WeakMap<Db, LinkedData>();

/** The linked data of a database, built on first use and kept with it. */
export function linkedDataOf(db: Db, iris: Iris, datasetVersion: string): LinkedData {
  let ld = cache.get(db);
  if (!ld || ld.iris.base !== iris.base) {
    ld = new LinkedData(db, iris, datasetVersion);
    cache.set(db, ld);
  }
  return ld;
}
