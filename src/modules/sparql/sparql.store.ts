// The SPARQL store: Oxigraph (in-memory, from npm) in a worker thread, loaded read-only with the
// graph of the database on the first query (and again when another is swapped in). Oxigraph's
// query call is synchronous, so it runs in the worker: a query that overruns its time limit is
// stopped by terminating the worker, which is then started again and reloaded. Queries run one
// at a time, in order; a bounded queue sheds the excess with a 503.
import { createRequire } from "node:module";
import { Worker } from "node:worker_threads";
import { HttpProblem } from "../../http/problem.ts";

/** The worker's code, plain JavaScript so that it runs the same under tsx, vitest and the bundle. */
const WORKER_SOURCE = `
const { parentPort, workerData } = require("node:worker_threads");
const ox = require(workerData.oxigraph);
let store = new ox.Store();
function run(m) {
  if (m.form === "select") {
    const json = JSON.parse(store.query(m.query, { results_format: "application/sparql-results+json" }));
    const bindings = json.results.bindings;
    const truncated = bindings.length > m.limit;
    if (truncated) json.results.bindings = bindings.slice(0, m.limit);
    return { kind: "select", json, truncated };
  }
  if (m.form === "ask") {
    return { kind: "ask", boolean: store.query(m.query) === true, truncated: false };
  }
  const lines = store.query(m.query, { results_format: "application/n-triples" }).split("\\n").filter((l) => l.length > 0);
  const truncated = lines.length > m.limit;
  return { kind: "graph", ntriples: lines.slice(0, m.limit).join("\\n") + "\\n", truncated };
}
parentPort.on("message", (m) => {
  try {
    if (m.type === "load") {
      const started = performance.now();
      const next = new ox.Store();
      // The triples come from our own writer (the tests parse every dump): no transaction, no re-checks.
      next.load(m.data, { format: "application/n-triples", no_transaction: true, lenient: true });
      store = next;
      parentPort.postMessage({ id: m.id, ok: true, result: { ms: performance.now() - started, size: store.size } });
    } else {
      parentPort.postMessage({ id: m.id, ok: true, result: run(m) });
    }
  } catch (error) {
    parentPort.postMessage({ id: m.id, ok: false, message: String((error && error.message) || error) });
  }
});
`;

export type QueryForm = "select" | "ask" | "construct" | "describe";

export type QueryResult =
  | { kind: "select"; json: SelectResults; truncated: boolean }
  | { kind: "ask"; boolean: boolean; truncated: false }
  | { kind: "graph"; ntriples: string; truncated: boolean };

export interface SelectResults {
  head: { vars: string[] };
  results: { bindings: Record<string, SparqlTerm>[] };
}
export interface SparqlTerm {
  type: "uri" | "literal" | "bnode" | "triple";
  value: string;
  datatype?: string;
  "xml:lang"?: string;
}

export class QueryError extends Error {}

interface Pending {
  resolve: (value: unknown) => void;
  reject: (error: Error) => void;
}

export interface StoreOptions {
  timeoutMs: number;
  maxResults: number;
  maxQueued?: number;
}

export class SparqlStore {
  private worker: Worker | null = null;
  private readonly pending = new Map<number, Pending>();
  private nextId = 1;
  private tail: Promise<unknown> = Promise.resolve();
  private queued = 0;
  private data: { ntriples: string; version: string } | null = null;
  private closed = false;
  /** Set when a worker was stopped: the next one starts by loading the current dataset. */
  private reload = false;
  /** The last load: how long it took and how many triples the store holds. */
  lastLoad: { ms: number; size: number; version: string } | null = null;

  /** Settles once a first dataset was handed over: queries asked earlier wait for it. */
  private readonly loadRequested: Promise<void>;
  private markLoadRequested: () => void = () => undefined;

  constructor(private readonly options: StoreOptions) {
    this.loadRequested = new Promise((resolve) => {
      this.markLoadRequested = resolve;
    });
  }

