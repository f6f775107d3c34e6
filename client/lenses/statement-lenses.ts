/**
 * The code lenses above every statement: `▶ Run` (`■ Stop` while it runs), `Explain`, and two
 * chips, the pool (`⛁ default`) and the catalog and database (`examples.marketplace`), which
 * open quick picks that write the file's directive. Statements come from engine/sql's
 * splitter (client/run/document-statements.ts); the lenses change when a run's phase does.
 */
import * as vscode from 'vscode';
import { DEFAULT_CATALOG, DEFAULT_DATABASE } from '../../engine/catalog/context';
import { documentStatements, runContextOf } from '../run/document-statements';
import { isActive, type StatementRuns } from '../run/statement-runs';

/** A lens command's arguments: the document and the 0-based line of the statement. */
export type StatementArgs = [uri: string, line: number];

export class StatementLenses implements vscode.CodeLensProvider, vscode.Disposable {
  private readonly emitter = new vscode.EventEmitter<void>();
  readonly onDidChangeCodeLenses = this.emitter.event;
  private readonly phases = new Map<string, string>();
  private readonly subscription: vscode.Disposable;

  constructor(private readonly runs: StatementRuns) {
    // Re-render on phase changes only, not on every results batch.
    this.subscription = runs.onDidChange((run) => {
      if (this.phases.get(run.name) === run.view.phase) return;
      this.phases.set(run.name, run.view.phase);
      this.emitter.fire();
    });
  }

  provideCodeLenses(doc: vscode.TextDocument): vscode.CodeLens[] {
    const lenses: vscode.CodeLens[] = [];
    const runs = this.runs.runsOf(doc);
    for (const statement of documentStatements(doc)) {
      const at = new vscode.Range(statement.range.start, statement.range.start);
      const args: StatementArgs = [doc.uri.toString(), statement.range.start.line];
      const running = isActive(runs.get(statement.index));
      lenses.push(
        new vscode.CodeLens(at, running
          ? { title: '■ Stop', tooltip: 'Stop this statement', command: 'tideline.stopStatement', arguments: args }
          : { title: '▶ Run', tooltip: 'Run this statement (Ctrl+Enter)', command: 'tideline.runStatement', arguments: args }),
        new vscode.CodeLens(at, { title: 'Explain', tooltip: 'Show the logical and physical plan', command: 'tideline.explainStatement', arguments: args }),
      );
      const context = runContextOf(doc, statement);
      const catalog = context.catalog ?? DEFAULT_CATALOG;
      const where = context.database !== undefined ? `${catalog}.${context.database}` : context.catalog !== undefined ? catalog : `${DEFAULT_CATALOG}.${DEFAULT_DATABASE}`;
      lenses.push(
        new vscode.CodeLens(at, { title: `⛁ ${context.pool ?? 'default'}`, tooltip: 'Compute pool: click to choose', command: 'tideline.pickPool', arguments: [doc.uri.toString()] }),
        new vscode.CodeLens(at, { title: where, tooltip: 'Catalog and database: click to choose', command: 'tideline.pickCatalog', arguments: [doc.uri.toString()] }),
      );
    }
    return lenses;
  }

  dispose(): void {
    this.subscription.dispose();
    this.emitter.dispose();
  }
}
