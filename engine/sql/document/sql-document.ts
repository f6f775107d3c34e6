/**
 * The incremental document model: the text, its statements, and one parse result per statement.
 *
 * `update` re-splits the whole text (cheap: one char-code pass) and parses only statements whose
 * text is new; results for statement texts seen in the previous version are reused even when the
 * statement moved (cache keyed by statement text). Positions are re-based by each statement's
 * offset, so a reused result stays correct wherever its statement now sits.
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
import { splitStatements, type StatementSlice } from '../split/split-statements';

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

export class SqlDocument<R> {
  private doc: TextDocument;
  private stmts: DocumentStatement<R>[] = [];
  private cache = new Map<string, R>();
  private parses = 0;

  constructor(
    private readonly parse: ParseFn<R>,
    text = '',
  ) {
    this.doc = TextDocument.create('tideline:document', 'flinksql', 0, text);
    this.rebuild();
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

  /** How many times the parse function has been called over this document's life. */
  get parseCount(): number {
    return this.parses;
  }

  /** Replaces the whole text. */
  update(text: string): void {
    this.doc = TextDocument.create('tideline:document', 'flinksql', this.doc.version + 1, text);
    this.rebuild();
  }

  /** Applies LSP content changes (incremental ranges or full text), in order. */
  applyChanges(changes: TextDocumentContentChangeEvent[], version = this.doc.version + 1): void {
    this.doc = TextDocument.update(this.doc, changes, version);
    this.rebuild();
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
    let lo = 0;
    let hi = this.stmts.length - 1;
    let best: DocumentStatement<R> | undefined;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (this.stmts[mid].slice.start <= offset) {
        best = this.stmts[mid];
        lo = mid + 1;
      } else hi = mid - 1;
    }
    return best;
  }

  private rebuild(): void {
    const text = this.doc.getText();
    const slices = splitStatements(text);
    const next = new Map<string, R>();
    const stmts: DocumentStatement<R>[] = [];
    for (let index = 0; index < slices.length; index++) {
      const slice = slices[index];
      const stmtText = text.slice(slice.start, slice.end);
      let result = next.get(stmtText);
      if (result === undefined && !next.has(stmtText)) {
        if (this.cache.has(stmtText)) result = this.cache.get(stmtText) as R;
        else {
          this.parses++;
          result = this.parse(stmtText);
        }
        next.set(stmtText, result as R);
      }
      stmts.push(this.makeStatement(index, slice, stmtText, result as R));
    }
    this.cache = next;
    this.stmts = stmts;
  }

  private makeStatement(index: number, slice: StatementSlice, text: string, result: R): DocumentStatement<R> {
    const doc = this.doc;
    const startPos = doc.positionAt(slice.start);
    return {
      index,
      slice,
      text,
      result,
      range: { start: startPos, end: doc.positionAt(slice.end) },
      toDocumentOffset: (relative) => slice.start + relative,
      toDocumentPosition: (p) =>
        p.line === 0
          ? { line: startPos.line, character: startPos.character + p.character }
          : { line: startPos.line + p.line, character: p.character },
    };
  }
}
