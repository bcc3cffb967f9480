// For values the code's own logic guarantees (a key just set, an id the seed checked): their
// absence is a bug, so it fails loudly with what was expected instead of a TypeError later.

/** The value, or an error naming what is missing when it is undefined or null. */
export function must<T>(value: T | null | undefined, what: string): T {
  if (value === undefined || value === null) throw new Error(`Internal error: ${what} is missing.`);
  return value;
}
