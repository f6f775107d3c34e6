/**
 * The incremental document model: the text, its statements, and one parse result per statement.
 *
 * After an edit only the stretch of text that changed is split again: splitting resumes at the
 * start of the statement the edit begins in and stops as soon as a statement starts where an old
 * statement (after the edit) started, shifted by the edit's length; statements before the edit
 * are kept as they are and statements after it are moved. Only statements whose text is new are
 * parsed: results are cached by statement text (with reference counts, plus a small bounded
 * memory of recently removed texts, so undo and cut/paste do not re-parse), so a statement that
 * moved, or that reappears, is not parsed again. Parsing is lazy: a statement is parsed when
 * its `result` is first read, so splitting a large file costs no parse, and a reader that
 * needs only some statements (the first diagnostics of the part in view, a completion) parses
 * only those. Positions are re-based by each statement's offset, so a reused result stays
 * correct wherever its statement now sits.
 *
 * Contract for the parse function `(text) => R`:
 * - it receives exactly the statement text `text.slice(slice.start, slice.end)` (no `;`, no
 *   leading trivia) and reports positions relative to that text (offset 0 = `slice.start`);
 *   convert with `statement.toDocumentOffset` / `toDocumentPosition`;
 * - it is pure: the same text always yields an equivalent result, and it never throws
 *   (a throw propagates out of `update`);
 * - results are shared between versions and between equal statements, so treat them as
 *   immutable.
 */
import type { TextDocumentContentChangeEvent } from 'vscode-languageserver-textdocument';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { Position, Range } from '../../diagnostic';
import { scanStatements, type StatementSlice } from '../split/split-statements';

export type ParseFn<R> = (statementText: string) => R;

export interface DocumentStatement<R> {
  readonly index: number;
  readonly slice: StatementSlice;
  readonly text: string;
  readonly result: R;
  /** Document range of the statement's code (start of first token to end of last). */
  readonly range: Range;
  /** Converts an offset relative to the statement text into a document offset. */
  toDocumentOffset(relative: number): number;
  /** Converts a position relative to the statement text into a document position. */
  toDocumentPosition(relative: Position): Position;
}

/** How many removed statement results are remembered for undo and cut/paste. */
const RECENTLY_REMOVED = 256;

export class SqlDocument<R> {
  private doc: TextDocument;
  private stmts: DocumentStatement<R>[] = [];
  private readonly live = new Map<string, Cell<R>>();
  private readonly removed = new Map<string, R>();
  private parses = 0;

  constructor(
    private readonly parse: ParseFn<R>,
    text = '',
  ) {
    this.doc = TextDocument.create('tideline:document', 'flinksql', 0, text);
    this.resplit(0, 0, text.length);
  }

  get text(): string {
    return this.doc.getText();
  }

  get version(): number {
    return this.doc.version;
  }

  get statements(): readonly DocumentStatement<R>[] {
    return this.stmts;
  }

  /** How many times the parse function has been called over this document's life (results are parsed when first read). */
  get parseCount(): number {
    return this.parses;
  }

  /** Replaces the whole text (only the part that differs is split and parsed again). */
  update(text: string): void {
    const old = this.doc.getText();
    this.doc = TextDocument.create('tideline:document', 'flinksql', this.doc.version + 1, text);
    this.afterEdit(old);
  }

  /**
   * Applies LSP content changes (incremental ranges or full text), in order. The changed region
   * comes from the change ranges themselves, so an edit costs the statements it touches, not a
   * scan of the whole text.
   */
  applyChanges(changes: TextDocumentContentChangeEvent[], version = this.doc.version + 1): void {
    const oldLength = this.doc.getText().length;
    // Invariant: old[0, from) == new[0, from) and old[oldTo, ...) == new[newTo, ...).
    let from = oldLength;
    let oldTo = 0;
    let newTo = 0;
    for (const change of changes) {
      const current = this.doc.getText().length;
      const s = 'range' in change ? this.doc.offsetAt(change.range.start) : 0;
      const e = 'range' in change ? this.doc.offsetAt(change.range.end) : current;
      const d = change.text.length - (e - s);
      from = Math.min(from, s);
      if (e <= newTo) newTo += d;
      else {
        oldTo += e - newTo;
        newTo = e + d;
      }
      this.doc = TextDocument.update(this.doc, [change], version);
    }
    if (from > newTo) return; // nothing changed
    this.resplit(from, Math.max(oldTo, from), Math.max(newTo, from));
  }

  positionAt(offset: number): Position {
    return this.doc.positionAt(offset);
  }

  offsetAt(position: Position): number {
    return this.doc.offsetAt(position);
  }

  /**
   * The statement under the cursor: the one containing `offset`, else the one ending just before
   * it on the same stretch of trivia (a cursor after `SELECT 1|;` or after the last statement).
   */
  statementAt(at: number | Position): DocumentStatement<R> | undefined {
    const offset = typeof at === 'number' ? at : this.doc.offsetAt(at);
    const k = this.lastStartingAtOrBefore(offset);
    return k >= 0 ? this.stmts[k] : undefined;
  }

