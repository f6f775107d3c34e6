/**
 * The layout engine: one statement's layout tokens -> formatted text. Decisions depend only on
 * the token sequence (and, for comments, whether they stood on their own line), never on the
 * original whitespace, which is what makes formatting idempotent.
 *
 * Layout:
 * - clause keywords (SELECT, FROM, WHERE, GROUP BY, HAVING, WINDOW, ORDER BY, LIMIT, OFFSET,
 *   FETCH, VALUES, UNION/INTERSECT/EXCEPT, joins, WITH of a CTE) start a line at the block's
 *   indent; a list clause with several items puts one item per line, indented;
 * - WHERE/HAVING/ON break before top-level AND/OR (not the AND of BETWEEN); ON is indented
 *   under its join;
 * - a parenthesised query is a block of its own, indented, with `)` back on its own line;
 *   other parentheses stay inline;
 * - CREATE TABLE columns, `WITH (...)` / `SET (...)` options and ALTER ... ADD/MODIFY (...)
 *   lists put one element per line;
 * - statement sets indent their statements between BEGIN and END;
 * - comments stay where they were relative to the tokens: a trailing comment stays at the end
 *   of its line, a comment on its own line stays on its own line; hints, strings, identifiers,
 *   numbers and comments are written byte-exact; only keywords and type names change case.
 */
import { LineWriter } from './line-writer';
import { isComment, type LayoutToken } from './layout-token';
import { isSign, spaceBetween } from './spacing';

export type KeywordCase = 'upper' | 'lower' | 'preserve';

export interface LayoutOptions {
  readonly keywordCase: KeywordCase;
  /** Spaces per indent level. */
  readonly indent: number;
  /**
   * A parenthesised list (call arguments, IN lists, VALUES rows) that would make its line longer
   * than this is laid out one element per line. Default 100.
   */
  readonly lineWidth?: number;
}

const DEFAULT_LINE_WIDTH = 100;

type FrameKind = 'block' | 'set' | 'match' | 'list' | 'paren' | 'pattern';
type Clause = 'none' | 'list' | 'cond' | 'from' | 'join' | 'on' | 'cte' | 'plain' | 'ddl';

interface Frame {
  readonly kind: FrameKind;
  /** Indent of clause lines (blocks) or items (lists). */
  readonly indent: number;
  /** Indent of the closing parenthesis. */
  readonly closeIndent: number;
  clause: Clause;
  /** The keyword that started the current clause. */
  clauseWord: string;
  /** The current list clause has several items: one per line. */
  broken: boolean;
  /** Waiting for the first item of a broken list clause. */
  listBreakPending: boolean;
  condIndent: number;
  /** Inside a multi-word join head (LEFT OUTER JOIN): no clause starts until JOIN. */
  joinHead: boolean;
  between: number;
  /** Open CASE expressions in this frame; a broken one puts each WHEN/ELSE on its own line. */
  readonly cases: { readonly broken: boolean; readonly indent: number }[];
}

const DDL_CLAUSES = new Set(['COMMENT', 'PARTITIONED', 'DISTRIBUTED', 'LIKE', 'FRESHNESS', 'REFRESH_MODE']);

export function layoutStatement(tokens: readonly LayoutToken[], opts: LayoutOptions): string {
  return new Layout(tokens, opts).run();
}

class Layout {
  private readonly w: LineWriter;
  private readonly frames: Frame[] = [];
  /** Indexes of code tokens (comments excluded). */
  private readonly code: number[] = [];
  private readonly first: string;
  private prev: LayoutToken | undefined;
  private unaryPending = false;
  private comments: LayoutToken[] = [];

  constructor(
    private readonly tokens: readonly LayoutToken[],
    private readonly opts: LayoutOptions,
  ) {
    this.w = new LineWriter(' '.repeat(opts.indent));
    tokens.forEach((t, i) => {
      if (!isComment(t)) this.code.push(i);
    });
    this.first = this.code.length ? tokens[this.code[0]].word : '';
    this.frames.push(this.frame('block', 0, 0));
  }

