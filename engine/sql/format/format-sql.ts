/**
 * The Flink SQL formatter: whole documents and ranges.
 *
 * A document is split into statements (engine/sql/split); each statement that lexes and parses
 * cleanly is laid out by `layoutStatement`, and a statement with any error is left exactly as
 * written. Statements are separated by one blank line and terminated with `;`; empty statements
 * (`;;`) are dropped. Comments between statements are kept byte-exact: a comment on the line of
 * a statement's `;` stays there, other comments stay on their own lines before the statement
 * that follows them, and a blank line after such a comment is kept (one at most).
 *
 * Guarantees, tested over a corpus: format(format(x)) == format(x); the non-whitespace tokens of
 * the output equal those of the input except for keyword/type-name case and dropped or added
 * `;`; strings, identifiers, numbers, comments and hints are byte-exact.
 */
import { CharStream, Token } from 'antlr4ng';
import { FlinkSqlLexer } from '../generated/FlinkSqlLexer';
import { splitStatements, type StatementSlice } from '../split/split-statements';
import { classifyTokens } from './classify-tokens';
import { layoutStatement, type LayoutOptions } from './layout';
import { sameTokens } from './same-tokens';

export type { KeywordCase, LayoutOptions as FormatOptions } from './layout';

export const DEFAULT_FORMAT_OPTIONS: LayoutOptions = { keywordCase: 'upper', indent: 2 };

/** A replacement of text[start, end) by newText (offsets into the original text). */
export interface FormatEdit {
  readonly start: number;
  readonly end: number;
  readonly newText: string;
}

/** Formats one statement (no `;`); undefined when it has a lexical or syntax error. */
/**
 * Formats one statement (no `;`). Undefined when it has a lexical or syntax error, and, as a
 * safety net, when the layout would not keep its tokens (or failed): the caller then leaves the
 * statement as written.
 */
export function formatStatement(statement: string, opts: LayoutOptions = DEFAULT_FORMAT_OPTIONS): string | undefined {
  try {
    const tokens = classifyTokens(statement);
    if (!tokens) return undefined;
    const formatted = layoutStatement(tokens, opts);
    return sameTokens(statement, formatted) ? formatted : undefined;
  } catch {
    return undefined; // a formatter bug must never take a document (or an editor request) down
  }
}

interface GapItem {
  readonly text: string;
  readonly semicolon: boolean;
  readonly lineComment: boolean;
  /** An unterminated block comment: it runs to the end of the text. */
  readonly unterminated: boolean;
  /** A line break separates it from what precedes it. */
  readonly newlineBefore: boolean;
  /** A blank line separates it from what precedes it. */
  readonly blankBefore: boolean;
}

/** The comments and semicolons in a stretch of text between statements (nothing else is there). */
function gapItems(text: string, from: number, to: number): { items: GapItem[]; blankAfter: boolean } {
  const gap = text.slice(from, to);
  const items: GapItem[] = [];
  let prevEnd = 0;
  if (/\S/.test(gap)) {
    const lexer = new FlinkSqlLexer(CharStream.fromString(gap));
    lexer.removeErrorListeners();
    for (let t = lexer.nextToken(); t.type !== Token.EOF; t = lexer.nextToken()) {
      // The gap holds only ASCII-delimited comments and `;`, but comment bodies may hold any
      // character: take the text from the token, and positions by searching forward.
      const body = t.text ?? '';
      const start = gap.indexOf(body, prevEnd);
      const between = gap.slice(prevEnd, start);
      const breaks = (between.match(/\n/g) ?? []).length;
      items.push({
        text: body,
        semicolon: t.type === FlinkSqlLexer.SEMICOLON,
        lineComment: t.type === FlinkSqlLexer.LINE_COMMENT,
        unterminated: t.type === FlinkSqlLexer.UNTERMINATED_BLOCK_COMMENT,
        newlineBefore: breaks > 0,
        blankBefore: breaks > 1,
      });
      prevEnd = start + body.length;
    }
  }
  const tail = gap.slice(prevEnd);
  return { items, blankAfter: (tail.match(/\n/g) ?? []).length > 1 };
}

/** Formats a whole document. */
export function formatSql(text: string, opts: LayoutOptions = DEFAULT_FORMAT_OPTIONS): string {
  const slices = splitStatements(text);
  let out = '';
  let prev: StatementSlice | undefined;
  let prevFormatted = false;
  // Where an unterminated block comment ends the text: nothing may follow it.
  let cut = -1;
  for (let k = 0; k <= slices.length; k++) {
    const next: StatementSlice | undefined = slices[k];
    const { items, blankAfter } = gapItems(text, prev ? prev.end : 0, next ? next.start : text.length);
    let idx = 0;
    if (prev) {
      // Comments before the statement's `;`, then the `;`, then comments on the same line.
      const terminatedHere = prev.terminated;
      if (terminatedHere) {
        let lastWasLine = false;
        while (idx < items.length && !items[idx].semicolon) {
          const c = items[idx++];
          out += (c.newlineBefore ? '\n' : ' ') + c.text;
          lastWasLine = c.lineComment;
        }
        if (lastWasLine) out += '\n';
        idx++; // the `;`
      }
      out += prevFormatted || terminatedHere ? ';' : '';
      while (idx < items.length && (items[idx].semicolon || !items[idx].newlineBefore)) {
        const c = items[idx++];
        if (!c.semicolon) out += ' ' + c.text;
        if (c.unterminated) cut = out.length;
      }
      // A statement left as written at the end of the text keeps its end: it may be an
      // unterminated string or identifier that would swallow an added newline.
      const verbatimAtEnd = !prevFormatted && !terminatedHere && !next && idx >= items.length;
      if (!verbatimAtEnd) out += '\n';
    }
    // Leading comments of the next statement (or of the end of the file).
    // Blank lines around them are kept as in the source (one at most), and two statements are
    // always separated by at least one blank line (before the first comment when the source
    // has none).
    const leading = items.slice(idx).filter((c) => !c.semicolon);
    const anyBlank = blankAfter || leading.some((c) => c.blankBefore);
    for (let j = 0; j < leading.length; j++) {
      const c = leading[j];
      if (out !== '' && (c.blankBefore || (j === 0 && !anyBlank))) out += '\n';
      out += c.text;
      if (c.unterminated) cut = out.length;
      out += '\n';
    }
    if (!next) break;
    if (out !== '' && (leading.length === 0 || blankAfter)) out += '\n';
    const stmt = text.slice(next.start, next.end);
    const formatted = formatStatement(stmt, opts);
    prevFormatted = formatted !== undefined;
    out += formatted ?? stmt;
    prev = next;
  }
  return cut >= 0 ? out.slice(0, cut) : out;
}

/**
 * Formats the statements that intersect [start, end) (a collapsed range formats the statement it
 * touches). Returns one edit per changed statement, replacing the statement's code only (its
 * `;` and the text between statements are left alone); statements with errors are skipped.
 */
export function formatSqlRange(text: string, start: number, end: number, opts: LayoutOptions = DEFAULT_FORMAT_OPTIONS): FormatEdit[] {
  const edits: FormatEdit[] = [];
  for (const s of splitStatements(text)) {
    const touches = start === end ? s.start <= start && start <= s.end : s.start < end && start < s.end;
    if (!touches) continue;
    const original = text.slice(s.start, s.end);
    const formatted = formatStatement(original, opts);
    if (formatted !== undefined && formatted !== original) edits.push({ start: s.start, end: s.end, newText: formatted });
  }
  return edits;
}
