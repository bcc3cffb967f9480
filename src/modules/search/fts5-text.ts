// FTS5's highlight() and snippet(), done in JavaScript for the hits of one page, with the very
// bytes FTS5 gives. Asked in SQL, FTS5 built them for every matching row of a query (the page is
// cut after sorting), through a string re-allocated at every piece: for a plain query of common
// words, that was most of a search's cost. This is a line-by-line port of SQLite 3.53's
// fts5_aux.c (highlight, snippet, the sentence finder and the coalesced-instance iterator) and of
// the table's tokenizer, `porter unicode61 remove_diacritics 2` (fts5_tokenize.c), for the texts
// and queries where that port is exact and simple: text of ASCII and a few non-ASCII separators
// (typographic quotes, dashes and the like; any other character answers null and the caller asks
// FTS5 instead), and queries whose phrases are single ASCII words (a plain-text search). Tests
// compare it with FTS5 for every indexed text and many queries (fts5-text.test.ts).

/** A column's instances of the query's phrases: token offset and phrase of each, in FTS5's order. */
export interface Instances {
  offsets: number[];
  phrases: number[];
}

/** A token of a text: where it starts and ends (UTF-16 indexes) and the term FTS5 indexes for it. */
export interface Token {
  start: number;
  end: number;
  term: string;
}

/**
 * Non-ASCII characters unicode61 treats as separators (Unicode categories P* and Z*, none of them
 * a diacritic): no-break space, guillemets, and General Punctuation's dashes, quotes, bullets,
 * ellipsis and spaces. Tested against FTS5.
 */
const SEPARATORS = new Set<number>([0x00a0, 0x00ab, 0x00bb]);
for (let c = 0x2000; c <= 0x2027; c++) SEPARATORS.add(c);

function isAsciiAlnum(c: number): boolean {
  return (c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a);
}

/**
 * Where the text's tokens are, as the table's tokenizer (unicode61) cuts them: start and end of
 * each (UTF-16 indexes), flat; or null when the text holds a character this port does not read
 * exactly (a letter or symbol outside ASCII, a NUL).
 */
export function tokenBounds(text: string): number[] | null {
  const bounds: number[] = [];
  const n = text.length;
  let i = 0;
  while (i < n) {
    let c = text.charCodeAt(i);
    if (!isAsciiAlnum(c)) {
      if (c === 0 || (c > 0x7f && !SEPARATORS.has(c))) return null;
      i++;
      continue;
    }
    const start = i;
    while (i < n) {
      c = text.charCodeAt(i);
      if (isAsciiAlnum(c)) i++;
      else if (c === 0 || (c > 0x7f && !SEPARATORS.has(c))) return null;
      else break;
    }
    bounds.push(start, i);
  }
  return bounds;
}

/** The text's tokens with their terms (unicode61 folded to lower case, then porter), or null as tokenBounds. */
export function tokenize(text: string): Token[] | null {
  const bounds = tokenBounds(text);
  if (!bounds) return null;
  const tokens: Token[] = [];
  for (let t = 0; t < bounds.length; t += 2) {
    const start = bounds[t] ?? 0;
    const end = bounds[t + 1] ?? 0;
    tokens.push({ start, end, term: porter(text.slice(start, end).toLowerCase()) });
  }
  return tokens;
}

/** The term of one plain-text query word ([a-z0-9]+), or null when this port does not read it. */
export function queryTerm(word: string): string | null {
  return /^[a-z0-9]+$/.test(word) ? porter(word) : null;
}

// Stems of the words seen, bounded: the texts of a dataset repeat a few thousand words.
const STEMS_MAX = 50_000;
const stems = new Map<string, string>();
function stemOf(word: string): string {
  let stem = stems.get(word);
  if (stem === undefined) {
    stem = porter(word);
    if (stems.size >= STEMS_MAX) stems.clear();
    stems.set(word, stem);
  }
  return stem;
}

