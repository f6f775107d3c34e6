/**
 * The statements of an open document as the editor features see them: engine/sql's splitter
 * (so lenses, Ctrl+Enter and the language server agree on where a statement begins and ends),
 * with VS Code ranges, and the context each one is submitted with (engine/catalog/run-context.ts).
 */
import * as vscode from 'vscode';
import { parseDirective } from '../../engine/catalog/directive';
import { runContexts, type RunContext } from '../../engine/catalog/run-context';
import { splitStatements, type StatementSlice } from '../../engine/sql/split/split-statements';
import type { StatementContext } from '../views/engine-types';

export interface DocumentStatement {
  readonly index: number;
  readonly slice: StatementSlice;
  /** From the first code character to the last (the `;` excluded). */
  readonly range: vscode.Range;
  readonly sql: string;
}

interface Parsed {
  readonly version: number;
  readonly statements: DocumentStatement[];
  contexts?: RunContext[];
}

const cache = new WeakMap<vscode.TextDocument, Parsed>();

function parsed(doc: vscode.TextDocument): Parsed {
  const hit = cache.get(doc);
  if (hit && hit.version === doc.version) return hit;
  const text = doc.getText();
  const statements = splitStatements(text).map((slice, index) => ({
    index,
    slice,
    range: new vscode.Range(doc.positionAt(slice.start), doc.positionAt(slice.end)),
    sql: text.slice(slice.start, slice.end),
  }));
  const entry: Parsed = { version: doc.version, statements };
  cache.set(doc, entry);
  return entry;
}

export function documentStatements(doc: vscode.TextDocument): DocumentStatement[] {
  return parsed(doc).statements;
}

/**
 * The statement at a position: the one containing it (its `;` included), else the last one
 * that starts before it on an earlier line or the same one, else the first after it.
 */
export function statementAt(doc: vscode.TextDocument, position: vscode.Position): DocumentStatement | undefined {
  const statements = documentStatements(doc);
  const offset = doc.offsetAt(position);
  const containing = statements.find((s) => s.slice.start <= offset && offset <= s.slice.end + (s.slice.terminated ? 1 : 0));
  if (containing) return containing;
  const before = statements.filter((s) => s.slice.start <= offset).pop();
  if (before && before.range.end.line === position.line) return before;
  return statements.find((s) => s.slice.start > offset) ?? before;
}

/** The statements inside a selection (overlapping it), in order. */
export function statementsIn(doc: vscode.TextDocument, selection: vscode.Range): DocumentStatement[] {
  return documentStatements(doc).filter((s) => {
    const overlap = s.range.intersection(selection);
    return overlap !== undefined && !overlap.isEmpty;
  });
}

/** The context a statement runs with (computed once per document version for all statements). */
export function runContextOf(doc: vscode.TextDocument, statement: DocumentStatement): RunContext {
  const p = parsed(doc);
  p.contexts ??= runContexts(doc.getText(), p.statements.map((s) => s.slice));
  return p.contexts[statement.index] ?? { settings: {} };
}

/** The engine API's `context` of a statement (statements/submit, statements/explain). */
export type SubmitContext = StatementContext & {
  readonly file: string;
  /** 1-based line of the statement's first character. */
  readonly line: number;
  /** SET values in effect. */
  readonly settings: Readonly<Record<string, string>>;
};

/** The pool (when the directive names one) and the context a statement is submitted or explained with. */
export function submitContextOf(doc: vscode.TextDocument, statement: DocumentStatement): { pool?: string; context: SubmitContext } {
  const c = runContextOf(doc, statement);
  return {
    ...(c.pool !== undefined ? { pool: c.pool } : {}),
    context: {
      ...(c.catalog !== undefined ? { catalog: c.catalog } : {}),
      ...(c.database !== undefined ? { database: c.database } : {}),
      file: vscode.workspace.asRelativePath(doc.uri),
      line: statement.range.start.line + 1,
      settings: c.settings,
    },
  };
}

/** The pool a file's statements run in: its directive's, else the engine's default. */
export function poolOf(doc: vscode.TextDocument): string {
  return parseDirective(doc.getText()).values.pool ?? 'default';
}
