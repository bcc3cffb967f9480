// node:http, loaded with require rather than imported. An ES module import of a built-in copies
// every export into the module's namespace, getters included, and node:http's WebSocket,
// CloseEvent and MessageEvent getters load undici (node's fetch, 0.75 MB of source): 2.3 MiB of
// V8's heap and 14 MiB of resident memory in a bare node, for nothing the server uses. Required,
// the getters are never read. Types come from the import type, which is erased.
import type * as Http from "node:http";
import { createRequire } from "node:module";

const http = createRequire(import.meta.url)("node:http") as typeof Http;

export const { createServer, STATUS_CODES } = http;