/**
 * The instances of one-token phrases (their terms, in query order) among a text's tokens, in
 * FTS5's instance order (by offset, then phrase): the token offset and the phrase of each. Only
 * tokens whose first letter is a term's are stemmed (porter never changes a word's first letter).
 */
export function findInstances(text: string, bounds: readonly number[], terms: readonly string[]): Instances {
  const offsets: number[] = [];
  const phrases: number[] = [];
  let firsts = 0;
  for (const term of terms) firsts |= 1 << (term.charCodeAt(0) & 31);
  for (let t = 0; t < bounds.length; t += 2) {
    const start = bounds[t] ?? 0;
    // Letters and digits: the low five bits of 'a'..'z' and 'A'..'Z' agree; digits share theirs
    // with some letters, which only costs a stem.
    if ((firsts & (1 << (text.charCodeAt(start) & 31))) === 0) continue;
    const term = stemOf(text.slice(start, bounds[t + 1]).toLowerCase());
    for (let p = 0; p < terms.length; p++) {
      if (terms[p] === term) {
        offsets.push(t >> 1);
        phrases.push(p);
      }
    }
  }
  return { offsets, phrases };
}

// ---------------------------------------------------------------------------------------------
// The porter stemmer of fts5_tokenize.c, on a token already folded to lower case. Its buffer is a
// string here; `at(i)` is its byte i ("" before the start, where the C code would read a byte
// that, as the rules' length checks show, can never complete a match).

const FTS5_PORTER_MAX_TOKEN = 64;

function isVowel(c: string, yIsVowel: boolean): boolean {
  return c === "a" || c === "e" || c === "i" || c === "o" || c === "u" || (yIsVowel && c === "y");
}

/** fts5PorterGobbleVC: the index after the first vowel-then-consonant run, or 0. */
function gobbleVC(s: string, from: number, nStem: number, prevCons: boolean): number {
  let cons = prevCons;
  let i = from;
  for (; i < nStem; i++) {
    cons = !isVowel(s.charAt(i), cons);
    if (!cons) break;
  }
  for (i++; i < nStem; i++) {
    cons = !isVowel(s.charAt(i), cons);
    if (cons) return i + 1;
  }
  return 0;
}

function mGt0(s: string, nStem: number): boolean {
  return gobbleVC(s, 0, nStem, false) !== 0;
}

function mGt1(s: string, nStem: number): boolean {
  const n = gobbleVC(s, 0, nStem, false);
  return n !== 0 && gobbleVC(s, n, nStem, true) !== 0;
}

function mEq1(s: string, nStem: number): boolean {
  const n = gobbleVC(s, 0, nStem, false);
  return n !== 0 && gobbleVC(s, n, nStem, true) === 0;
}

function oStar(s: string, nStem: number): boolean {
  const last = s.charAt(nStem - 1);
  if (last === "w" || last === "x" || last === "y") return false;
  let mask = 0;
  let cons = false;
  for (let i = 0; i < nStem; i++) {
    cons = !isVowel(s.charAt(i), cons);
    mask = ((mask << 1) + (cons ? 1 : 0)) | 0;
  }
  return (mask & 0x7) === 0x5;
}

function mGt1AndSOrT(s: string, nStem: number): boolean {
  const last = s.charAt(nStem - 1);
  return (last === "s" || last === "t") && mGt1(s, nStem);
}

function hasVowel(s: string, nStem: number): boolean {
  for (let i = 0; i < nStem; i++) if (isVowel(s.charAt(i), i > 0)) return true;
  return false;
}

type Condition = ((s: string, nStem: number) => boolean) | null;
/** A rule: the suffix, its replacement, and the condition on the stem before it. */
type Rule = readonly [suffix: string, output: string, condition: Condition];

/**
 * Applies the first rule (of those keyed by the buffer's second-to-last byte) whose suffix ends
 * the buffer and whose length check passes (`nBuf > suffix length`), as the generated C does:
 * only that rule is tried, applied when its condition holds. Returns the new buffer and whether a
 * rule without condition, or whose condition held, with `ret` set, fired.
 */
