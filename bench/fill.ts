// The response-cache fill shared by `npm run bench:http` and `npm run bench:memory`: distinct
// answers (questions, searches, pages), plain and gzip, until the bytes sent exceed the cache's
// bound by a tenth, so that the cache is full and has evicted.
import { get } from "./start-flags.ts";

/** The encodings the fill asks each URL in: plain, then gzip (as bench:http measures). */
const FILL_ENCODINGS: readonly Record<string, string>[] = [{}, { "accept-encoding": "gzip" }];

/**
 * Fills a server's response cache to its bound (RESPONSE_CACHE_MB, 64 by default) with distinct
 * answers (questions, searches, pages), counting the bytes it was sent, each a cache entry, until
 * they exceed the bound by a tenth.
 */
export async function fillCache(
  port: number,
  megabytes: number,
): Promise<{ requests: number; bytes: number }> {
  const names = [
    "Putin",
    "Abe",
    "Lavrov",
    "Kishida",
    "Medvedev",
    "Japan",
    "Russia",
    "Gorbachev",
    "Kaifu",
    "Mori",
  ];
  const topics = [
    "the 1956 Declaration",
    "the islands",
    "a peace treaty",
    "energy",
    "sanctions",
    "China",
    "Crimea",
  ];
  const target = megabytes * 1024 * 1024 * 1.1;
  let total = 0;
  let requests = 0;
  const urls = (function* () {
    for (let limit = 200; limit >= 1; limit--)
      for (const name of names)
        for (const topic of topics) {
          yield `/v1/search?q=${encodeURIComponent(`${name} ${topic}`)}&limit=${limit}`;
          if (limit <= 20)
            yield `/v1/ask?q=${encodeURIComponent(`What did ${name} say about ${topic}?`)}&limit=${limit}`;
        }
  })();
  const worker = async () => {
    while (total < target) {
      const next = urls.next();
      if (next.done) return;
      const url = next.value;
      for (const headers of FILL_ENCODINGS) {
        const res = await get(port, url, headers);
        requests++;
        if (res.status === 200) total += res.body.length;
      }
    }
  };
  await Promise.all(Array.from({ length: 8 }, worker));
  return { requests, bytes: total };
}
