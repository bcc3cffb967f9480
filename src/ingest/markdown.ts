// The little Markdown the article uses: blank-line separated blocks, backslash escapes ("\$"),
// emphasis asterisks and "- " list items. Shared by the body and the endnote parsers.

/** The line that opens the notes: "Endnotes:" (also "Notes", "**Endnotes**", "## Notes"). */
export const ENDNOTES_HEADING = /^[*_#\s]*(?:end)?notes\s*:?[*_\s]*$/i;

/** Blocks of consecutive non-blank lines, each line trimmed. */
export function splitBlocks(markdown: string): string[][] {
  const blocks: string[][] = [];
  let current: string[] = [];
  for (const rawLine of markdown.replace(/\r\n?/g, "\n").split("\n")) {
    const line = rawLine.trim();
    if (line === "") {
      if (current.length > 0) blocks.push(current);
      current = [];
    } else {
      current.push(line);
    }
  }
  if (current.length > 0) blocks.push(current);
  return blocks;
}

/** "\$32 billion" → "$32 billion": Markdown escapes are not part of the text. */
export function unescapeMarkdown(text: string): string {
  return text.replace(/\\([\\`*_{}[\]()#+\-.!$<>|~])/g, "$1");
}

/** Drops every emphasis asterisk: "*Dr. Indrani Talukdar**" → "Dr. Indrani Talukdar". */
export function withoutAsterisks(text: string): string {
  return text.replace(/\*/g, "").trim();
}

const LIST_ITEM_PREFIX = /^[-+*]\s+/;

/** "- ³⁶Mari Yamaguchi…" → "³⁶Mari Yamaguchi…" (an asterisk only counts when a space follows). */
export function withoutListPrefix(line: string): string {
  return line.replace(LIST_ITEM_PREFIX, "");
}

export function isListItem(line: string): boolean {
  return LIST_ITEM_PREFIX.test(line);
}
