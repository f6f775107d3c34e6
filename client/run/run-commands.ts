/**
 * The editor's run commands (contributed in package.json; the lenses pass `[uri, line]`,
 * the keybinding and the palette act on the active editor's cursor):
 * tideline.runStatement / runSelection / runFile / stopStatement / explainStatement, and the
 * chips' tideline.pickPool / pickCatalog.
 */
import * as vscode from 'vscode';
import { isContextStatement } from '../../engine/catalog/run-context';
import type { EngineHost } from '../engine-host';
import { pickCatalog, pickPool } from './directive-picker';
import { documentStatements, runContextOf, statementAt, statementsIn, type DocumentStatement } from './document-statements';
import type { ExplainDocuments } from './explain';
import { isActive, statementTitle, type Run, type StatementRuns } from './statement-runs';

async function targetDocument(uri: unknown): Promise<vscode.TextDocument | undefined> {
  if (typeof uri === 'string' || uri instanceof vscode.Uri) {
    const u = typeof uri === 'string' ? vscode.Uri.parse(uri) : uri;
    return vscode.workspace.textDocuments.find((d) => d.uri.toString() === u.toString()) ?? vscode.workspace.openTextDocument(u);
  }
  const doc = vscode.window.activeTextEditor?.document;
  if (!doc || doc.languageId !== 'flinksql') {
    void vscode.window.showWarningMessage('Tideline: open a Flink SQL file (.sql, .fsql, .flink.sql) and put the cursor in a statement.');
    return undefined;
  }
  return doc;
}

async function target(uri: unknown, line: unknown): Promise<{ doc: vscode.TextDocument; statement: DocumentStatement } | undefined> {
  const doc = await targetDocument(uri);
  if (!doc) return undefined;
  const editor = vscode.window.activeTextEditor;
  const position =
    typeof line === 'number' ? new vscode.Position(line, 0) : editor?.document === doc ? editor.selection.active : new vscode.Position(0, 0);
  const statement = typeof line === 'number' ? documentStatements(doc).find((s) => s.range.start.line === line) ?? statementAt(doc, position) : statementAt(doc, position);
  if (!statement) {
    void vscode.window.showWarningMessage(`Tideline: ${vscode.workspace.asRelativePath(doc.uri)} has no statement to run.`);
    return undefined;
  }
  return { doc, statement };
}

/**
 * Runs statements in order. Each DDL or other quick statement is waited for until it ends; a
 * query or INSERT until it started (a streaming one never ends). Stops at the first statement
 * that is refused or fails.
 */
async function runInOrder(runs: StatementRuns, doc: vscode.TextDocument, statements: readonly DocumentStatement[]): Promise<Run[]> {
  const started: Run[] = [];
  for (const statement of statements) {
    // USE / SET / RESET are not submitted: their effect travels with the statements after them.
    if (isContextStatement(statement.sql)) continue;
    const run = await runs.run(doc, statement);
    if (!run) break;
    started.push(run);
    // As Flink's SQL client: INSERTs run on while the next statements go, unless
    // SET 'table.dml-sync' = 'true' says to wait for each to finish.
    if (run.view.kind === 'insert' && runContextOf(doc, statement).settings['table.dml-sync'] === 'true') await runs.waitForEnd(run);
    if (run.view.phase === 'FAILED') {
      void vscode.window.showErrorMessage(
        `Tideline stopped running ${vscode.workspace.asRelativePath(doc.uri)} at line ${statement.range.start.line + 1} (${statementTitle(statement.sql)}): ${run.view.reason ?? 'it failed'}`,
      );
      break;
    }
  }
  return started;
}

export function registerRunCommands(engine: EngineHost, runs: StatementRuns, explain: ExplainDocuments): vscode.Disposable {
  return vscode.Disposable.from(
    vscode.commands.registerCommand('tideline.runStatement', async (uri?: unknown, line?: unknown) => {
      const t = await target(uri, line);
      return t ? runs.run(t.doc, t.statement) : undefined;
    }),
    vscode.commands.registerCommand('tideline.runSelection', async () => {
      const editor = vscode.window.activeTextEditor;
      const doc = await targetDocument(undefined);
      if (!editor || !doc) return [];
      const statements = editor.selection.isEmpty ? [statementAt(doc, editor.selection.active)].filter((s) => s !== undefined) : statementsIn(doc, editor.selection);
      return runInOrder(runs, doc, statements);
    }),
    vscode.commands.registerCommand('tideline.runFile', async (uri?: unknown) => {
      const doc = await targetDocument(uri);
      return doc ? runInOrder(runs, doc, documentStatements(doc)) : [];
    }),
    vscode.commands.registerCommand('tideline.stopStatement', async (uri?: unknown, line?: unknown) => {
      const t = await target(uri, line);
      const run = t && runs.runOf(t.doc, t.statement);
      if (!run || !isActive(run)) {
        if (t) vscode.window.setStatusBarMessage('Tideline: that statement is not running', 3000);
        return;
      }
      await runs.stop(run);
    }),
    vscode.commands.registerCommand('tideline.explainStatement', async (uri?: unknown, line?: unknown) => {
      const t = await target(uri, line);
      if (t) await explain.explain(t.doc, t.statement);
    }),
    vscode.commands.registerCommand('tideline.pickPool', async (uri?: unknown) => {
      const doc = await targetDocument(uri);
      if (doc) await pickPool(engine, doc);
    }),
    vscode.commands.registerCommand('tideline.pickCatalog', async (uri?: unknown) => {
      const doc = await targetDocument(uri);
      if (doc) await pickCatalog(engine, doc);
    }),
  );
}