  run(): string {
    for (let k = 0; k < this.tokens.length; k++) {
      const t = this.tokens[k];
      if (isComment(t)) this.comment(t);
      else this.token(k, t);
    }
    this.flushComments();
    return this.w.toString();
  }

  // ---- helpers ------------------------------------------------------------------------------

  private frame(kind: FrameKind, indent: number, closeIndent: number): Frame {
    return { kind, indent, closeIndent, clause: 'none', clauseWord: '', broken: false, listBreakPending: false, condIndent: indent + 1, joinHead: false, between: 0, cases: [] };
  }

  private get top(): Frame {
    return this.frames[this.frames.length - 1];
  }

  private isBlock(f: Frame): boolean {
    return f.kind === 'block' || f.kind === 'set' || f.kind === 'match';
  }

  /** The k-th code token after token index `i` (k = 1: the next one). */
  private next(i: number, k = 1): LayoutToken | undefined {
    let seen = 0;
    for (let j = i + 1; j < this.tokens.length; j++) {
      if (isComment(this.tokens[j])) continue;
      if (++seen === k) return this.tokens[j];
    }
    return undefined;
  }

  private kw(t: LayoutToken | undefined, ...words: string[]): boolean {
    return t !== undefined && t.role === 'keyword' && words.includes(t.word);
  }

  /** Indent for a line that continues the current item. */
  private contIndent(): number {
    for (let i = this.frames.length - 1; i >= 0; i--) {
      const f = this.frames[i];
      if (f.kind === 'list') return f.indent + 1;
      if (this.isBlock(f)) return f.indent + 1;
    }
    return 1;
  }

  private cased(t: LayoutToken): string {
    if ((t.role !== 'keyword' && t.role !== 'type') || this.opts.keywordCase === 'preserve') return t.text;
    return this.opts.keywordCase === 'upper' ? t.text.toUpperCase() : t.text.toLowerCase();
  }

  // ---- comments -----------------------------------------------------------------------------

  private comment(t: LayoutToken): void {
    if (t.ownLine || this.w.empty) {
      this.comments.push(t);
      return;
    }
    this.flushComments();
    this.w.writeTrailing(t.text);
    if (t.role === 'line-comment') {
      if (!this.w.breakPending) this.w.breakLine(this.contIndent());
    }
  }

  /** Own-line comments go on their own lines just before the next token. */
  private flushComments(): void {
    if (this.comments.length === 0) return;
    const indent = this.w.breakPending ? this.w.indent : this.contIndent();
    for (const c of this.comments) {
      this.w.breakLine(indent);
      this.w.write(c.text, false);
    }
    this.w.breakLine(indent);
    this.comments = [];
  }

  // ---- code tokens --------------------------------------------------------------------------

  private emit(t: LayoutToken, space: boolean): void {
    this.flushComments();
    const f = this.top;
    if (f.listBreakPending && !(this.kw(t, 'BY', 'DISTINCT', 'ALL') || t.role === 'hint')) {
      f.listBreakPending = false;
      this.w.breakLine(f.indent + 1);
    }
    this.w.write(this.cased(t), space && !this.unaryPending);
    this.unaryPending = false;
    this.prev = t;
  }

  private spaceBefore(t: LayoutToken): boolean {
    const f = this.top;
    return spaceBetween(this.prev, t, { pattern: f.kind === 'pattern', nameCallsSpaced: this.isBlock(f) && (f.clause === 'none' || (f.clause === 'ddl' && f.clauseWord === 'LIKE')) });
  }

  private token(i: number, t: LayoutToken): void {
    const f = this.top;
    const unary = isSign(this.prev, t);
    if (t.role === 'keyword' && f.cases.length > 0 && this.caseToken(t, f)) {
      this.unaryPending = unary;
      return;
    }
    if (t.role === 'lparen') this.openParen(i, t);
    else if (t.role === 'type-open' || t.role === 'lbracket') this.openInline(t);
    else if (t.role === 'rparen' || t.role === 'type-close' || t.role === 'rbracket') this.closeParen(t);
    else if (this.isBlock(f)) this.blockToken(i, t, f);
    else if (f.kind === 'list' && t.role === 'comma') {
      this.emit(t, false);
      this.w.breakLine(f.indent);
    } else this.emit(t, this.spaceBefore(t));
    if (this.kw(t, 'CASE')) f.cases.push({ broken: this.isBlock(f) && this.caseBranches(i) >= 2, indent: this.w.indent });
    this.unaryPending = unary;
  }