  /** Index of the last statement whose start is <= offset (-1 when none). */
  private lastStartingAtOrBefore(offset: number): number {
    let lo = 0;
    let hi = this.stmts.length - 1;
    let best = -1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (this.stmts[mid].slice.start <= offset) {
        best = mid;
        lo = mid + 1;
      } else hi = mid - 1;
    }
    return best;
  }

  /** Finds what changed between `old` and the current text and re-splits only that. */
  private afterEdit(old: string): void {
    const text = this.doc.getText();
    const max = Math.min(old.length, text.length);
    let prefix = 0;
    while (prefix < max && old.charCodeAt(prefix) === text.charCodeAt(prefix)) prefix++;
    let suffix = 0;
    while (suffix < max - prefix && old.charCodeAt(old.length - 1 - suffix) === text.charCodeAt(text.length - 1 - suffix)) suffix++;
    if (prefix === old.length && prefix === text.length) return; // no change
    this.resplit(prefix, old.length - suffix, text.length - suffix);
  }

  /**
   * Old text [from, oldTo) became new text [from, newTo). Keeps the statements that start before
   * the statement `from` falls in, splits from that statement's start (the scanner's state is
   * clean at every statement start, and the text up to there did not change), and stops as soon
   * as a new statement starts after the edit exactly where an old one started (shifted by the
   * edit's length): from there on the text, and so the split, are the old ones.
   */
  private resplit(from: number, oldTo: number, newTo: number): void {
    const text = this.doc.getText();
    const delta = newTo - oldTo;
    const prev = this.stmts;
    const k = Math.max(0, this.lastStartingAtOrBefore(from - 1));
    const restart = k === 0 ? 0 : prev[k].slice.start;

    const fresh: StatementSlice[] = [];
    let j = k; // walks the old statements in step with the new split
    let resync = -1;
    scanStatements(text, restart, (slice) => {
      if (slice.start >= newTo) {
        const oldStart = slice.start - delta;
        while (j < prev.length && prev[j].slice.start < oldStart) j++;
        if (j < prev.length && prev[j].slice.start === oldStart) {
          resync = j;
          return false;
        }
      }
      fresh.push(slice);
      return true;
    });

    const next: DocumentStatement<R>[] = prev.slice(0, k);
    for (const s of fresh) next.push(this.makeStatement(next.length, s, this.cellFor(text.slice(s.start, s.end))));
    if (resync >= 0) {
      for (let i = resync; i < prev.length; i++) {
        const o = prev[i];
        const s = { start: o.slice.start + delta, end: o.slice.end + delta, terminated: o.slice.terminated };
        next.push(this.makeStatement(next.length, s, (o as Statement<R>).cell));
      }
    }
    // release the results of the old statements that were split again
    const replacedEnd = resync >= 0 ? resync : prev.length;
    for (let i = k; i < replacedEnd; i++) this.release(prev[i].text);
    this.stmts = next;
  }

  private cellFor(text: string): Cell<R> {
    const live = this.live.get(text);
    if (live) {
      live.count++;
      return live;
    }
    const cell: Cell<R> = { text, count: 1, parsed: this.removed.has(text), result: this.removed.get(text) };
    this.removed.delete(text);
    this.live.set(text, cell);
    return cell;
  }

  /** The result of a cell, parsed now if it was not yet. */
  private readonly resultOf = (cell: Cell<R>): R => {
    if (!cell.parsed) {
      this.parses++;
      cell.result = this.parse(cell.text);
      cell.parsed = true;
    }
    return cell.result as R;
  };

  private release(text: string): void {
    const live = this.live.get(text);
    if (!live) return;
    if (--live.count > 0) return;
    this.live.delete(text);
    if (!live.parsed) return;
    this.removed.set(text, live.result as R);
    if (this.removed.size > RECENTLY_REMOVED) this.removed.delete(this.removed.keys().next().value as string);
  }

  private makeStatement(index: number, slice: StatementSlice, cell: Cell<R>): DocumentStatement<R> {
    return new Statement(this.doc, index, slice, cell, this.resultOf);
  }
}

/** The parse result of one statement text, shared by every statement with that text. */
interface Cell<R> {
  readonly text: string;
  count: number;
  parsed: boolean;
  result: R | undefined;
}

/** A statement of one document version; positions are computed when first asked for. */
class Statement<R> implements DocumentStatement<R> {
  private startPos: Position | undefined;
  private rangeCache: Range | undefined;

  constructor(
    private readonly doc: TextDocument,
    readonly index: number,
    readonly slice: StatementSlice,
    readonly cell: Cell<R>,
    private readonly resultOf: (cell: Cell<R>) => R,
  ) {}

  get text(): string {
    return this.cell.text;
  }

  get result(): R {
    return this.resultOf(this.cell);
  }

  get range(): Range {
    this.rangeCache ??= { start: this.start(), end: this.doc.positionAt(this.slice.end) };
    return this.rangeCache;
  }

  toDocumentOffset(relative: number): number {
    return this.slice.start + relative;
  }

  toDocumentPosition(p: Position): Position {
    const s = this.start();
    return p.line === 0 ? { line: s.line, character: s.character + p.character } : { line: s.line + p.line, character: p.character };
  }

  private start(): Position {
    this.startPos ??= this.doc.positionAt(this.slice.start);
    return this.startPos;
  }
}