function applyRules(
  buf: string,
  rules: Record<string, readonly Rule[]>,
  withRet: boolean,
): { buf: string; ret: boolean } {
  const list = rules[buf.charAt(buf.length - 2)];
  if (!list) return { buf, ret: false };
  for (const [suffix, output, condition] of list) {
    if (buf.length > suffix.length && buf.endsWith(suffix)) {
      const nStem = buf.length - suffix.length;
      if (condition === null || condition(buf, nStem))
        return { buf: buf.slice(0, nStem) + output, ret: withRet };
      return { buf, ret: false };
    }
  }
  return { buf, ret: false };
}

const STEP2: Record<string, readonly Rule[]> = {
  a: [
    ["ational", "ate", mGt0],
    ["tional", "tion", mGt0],
  ],
  c: [
    ["enci", "ence", mGt0],
    ["anci", "ance", mGt0],
  ],
  e: [["izer", "ize", mGt0]],
  g: [["logi", "log", mGt0]],
  l: [
    ["bli", "ble", mGt0],
    ["alli", "al", mGt0],
    ["entli", "ent", mGt0],
    ["eli", "e", mGt0],
    ["ousli", "ous", mGt0],
  ],
  o: [
    ["ization", "ize", mGt0],
    ["ation", "ate", mGt0],
    ["ator", "ate", mGt0],
  ],
  s: [
    ["alism", "al", mGt0],
    ["iveness", "ive", mGt0],
    ["fulness", "ful", mGt0],
    ["ousness", "ous", mGt0],
  ],
  t: [
    ["aliti", "al", mGt0],
    ["iviti", "ive", mGt0],
    ["biliti", "ble", mGt0],
  ],
};

const STEP3: Record<string, readonly Rule[]> = {
  a: [["ical", "ic", mGt0]],
  s: [["ness", "", mGt0]],
  t: [
    ["icate", "ic", mGt0],
    ["iciti", "ic", mGt0],
  ],
  u: [["ful", "", mGt0]],
  v: [["ative", "", mGt0]],
  z: [["alize", "al", mGt0]],
};

const STEP4: Record<string, readonly Rule[]> = {
  a: [["al", "", mGt1]],
  c: [
    ["ance", "", mGt1],
    ["ence", "", mGt1],
  ],
  e: [["er", "", mGt1]],
  i: [["ic", "", mGt1]],
  l: [
    ["able", "", mGt1],
    ["ible", "", mGt1],
  ],
  n: [
    ["ant", "", mGt1],
    ["ement", "", mGt1],
    ["ment", "", mGt1],
    ["ent", "", mGt1],
  ],
  o: [
    ["ion", "", mGt1AndSOrT],
    ["ou", "", mGt1],
  ],
  s: [["ism", "", mGt1]],
  t: [
    ["ate", "", mGt1],
    ["iti", "", mGt1],
  ],
  u: [["ous", "", mGt1]],
  v: [["ive", "", mGt1]],
  z: [["ize", "", mGt1]],
};

const STEP1B2: Record<string, readonly Rule[]> = {
  a: [["at", "ate", null]],
  b: [["bl", "ble", null]],
  i: [["iz", "ize", null]],
};

/** fts5PorterStep1B: "eed" (m>0) becomes "ee"; "ed" and "ing" after a vowel go, and say so. */
function step1B(buf: string): { buf: string; ret: boolean } {
  const n = buf.length;
  const key = buf.charAt(n - 2);
  if (key === "e") {
    if (n > 3 && buf.endsWith("eed")) {
      return mGt0(buf, n - 3) ? { buf: `${buf.slice(0, n - 3)}ee`, ret: false } : { buf, ret: false };
    }
    if (n > 2 && buf.endsWith("ed")) {
      return hasVowel(buf, n - 2) ? { buf: buf.slice(0, n - 2), ret: true } : { buf, ret: false };
    }
  } else if (key === "n") {
    if (n > 3 && buf.endsWith("ing")) {
      return hasVowel(buf, n - 3) ? { buf: buf.slice(0, n - 3), ret: true } : { buf, ret: false };
    }
  }
  return { buf, ret: false };
}