  /** WHEN / ELSE / END of an open CASE; returns true when the token was written. */
  private caseToken(t: LayoutToken, f: Frame): boolean {
    const c = f.cases[f.cases.length - 1];
    if (t.word === 'WHEN' || t.word === 'ELSE') {
      if (c.broken) this.w.breakLine(c.indent + 1);
      return false;
    }
    if (t.word !== 'END') return false;
    f.cases.pop();
    if (c.broken) this.w.breakLine(c.indent);
    this.emit(t, this.spaceBefore(t));
    return true;
  }

  /** Number of WHEN/ELSE branches of the CASE at token `i`. */
  private caseBranches(i: number): number {
    let depth = 0;
    let nested = 0;
    let branches = 0;
    for (let j = i + 1; j < this.tokens.length; j++) {
      const t = this.tokens[j];
      if (t.role === 'lparen' || t.role === 'lbracket') depth++;
      else if (t.role === 'rparen' || t.role === 'rbracket') depth--;
      else if (t.role === 'keyword' && depth === 0) {
        if (t.word === 'CASE') nested++;
        else if (t.word === 'END') {
          if (nested === 0) break;
          nested--;
        } else if (nested === 0 && (t.word === 'WHEN' || t.word === 'ELSE')) branches++;
      }
      if (depth < 0) break;
    }
    return branches;
  }

  /** A token directly in a statement, subquery, statement set or MATCH_RECOGNIZE block. */
  private blockToken(i: number, t: LayoutToken, f: Frame): void {
    const space = this.spaceBefore(t);
    if (t.role === 'semicolon') {
      this.emit(t, false);
      if (f.kind === 'set') {
        f.clause = 'none';
        this.w.breakLine(f.indent);
      } else if (this.frames.length === 1 && this.startsWith('BEGIN', 'STATEMENT', 'SET') && this.code[3] === i) {
        this.frames.push(this.frame('set', 1, 0));
        this.w.breakLine(1);
      }
      return;
    }
    if (t.role !== 'keyword') {
      if (t.role === 'comma') {
        this.emit(t, false);
        if (f.clause === 'list' && f.broken) this.w.breakLine(f.indent + 1);
        else if (f.clause === 'cte') this.w.breakLine(f.indent);
        return;
      }
      this.emit(t, space);
      return;
    }
    const w = t.word;
    // statement sets
    if (w === 'BEGIN' && this.kw(this.prev, 'SET') && f.kind === 'block' && this.frames.length === 1) {
      this.emit(t, space);
      this.frames.push(this.frame('set', f.indent + 1, f.indent));
      this.w.breakLine(f.indent + 1);
      return;
    }
    if (w === 'END' && f.kind === 'set') {
      this.frames.pop();
      this.w.breakLine(f.closeIndent);
      this.emit(t, space);
      return;
    }
    if (f.joinHead) {
      if (w === 'JOIN') f.joinHead = false;
      this.emit(t, space);
      return;
    }
    if (f.cases.length === 0) {
      const clause = this.clauseAt(i, f);
      if (clause) return this.startClause(i, t, f, clause);
    }
    if ((w === 'AND' || w === 'OR') && (f.clause === 'cond' || f.clause === 'on') && f.cases.length === 0) {
      if (w === 'AND' && f.between > 0) f.between--;
      else this.w.breakLine(f.condIndent);
    } else if (w === 'BETWEEN') f.between++;
    this.emit(t, space);
  }

  private startsWith(...words: string[]): boolean {
    return words.every((w, k) => this.kw(this.tokens[this.code[k]], w));
  }

