// Media types as headers carry them.

/** The media type of a Content-Type value without its parameters: "text/html; charset=utf-8" → "text/html". */
export function mediaTypeOf(contentType: string): string {
  const semicolon = contentType.indexOf(";");
  return (semicolon === -1 ? contentType : contentType.slice(0, semicolon)).trim();
}
