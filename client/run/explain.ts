/**
 * Explain: `statements/explain` with the statement's context, shown in the plan view when the
 * extension has one (`tideline.showPlan`), else as a read-only text document
 * (`tideline-explain:` URIs served from memory).
 */
import * as vscode from 'vscode';
import type { EngineHost } from '../engine-host';
import { errorText } from '../views/engine-types';
import { submitContextOf, type DocumentStatement } from './document-statements';
import { statementTitle } from './statement-runs';

export const EXPLAIN_SCHEME = 'tideline-explain';

export interface ExplainResult {
  readonly text: string;
  readonly graph: unknown;
}

export class ExplainDocuments implements vscode.TextDocumentContentProvider, vscode.Disposable {
  private readonly texts = new Map<string, string>();
  private readonly emitter = new vscode.EventEmitter<vscode.Uri>();
  readonly onDidChange = this.emitter.event;
  private readonly registration = vscode.workspace.registerTextDocumentContentProvider(EXPLAIN_SCHEME, this);
  private sequence = 0;

  constructor(private readonly engine: EngineHost) {}

  provideTextDocumentContent(uri: vscode.Uri): string {
    return this.texts.get(uri.toString()) ?? '';
  }

  async explain(doc: vscode.TextDocument, statement: DocumentStatement): Promise<void> {
    let result: ExplainResult;
    try {
      result = await vscode.window.withProgress({ location: vscode.ProgressLocation.Window, title: 'Tideline: explaining…' }, () =>
        this.engine.request<ExplainResult>('statements/explain', { sql: statement.sql, context: submitContextOf(doc, statement).context }),
      );
    } catch (err) {
      void vscode.window.showErrorMessage(`Tideline could not explain the statement: ${errorText(err)}`);
      return;
    }
    const title = statementTitle(statement.sql);
    if ((await vscode.commands.getCommands(true)).includes('tideline.showPlan')) {
      await vscode.commands.executeCommand('tideline.showPlan', { title, text: result.text, graph: result.graph });
      return;
    }
    const uri = vscode.Uri.from({ scheme: EXPLAIN_SCHEME, path: `/plan-${++this.sequence}.txt`, query: encodeURIComponent(title) });
    this.texts.set(uri.toString(), `-- EXPLAIN ${title}\n\n${result.text}\n`);
    const plan = await vscode.workspace.openTextDocument(uri);
    await vscode.window.showTextDocument(plan, { viewColumn: vscode.ViewColumn.Beside, preview: true, preserveFocus: true });
  }

  dispose(): void {
    this.registration.dispose();
    this.emitter.dispose();
  }
}