  /** The clause that keyword token `i` starts in frame `f`, if any. */
  private clauseAt(i: number, f: Frame): Clause | 'setop' | 'ddl' | undefined {
    const t = this.tokens[i];
    const w = t.word;
    const n = this.next(i);
    if (f.kind === 'match') {
      if (w === 'MEASURES' || w === 'DEFINE') return 'list';
      if ((w === 'PARTITION' || w === 'ORDER') && this.kw(n, 'BY')) return 'list';
      if (w === 'ONE' || w === 'ALL' || w === 'AFTER' || w === 'PATTERN' || w === 'WITHIN' || w === 'SUBSET') return 'plain';
      return undefined;
    }
    switch (w) {
      case 'SELECT':
      case 'VALUES':
        return 'list';
      case 'FROM':
        return this.kw(this.tokens[this.prevIndex(i)], 'DISTINCT') ? undefined : 'from'; // IS DISTINCT FROM
      case 'WHERE':
      case 'HAVING':
        return 'cond';
      case 'GROUP':
      case 'ORDER':
        return this.kw(n, 'BY') ? 'list' : undefined;
      case 'WINDOW':
      case 'LIMIT':
      case 'OFFSET':
      case 'FETCH':
        return 'plain';
      case 'UNION':
      case 'INTERSECT':
      case 'EXCEPT':
      case 'MINUS':
        return 'setop';
      case 'WITH':
        if (n?.role !== 'lparen') return 'cte';
        return this.isDdl() && f.clause === 'ddl' && this.frames.length === 1 ? 'ddl' : undefined;
      case 'ON':
        return f.clause === 'join' ? 'on' : undefined;
      default:
        break;
    }
    if (f.clause === 'from' || f.clause === 'join' || f.clause === 'on') {
      let j = i;
      while (this.kw(this.tokens[j], 'NATURAL', 'LEFT', 'RIGHT', 'FULL', 'INNER', 'CROSS', 'OUTER')) j = this.nextIndex(j);
      if (this.kw(this.tokens[j], 'JOIN')) return 'join';
    }
    if (DDL_CLAUSES.has(w) && this.isDdl() && f.kind === 'block' && this.frames.length === 1) {
      return w === 'LIKE' && f.clause !== 'none' && f.clause !== 'ddl' ? undefined : 'ddl';
    }
    return undefined;
  }

  /** Index of the code token before `i` (-1 when none). */
  private prevIndex(i: number): number {
    let j = i - 1;
    while (j >= 0 && isComment(this.tokens[j])) j--;
    return j;
  }

  /** Index of the next code token after `i` (tokens.length when none). */
  private nextIndex(i: number): number {
    let j = i + 1;
    while (j < this.tokens.length && isComment(this.tokens[j])) j++;
    return j;
  }

  private isDdl(): boolean {
    return this.first === 'CREATE' || this.first === 'ALTER';
  }

  private startClause(i: number, t: LayoutToken, f: Frame, clause: Clause | 'setop' | 'ddl'): void {
    const blockStart = this.w.empty || this.prev?.role === 'lparen' || (f.kind === 'set' && this.prev?.role === 'semicolon') || this.kw(this.prev, 'BEGIN');
    // The first DDL clause after a column list stays on the line of its `)`.
    const afterList = clause === 'ddl' && f.clause === 'none' && this.prev?.role === 'rparen';
    if (!blockStart && !afterList) this.w.breakLine(clause === 'on' ? f.indent + 1 : f.indent);
    f.between = 0;
    f.clauseWord = t.word;
    if (clause === 'setop') {
      this.emit(t, false);
      f.clause = 'none';
      return;
    }
    if (clause === 'ddl') {
      this.emit(t, afterList);
      f.clause = 'ddl';
      return;
    }
    f.clause = clause;
    f.joinHead = clause === 'join' && t.word !== 'JOIN';
    if (clause === 'on') f.condIndent = f.indent + 2;
    else if (clause === 'cond') f.condIndent = f.indent + 1;
    this.emit(t, !blockStart);
    if (clause === 'list') {
      f.broken = this.listHasSeveralItems(i, f);
      f.listBreakPending = f.broken;
    }
  }