function step1A(buf: string): string {
  const n = buf.length;
  if (buf.charAt(n - 1) !== "s") return buf;
  if (buf.charAt(n - 2) === "e") {
    if (
      (n > 4 && buf.charAt(n - 4) === "s" && buf.charAt(n - 3) === "s") ||
      (n > 3 && buf.charAt(n - 3) === "i")
    )
      return buf.slice(0, n - 2);
    return buf.slice(0, n - 1);
  }
  if (buf.charAt(n - 2) !== "s") return buf.slice(0, n - 1);
  return buf;
}

/** fts5PorterCb: the stem of a lower-case ASCII token (tokens shorter than 3 or longer than 64 pass through). */
export function porter(token: string): string {
  if (token.length > FTS5_PORTER_MAX_TOKEN || token.length < 3) return token;
  let buf = step1A(token);
  const b = step1B(buf);
  buf = b.buf;
  if (b.ret) {
    const b2 = applyRules(buf, STEP1B2, true);
    if (b2.ret) buf = b2.buf;
    else {
      const n = buf.length;
      const c = buf.charAt(n - 1);
      if (!isVowel(c, false) && c !== "l" && c !== "s" && c !== "z" && c === buf.charAt(n - 2)) {
        buf = buf.slice(0, n - 1);
      } else if (mEq1(buf, n) && oStar(buf, n)) {
        buf = `${buf}e`;
      }
    }
  }
  // Step 1C.
  if (buf.charAt(buf.length - 1) === "y" && hasVowel(buf, buf.length - 1)) buf = `${buf.slice(0, -1)}i`;
  // Steps 2 through 4.
  buf = applyRules(buf, STEP2, false).buf;
  buf = applyRules(buf, STEP3, false).buf;
  buf = applyRules(buf, STEP4, false).buf;
  // Step 5a.
  let n = buf.length;
  if (buf.charAt(n - 1) === "e" && (mGt1(buf, n - 1) || (mEq1(buf, n - 1) && !oStar(buf, n - 1)))) {
    buf = buf.slice(0, n - 1);
  }
  // Step 5b.
  n = buf.length;
  if (n > 1 && buf.charAt(n - 1) === "l" && buf.charAt(n - 2) === "l" && mGt1(buf, n - 1)) {
    buf = buf.slice(0, n - 1);
  }
  return buf;
}

// ---------------------------------------------------------------------------------------------
// fts5_aux.c. A query here is a list of one-token phrases (their terms, in query order); the
// instances of a column are the (token offset, phrase) pairs where a phrase's term is the token's,
// ordered by offset and then phrase, as fts5CacheInstArray orders them.

/** fts5CInstIter over one column's instances of one-token phrases. */
class CInstIter {
  private next = 0;
  start = -1;
  end = -1;
  constructor(private readonly offsets: readonly number[]) {
    this.advance();
  }
  advance(): void {
    this.start = -1;
    this.end = -1;
    while (this.next < this.offsets.length) {
      const io = this.offsets[this.next] ?? 0;
      if (this.start < 0) {
        this.start = io;
        this.end = io;
      } else if (io <= this.end) {
        // A one-token phrase ends where it starts: nothing to extend.
      } else {
        break;
      }
      this.next++;
    }
  }
}

/** The text between two offsets, HTML-escaped (&, <, >) when `html` says so. */
function cut(text: string, from: number, to: number, html: boolean): string {
  const part = text.slice(from, to);
  return html ? part.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;") : part;
}

