/**
 * Accumulates formatted output line by line. Line breaks are requested, not written: a request
 * takes effect when the next token is written (the last request wins), so a trailing comment
 * can still be placed on the line it belongs to.
 */

const WORD = /[A-Za-z0-9_$\u0080-\uffff]/;
/** Character pairs that would lex as one token (or open a comment) when glued. */
const FUSING = new Set(['<>', '<=', '>=', '!=', '=>', '||', '--', '/*', '*/']);

/** Whether writing `b` right after `a` with no space could lex as different tokens. */
export function gluedIsUnsafe(a: string, b: string): boolean {
  if (!a || !b) return false;
  const x = a[a.length - 1];
  const y = b[0];
  if (WORD.test(x) && WORD.test(y)) return true;
  if (FUSING.has(x + y)) return true;
  if ((x === '.' && /[0-9]/.test(y)) || (/^[0-9]+$/.test(a) && y === '.')) return true;
  // quotes right after a word would form a prefixed literal (X'..', U&'..') or merge identifiers
  if (WORD.test(x) && (y === "'" || y === '`' || y === '"')) return true;
  if ((x === "'" && y === "'") || (x === '`' && y === '`') || (x === '"' && y === '"')) return true;
  return false;
}

export class LineWriter {
  private readonly lines: string[] = [];
  private cur = '';
  private curIndent = 0;
  private pending: number | undefined;
  private last = '';

  constructor(private readonly unit: string) {}

  /** Indent level of the line being written. */
  get indent(): number {
    return this.pending ?? this.curIndent;
  }

  /** Length of the line being written. */
  get column(): number {
    return this.pending !== undefined ? this.unit.length * this.pending : this.cur.length;
  }

  get breakPending(): boolean {
    return this.pending !== undefined;
  }

  /** Nothing written yet. */
  get empty(): boolean {
    return this.lines.length === 0 && this.cur === '';
  }

  /** Requests a line break; the next token starts a new line at `indent`. */
  breakLine(indent: number): void {
    if (this.empty) return;
    this.pending = indent;
  }

  /** Writes a token, after a pending break or else after a space when `space` is set. */
  write(text: string, space: boolean): void {
    if (this.pending !== undefined) {
      this.lines.push(this.cur.trimEnd());
      this.curIndent = this.pending;
      this.cur = this.unit.repeat(this.pending);
      this.pending = undefined;
    } else if (this.cur.trim() !== '' && (space || gluedIsUnsafe(this.last, text))) {
      this.cur += ' ';
    }
    this.cur += text;
    this.last = text;
  }

  /** Writes a comment at the end of the current line, ignoring (and keeping) a pending break. */
  writeTrailing(text: string): void {
    if (this.cur.trim() !== '') this.cur += ' ';
    this.cur += text;
    this.last = text;
  }

  toString(): string {
    const all = this.cur === '' ? this.lines : [...this.lines, this.cur.trimEnd()];
    return all.join('\n');
  }
}