  /** Whether the list clause starting at `i` has a top-level comma before the clause ends. */
  private listHasSeveralItems(i: number, f: Frame): boolean {
    let depth = 0;
    let cases = 0;
    for (let j = i + 1; j < this.tokens.length; j++) {
      const t = this.tokens[j];
      if (isComment(t)) continue;
      if (t.role === 'lparen' || t.role === 'lbracket' || t.role === 'type-open') depth++;
      else if (t.role === 'rparen' || t.role === 'rbracket' || t.role === 'type-close') {
        if (--depth < 0) return false;
      } else if (depth === 0) {
        if (t.role === 'semicolon') return false;
        if (t.role === 'comma') return true;
        if (t.role === 'keyword') {
          if (t.word === 'CASE') cases++;
          else if (t.word === 'END') {
            if (cases === 0) return false;
            cases--;
          } else if (cases === 0 && this.clauseAt(j, { ...f, clause: 'list' })) return false;
        }
      }
    }
    return false;
  }

  // ---- parentheses --------------------------------------------------------------------------

  /** `[` or the `<` of type parameters: an inline group. */
  private openInline(t: LayoutToken): void {
    this.emit(t, this.spaceBefore(t));
    this.frames.push(this.frame('paren', this.w.indent, this.w.indent));
  }

  private openParen(i: number, t: LayoutToken): void {
    const f = this.top;
    const n = this.next(i);
    let kind: FrameKind = 'paren';
    if (this.kw(n, 'SELECT', 'WITH', 'VALUES')) kind = 'block';
    else if (this.kw(this.prev, 'MATCH_RECOGNIZE')) kind = 'match';
    else if (this.kw(this.prev, 'PATTERN') || f.kind === 'pattern') kind = 'pattern';
    else if (this.isBlock(f) && f.kind !== 'match' && n?.role !== 'rparen' && this.opensList()) kind = 'list';
    this.emit(t, kind === 'list' || this.spaceBefore(t));
    const lineIndent = this.w.indent;
    if (kind === 'paren' && this.tooWide(i)) kind = 'list';
    if (kind === 'paren' || kind === 'pattern') {
      this.frames.push(this.frame(kind, lineIndent, lineIndent));
      return;
    }
    this.frames.push(this.frame(kind, lineIndent + 1, lineIndent));
    this.w.breakLine(lineIndent + 1);
  }

  /**
   * Whether the group opened by the `(` at token `i` has top-level commas and would not fit on
   * the current line written inline (an estimate from token lengths: deterministic, which is
   * all idempotence needs). A line comment inside forces it open.
   */
  private tooWide(i: number): boolean {
    let depth = 0;
    let width = 0;
    let commas = false;
    for (let j = i + 1; j < this.tokens.length; j++) {
      const t = this.tokens[j];
      if (t.role === 'line-comment') return true;
      if (t.role === 'lparen' || t.role === 'lbracket' || t.role === 'type-open') depth++;
      else if (t.role === 'rparen' || t.role === 'rbracket' || t.role === 'type-close') {
        if (depth-- === 0) break;
      } else if (t.role === 'comma' && depth === 0) commas = true;
      width += t.text.length + 1;
    }
    return commas && this.w.column + width > (this.opts.lineWidth ?? DEFAULT_LINE_WIDTH);
  }

  /** A `(` that opens a column list, an option list or an ALTER element list. */
  private opensList(): boolean {
    const p = this.prev;
    if (!p || !this.isDdl()) return false;
    if (this.kw(p, 'WITH', 'SET', 'RESET', 'ADD', 'MODIFY')) return true;
    return this.first === 'CREATE' && this.top.clause === 'none' && p.role === 'ident';
  }

  private closeParen(t: LayoutToken): void {
    const f = this.top;
    if (this.frames.length === 1) {
      this.emit(t, false); // unbalanced: cannot happen in a statement that parsed
      return;
    }
    this.frames.pop();
    if (f.kind !== 'paren' && f.kind !== 'pattern') this.w.breakLine(f.closeIndent);
    this.emit(t, false);
  }
}