/** HighlightContext and fts5HighlightCb, fed the tokens in order. */
function highlightTokens(
  text: string,
  bounds: ArrayLike<number>,
  iter: CInstIter,
  open: string,
  close: string,
  rangeStart: number,
  rangeEnd: number,
  out: { s: string; off: number; isOpen: boolean },
  html: boolean,
): void {
  const nTokens = bounds.length >> 1;
  for (let iPos = 0; iPos < nTokens; iPos++) {
    if (rangeEnd >= 0) {
      if (iPos < rangeStart || iPos > rangeEnd) continue;
      if (rangeStart && iPos === rangeStart) out.off = bounds[2 * iPos] ?? 0;
    }
    const start = bounds[2 * iPos] ?? 0;
    const end = bounds[2 * iPos + 1] ?? 0;
    if (out.isOpen && (iPos <= iter.start || iter.start < 0) && start > out.off) {
      out.s += close;
      out.isOpen = false;
    }
    if (iPos === iter.start && !out.isOpen) {
      out.s += cut(text, out.off, start, html) + open;
      out.off = start;
      out.isOpen = true;
    }
    if (iPos === iter.end) {
      if (!out.isOpen) {
        out.s += open;
        out.isOpen = true;
      }
      out.s += cut(text, out.off, end, html);
      out.off = end;
      iter.advance();
    }
    if (iPos === rangeEnd) {
      if (out.isOpen) {
        if (iter.start >= 0 && iPos >= iter.start) {
          out.s += cut(text, out.off, end, html);
          out.off = end;
        }
        out.s += close;
        out.isOpen = false;
      }
      out.s += cut(text, out.off, end, html);
      out.off = end;
    }
  }
}

/** highlight(tbl, col, open, close) of a column for a query of `terms` (one per phrase, in query order). */
export function highlight(
  text: string,
  bounds: readonly number[],
  terms: readonly string[],
  open: string,
  close: string,
): string {
  return highlightOf(text, bounds, findInstances(text, bounds, terms).offsets, open, close, false);
}

/**
 * highlight() of a column whose instances' offsets are given (FTS5's order); with `html`, the
 * text between the marks is HTML-escaped (&, <, >), as escaping highlight()'s answer would.
 */
export function highlightOf(
  text: string,
  bounds: ArrayLike<number>,
  offsets: readonly number[],
  open: string,
  close: string,
  html: boolean,
): string {
  const out = { s: "", off: 0, isOpen: false };
  highlightTokens(text, bounds, new CInstIter(offsets), open, close, 0, -1, out, html);
  if (out.isOpen) out.s += close;
  return out.s + cut(text, out.off, text.length, html);
}

/** The instances of one-token phrases (term ids, in query order) among a text's tokens (their term ids), in FTS5's order. */
export function instancesOfIds(tokenTerms: ArrayLike<number>, phraseTerms: readonly number[]): Instances {
  const offsets: number[] = [];
  const phrases: number[] = [];
  for (let t = 0; t < tokenTerms.length; t++) {
    const term = tokenTerms[t];
    for (let p = 0; p < phraseTerms.length; p++) {
      if (phraseTerms[p] === term) {
        offsets.push(t);
        phrases.push(p);
      }
    }
  }
  return { offsets, phrases };
}

// fts5SnippetScore's flags of the phrases seen, reused (grown as needed), and its adjusted start.
let seen = new Uint8Array(64);
let adjustedStart = 0;

/** fts5SnippetScore over one-token phrases: the window's score; where it would start, adjusted, in adjustedStart. */
function snippetScore(
  offsets: readonly number[],
  phrases: readonly number[],
  nPhrase: number,
  nDocsize: number,
  iPos: number,
  nToken: number,
): number {
  if (seen.length < nPhrase) seen = new Uint8Array(nPhrase);
  seen.fill(0, 0, nPhrase);
  let score = 0;
  let first = -1;
  let last = 0;
  const end = iPos + nToken;
  for (let i = 0; i < offsets.length; i++) {
    const off = offsets[i] ?? 0;
    if (off >= iPos && off < end) {
      const ip = phrases[i] ?? 0;
      score += seen[ip] ? 1 : 1000;
      seen[ip] = 1;
      if (first < 0) first = off;
      last = off + 1;
    }
  }
  let adjusted = first - Math.trunc((nToken - (last - first)) / 2);
  if (adjusted + nToken > nDocsize) adjusted = nDocsize - nToken;
  if (adjusted < 0) adjusted = 0;
  adjustedStart = adjusted;
  return score;
}

