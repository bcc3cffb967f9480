// Endnote markers are runs of superscript digits: "¹" is endnote 1, "³³" is endnote 33.

import { SUPERSCRIPT_DIGITS } from "../lib/text.ts";

export interface MarkerInText {
  n: number;
  /** Code-point offset of the marker's first digit in the searched text. */
  offset: number;
  /** Length of the marker in code points ("³³" is 2). */
  length: number;
}

/** The value of a run of superscript digits, or null when `run` is not one. */
export function markerNumber(run: string): number | null {
  if (run === "") return null;
  let digits = "";
  for (const char of run) {
    const digit = SUPERSCRIPT_DIGITS.indexOf(char);
    if (digit < 0) return null;
    digits += String(digit);
  }
  return Number(digits);
}

/** Every marker in `text`, in order, with code-point offsets. */
export function findMarkers(text: string): MarkerInText[] {
  const found: MarkerInText[] = [];
  let run = "";
  let runStart = 0;
  let offset = 0;
  const close = () => {
    const n = markerNumber(run);
    if (n !== null) found.push({ n, offset: runStart, length: offset - runStart });
    run = "";
  };
  for (const char of text) {
    if (SUPERSCRIPT_DIGITS.includes(char)) {
      if (run === "") runStart = offset;
      run += char;
    } else if (run !== "") {
      close();
    }
    offset++;
  }
  if (run !== "") close();
  return found;
}

/** The marker a line starts with ("³⁶Mari Yamaguchi…" → 36 and the rest), or null. */
export function leadingMarker(line: string): { n: number; rest: string } | null {
  const run = /^[⁰¹²³⁴⁵⁶⁷⁸⁹]+/u.exec(line)?.[0];
  const n = run === undefined ? null : markerNumber(run);
  return run === undefined || n === null ? null : { n, rest: line.slice(run.length) };
}
