/**
 * Statement splitting that never fails: one pass over char codes, no regexes, no allocation per
 * character. Used by the document model (incremental re-parse), code lenses, the CLI and the
 * formatter, so every layer agrees on where a statement begins and ends.
 *
 * What a slice covers, precisely:
 * - `start` is the offset of the statement's first code character. Whitespace and comments
 *   (`--`, `/* *\/`) before it are *leading trivia*: they sit between slices and belong to no
 *   slice (a comment is attached, for positioning, to the statement that follows it). A hint
 *   `/*+ ... *\/` is code, never trivia.
 * - `end` (exclusive) is the offset just after the statement's last code character; trailing
 *   whitespace/comments before the terminating `;` and the `;` itself are excluded. One
 *   exception: an unterminated block comment inside a statement extends `end` to the end of the
 *   text, so the parser sees it and can report it.
 * - `terminated` is true when a `;` ends the statement (the `;` is at `end` or after trailing
 *   trivia).
 * - A statement with no code at all (`;;`, a file of comments) produces no slice.
 *
 * Lexical rules: `'...'` with `''` escapes (also `U&'...'`, `X'...'`), `"..."` with `""`,
 * backtick identifiers with doubled-backtick escapes; an unterminated string, identifier or
 * block comment swallows the rest of the text. Statement sets stay one slice: a first segment
 * with the words `STATEMENT SET BEGIN` in a row and code after them, whatever comes before
 * (`EXECUTE`, `EXPLAIN [details | PLAN FOR] [EXECUTE]`, `COMPILE [AND EXECUTE] PLAN '...' FOR`),
 * as in `EXPLAIN STATEMENT SET BEGIN ...; ...; END;`, and `BEGIN STATEMENT SET; ...; END;`. An
 * unclosed set runs to the end of the text.
 */

export interface StatementSlice {
  /** Offset of the first code character. */
  readonly start: number;
  /** Offset just after the last code character (exclusive); never includes the `;`. */
  readonly end: number;
  /** A `;` terminates the statement. */
  readonly terminated: boolean;
}

const SEMI = 59; // ;
const QUOTE = 39; // '
const DQUOTE = 34; // "
const BACKTICK = 96; // `
const DASH = 45; // -
const SLASH = 47; // /
const STAR = 42; // *
const PLUS = 43; // +
const NL = 10;
const WORD_STATEMENT = 1;
const WORD_SET = 2;
const CR = 13;

function isSpace(c: number): boolean {
  return c === 32 || (c >= 9 && c <= 13) || c === 0xa0 || c === 0xfeff || c === 0x2028 || c === 0x2029;
}

