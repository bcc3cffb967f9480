// The question box in every page's header: submitting opens /ask?q=…, the answer's own URL.

import { useEffect, useState } from "preact/hooks";
import { useLocation } from "preact-iso/router";
import { askHref } from "../util.ts";

export function AskBox() {
  const { path, query, route } = useLocation();
  const asked = path === "/ask" ? (query.q ?? "") : "";
  const [q, setQ] = useState(asked);
  useEffect(() => setQ(asked), [asked]);
  return (
    <search class="askbox" aria-label="Ask the article">
      <form
        onSubmit={(e) => {
          e.preventDefault();
          const question = q.trim();
          if (question) route(askHref(question));
        }}
      >
        <label for="ask-input">Ask the article</label>
        <div class="askrow">
          <input
            id="ask-input"
            name="q"
            type="search"
            value={q}
            onInput={(e) => setQ((e.currentTarget as HTMLInputElement).value)}
            placeholder="What did Putin say about the 1956 Declaration?"
            maxLength={500}
            autoComplete="off"
            required
          />
          <button type="submit">Ask</button>
        </div>
      </form>
    </search>
  );
}