  /** Loads a dataset (replacing the previous one once loaded); queries queued before run first. */
  load(ntriples: string, version: string): Promise<{ ms: number; size: number }> {
    this.data = { ntriples, version };
    const loaded = this.enqueue(async () => {
      this.reload = false;
      const result = (await this.send({ type: "load", data: ntriples })) as { ms: number; size: number };
      this.lastLoad = { ...result, version };
      return result;
    }, false);
    this.markLoadRequested();
    return loaded;
  }

  async query(query: string, form: QueryForm): Promise<QueryResult> {
    await this.loadRequested;
    return this.enqueue(async () => {
      // A worker restarted after an overrun reloads first; its loading is not the query's time.
      await this.ensureLoaded();
      const timeout = this.options.timeoutMs;
      let timer: NodeJS.Timeout | undefined;
      const overrun = new Promise<never>((_, reject) => {
        timer = setTimeout(() => {
          reject(
            new HttpProblem(
              503,
              `The query ran past the time limit of ${timeout} ms and was stopped. Narrow it (more specific patterns, a LIMIT) and try again.`,
            ),
          );
          // The query cannot be interrupted inside Oxigraph: stop the thread; the next one reloads.
          this.restart();
        }, timeout);
      });
      try {
        return (await Promise.race([
          this.send({ type: "query", query, form, limit: this.options.maxResults }),
          overrun,
        ])) as QueryResult;
      } finally {
        clearTimeout(timer);
      }
    }, true);
  }

  get maxResults(): number {
    return this.options.maxResults;
  }

  async close(): Promise<void> {
    this.closed = true;
    const worker = this.worker;
    this.worker = null;
    this.failPending(new Error("the SPARQL store was closed"));
    if (worker) await worker.terminate();
  }

  private enqueue<T>(task: () => Promise<T>, shed: boolean): Promise<T> {
    if (shed && this.queued >= (this.options.maxQueued ?? 16)) {
      return Promise.reject(new HttpProblem(503, "Too many SPARQL queries are waiting; try again shortly."));
    }
    this.queued++;
    const run = this.tail.then(task, task);
    this.tail = run.catch(() => undefined).finally(() => this.queued--);
    return run;
  }

  private ensureWorker(): Worker {
    if (this.closed) throw new Error("the SPARQL store is closed");
    if (this.worker) return this.worker;
    const oxigraph = createRequire(import.meta.url).resolve("oxigraph");
    const worker = new Worker(WORKER_SOURCE, { eval: true, workerData: { oxigraph } });
    worker.unref();
    worker.on("message", (m: { id: number; ok: boolean; result?: unknown; message?: string }) => {
      const p = this.pending.get(m.id);
      if (!p) return;
      this.pending.delete(m.id);
      if (m.ok) p.resolve(m.result);
      else p.reject(new QueryError(m.message ?? "the query failed"));
    });
    const lost = (error: Error) => {
      if (this.worker !== worker) return;
      this.worker = null;
      this.reload = true;
      this.failPending(error);
    };
    worker.on("error", (error) => lost(error));
    worker.on("exit", (code) => lost(new Error(`the SPARQL worker stopped (exit code ${code})`)));
    this.worker = worker;
    return worker;
  }

  /** After a stop, loads the current dataset into the fresh worker before anything else runs. */
  private async ensureLoaded(): Promise<void> {
    if (!this.reload || !this.data) return;
    this.reload = false;
    const result = (await this.send({ type: "load", data: this.data.ntriples })) as {
      ms: number;
      size: number;
    };
    this.lastLoad = { ...result, version: this.data.version };
  }

  private send(message: Record<string, unknown>): Promise<unknown> {
    const worker = this.ensureWorker();
    const id = this.nextId++;
    return new Promise((resolve, reject) => {
      this.pending.set(id, { resolve, reject });
      worker.postMessage({ ...message, id });
    });
  }

  private restart(): void {
    const worker = this.worker;
    this.worker = null;
    this.reload = true;
    this.failPending(new Error("the SPARQL worker was restarted"));
    void worker?.terminate();
  }

  private failPending(error: Error): void {
    const pending = [...this.pending.values()];
    this.pending.clear();
    for (const p of pending) p.reject(error);
  }
}