/** fts5SentenceFinderCb: the tokens that start a sentence (the first, and any after "." or ":" and white space). */
function sentenceStarts(text: string, bounds: ArrayLike<number>): number[] {
  const firsts: number[] = [];
  for (let iPos = 0; 2 * iPos < bounds.length; iPos++) {
    if (iPos === 0) {
      firsts.push(0);
      continue;
    }
    const startOff = bounds[2 * iPos] ?? 0;
    let i = startOff - 1;
    let c = "";
    for (; i >= 0; i--) {
      c = text.charAt(i);
      if (c !== " " && c !== "\t" && c !== "\n" && c !== "\r") break;
    }
    if (i !== startOff - 1 && (c === "." || c === ":")) firsts.push(iPos);
  }
  return firsts;
}

/**
 * snippet(tbl, col, open, close, ellipsis, nToken) of the column whose tokens are given, for a
 * query of `terms` (one per phrase, in query order), when every instance of the row's phrases
 * in this column is one of the tokens' (no instance in another column counts for snippet(col)).
 */
export function snippet(
  text: string,
  bounds: readonly number[],
  terms: readonly string[],
  open: string,
  close: string,
  ellipsis: string,
  nToken: number,
): string {
  const instances = findInstances(text, bounds, terms);
  return snippetOf(text, bounds, instances, terms.length, open, close, ellipsis, nToken, false);
}

/**
 * snippet() of a column whose instances (offset and phrase, FTS5's order) are given, for a query
 * of `nPhrase` one-token phrases; with `html`, HTML-escaped between the marks as `highlightOf`.
 */
export function snippetOf(
  text: string,
  bounds: ArrayLike<number>,
  instances: Instances,
  nPhrase: number,
  open: string,
  close: string,
  ellipsis: string,
  nToken: number,
  html: boolean,
): string {
  const { offsets, phrases } = instances;
  const nDocsize = bounds.length >> 1;
  // Sentence starts only matter when the text is longer than a snippet.
  const firsts = nDocsize > nToken ? sentenceStarts(text, bounds) : [];
  let bestStart = 0;
  let bestScore = 0;
  for (const io of offsets) {
    const score = snippetScore(offsets, phrases, nPhrase, nDocsize, io, nToken);
    if (score > bestScore) {
      bestScore = score;
      bestStart = adjustedStart;
    }
    if (firsts.length && nDocsize > nToken) {
      let jj = 0;
      for (; jj < firsts.length - 1; jj++) if ((firsts[jj + 1] ?? 0) > io) break;
      const first = firsts[jj] ?? 0;
      if (first < io) {
        const s = snippetScore(offsets, phrases, nPhrase, nDocsize, first, nToken);
        const withBonus = s + (first === 0 ? 120 : 100);
        if (withBonus > bestScore) {
          bestScore = withBonus;
          bestStart = first;
        }
      }
    }
  }

  const iter = new CInstIter(offsets);
  const rangeEnd = bestStart + nToken - 1;
  const out = { s: bestStart > 0 ? ellipsis : "", off: 0, isOpen: false };
  while (iter.start >= 0 && iter.start < bestStart) iter.advance();
  highlightTokens(text, bounds, iter, open, close, bestStart, rangeEnd, out, html);
  if (out.isOpen) out.s += close;
  return rangeEnd >= nDocsize - 1 ? out.s + cut(text, out.off, text.length, html) : out.s + ellipsis;
}