function isWordChar(c: number): boolean {
  return (
    (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 95 || c === 36 || c > 127
  );
}

/** Case-insensitive comparison of text[from, to) with an upper-case ASCII word. */
function wordIs(text: string, from: number, to: number, upper: string): boolean {
  if (to - from !== upper.length) return false;
  for (let i = 0; i < upper.length; i++) {
    let c = text.charCodeAt(from + i);
    if (c >= 97 && c <= 122) c -= 32;
    if (c !== upper.charCodeAt(i)) return false;
  }
  return true;
}

/** Finds the end (exclusive) of a quoted run opened at `open` with a doubled-quote escape. */
function skipQuoted(text: string, open: number, quote: number): number {
  const n = text.length;
  let i = open + 1;
  while (i < n) {
    if (text.charCodeAt(i) === quote) {
      if (i + 1 < n && text.charCodeAt(i + 1) === quote) {
        i += 2;
        continue;
      }
      return i + 1;
    }
    i++;
  }
  return n;
}

export function splitStatements(text: string): StatementSlice[] {
  const out: StatementSlice[] = [];
  scanStatements(text, 0, (slice) => {
    out.push(slice);
    return true;
  });
  return out;
}

/**
 * Splits `text` from offset `from`, which must be 0 or the start of a statement of an earlier
 * split of the same text up to there (the scanner's state is clean at every statement start:
 * statement sets are one statement). `accept` receives each slice in order and returns false
 * to stop the scan. This is what makes re-splitting after an edit incremental.
 */
export function scanStatements(text: string, from: number, accept: (slice: StatementSlice) => boolean): void {
  const n = text.length;
  let i = from;
  let stopped = false;

  // The statement being built.
  let start = -1; // first code offset, -1 while only trivia seen
  let lastCodeEnd = -1;
  let inSet = false;
  // The segment since the last ';' (inside a statement set a statement has several segments).
  let segTokens = 0;
  // Offsets of the first four words of the segment (for statement-set detection).
  const wordFrom = [0, 0, 0, 0];
  const wordTo = [0, 0, 0, 0];
  let segWords = 0; // leading words counted while every token so far was a word
  // `STATEMENT SET BEGIN` in a row in the first segment: the kinds of the last two tokens
  // (WORD_STATEMENT, WORD_SET, else 0) and the segment's token count at BEGIN (-1: not seen).
  let last = 0;
  let beforeLast = 0;
  let setBegin = -1;

  const code = (from: number, to: number): void => {
    if (start < 0) start = from;
    lastCodeEnd = to;
    segTokens++;
    beforeLast = last;
    last = 0;
  };
  const emit = (terminated: boolean, end: number): void => {
    if (start >= 0 && !accept({ start, end, terminated })) stopped = true;
    start = -1;
    lastCodeEnd = -1;
    inSet = false;
    segTokens = 0;
    segWords = 0;
    setBegin = -1;
    last = beforeLast = 0;
  };
  const word = (k: number, upper: string): boolean => segWords > k && wordIs(text, wordFrom[k], wordTo[k], upper);

  while (i < n && !stopped) {
    const c = text.charCodeAt(i);
    if (isSpace(c)) {
      i++;
      continue;
    }
    if (c === DASH && i + 1 < n && text.charCodeAt(i + 1) === DASH) {
      i += 2;
      while (i < n) {
        const d = text.charCodeAt(i);
        if (d === NL || d === CR) break;
        i++;
      }
      continue;
    }
    if (c === SLASH && i + 1 < n && text.charCodeAt(i + 1) === STAR) {
      const isHint = i + 2 < n && text.charCodeAt(i + 2) === PLUS;
      const from = i;
      const close = text.indexOf('*/', i + 2);
      i = close < 0 ? n : close + 2;
      if (isHint) code(from, i);
      else if (close < 0 && start >= 0) lastCodeEnd = n; // unterminated comment inside a statement
      continue;
    }
    if (c === SEMI) {
      const segment = segTokens;
      // Statement sets: decide whether this ';' ends the statement.
      if (inSet) {
        if (segment === 1 && segWords === 1 && word(0, 'END')) {
          emit(true, lastCodeEnd);
        } else {
          segTokens = 0;
          segWords = 0;
        }
      } else if ((setBegin >= 0 && segment > setBegin) || (segment === 3 && word(0, 'BEGIN') && word(1, 'STATEMENT') && word(2, 'SET'))) {
        inSet = true;
        segTokens = 0;
        segWords = 0;
      } else {
        emit(true, lastCodeEnd);
      }
      i++;
      continue;
    }
    if (c === QUOTE || c === DQUOTE || c === BACKTICK) {
      const to = skipQuoted(text, i, c);
      code(i, to);
      i = to;
      continue;
    }
    if (isWordChar(c)) {
      const from = i;
      i++;
      while (i < n && isWordChar(text.charCodeAt(i))) i++;
      if (segWords === segTokens && segWords < 4) {
        wordFrom[segWords] = from;
        wordTo[segWords] = i;
        segWords++;
      }
      const p1 = last;
      const p2 = beforeLast;
      code(from, i);
      const len = i - from;
      if (!inSet && setBegin < 0 && (len === 3 || len === 5 || len === 9)) {
        if (len === 9 && wordIs(text, from, i, 'STATEMENT')) last = WORD_STATEMENT;
        else if (len === 3 && wordIs(text, from, i, 'SET')) last = WORD_SET;
        else if (len === 5 && p1 === WORD_SET && p2 === WORD_STATEMENT && wordIs(text, from, i, 'BEGIN')) setBegin = segTokens;
      }
      continue;
    }
    // Any other character is one code token (operators, punctuation).
    code(i, i + 1);
    i++;
  }
  if (!stopped) emit(false, lastCodeEnd);
}

/** The slice containing `offset`, or the one just before it (cursor after a statement). */
export function sliceAt(slices: readonly StatementSlice[], offset: number): StatementSlice | undefined {
  let lo = 0;
  let hi = slices.length - 1;
  let best: StatementSlice | undefined;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (slices[mid].start <= offset) {
      best = slices[mid];
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return best;
}
