/**
 * Problems the engine found when a statement was submitted or while it ran, as diagnostics
 * (source `tideline-engine`) on the statement: the analysis errors of a refused submit
 * (ranges relative to the submitted SQL, moved to the statement's place in the file), or the
 * reason of a FAILED statement over the whole statement. Running the statement again clears
 * them; so does editing the statement away.
 */
import * as vscode from 'vscode';
import type { SubmitDiagnostic } from './results-wire';
import type { DocumentStatement } from './document-statements';

export const ENGINE_DIAGNOSTIC_SOURCE = 'tideline-engine';

const SEVERITY: Record<SubmitDiagnostic['severity'], vscode.DiagnosticSeverity> = {
  error: vscode.DiagnosticSeverity.Error,
  warning: vscode.DiagnosticSeverity.Warning,
};

export class EngineDiagnostics implements vscode.Disposable {
  private readonly collection = vscode.languages.createDiagnosticCollection(ENGINE_DIAGNOSTIC_SOURCE);
  /** uri -> statement SQL -> its diagnostics. */
  private readonly byStatement = new Map<string, Map<string, vscode.Diagnostic[]>>();
  private readonly subscription = vscode.workspace.onDidChangeTextDocument((e) => this.prune(e.document));

  /** Clears what an earlier run of this statement left. */
  clear(doc: vscode.TextDocument, statement: DocumentStatement): void {
    if (this.byStatement.get(doc.uri.toString())?.delete(statement.sql)) this.publish(doc.uri);
  }

  /** The analysis errors of a refused submit (ranges relative to the statement's SQL). */
  setFromSubmit(doc: vscode.TextDocument, statement: DocumentStatement, diagnostics: readonly SubmitDiagnostic[], fallback: string): void {
    const base = statement.range.start;
    const at = (p: { line: number; character: number }) =>
      new vscode.Position(base.line + p.line, p.line === 0 ? base.character + p.character : p.character);
    const list = diagnostics.map((d) => this.make(new vscode.Range(at(d.range.start), at(d.range.end)), d.message, SEVERITY[d.severity] ?? vscode.DiagnosticSeverity.Error));
    if (list.length === 0) list.push(this.make(statement.range, fallback, vscode.DiagnosticSeverity.Error));
    this.set(doc, statement, list);
  }

  /** A statement that failed while running: its reason over the statement. */
  setFailed(doc: vscode.TextDocument, statement: DocumentStatement, reason: string): void {
    this.set(doc, statement, [this.make(statement.range, reason, vscode.DiagnosticSeverity.Error)]);
  }

  dispose(): void {
    this.subscription.dispose();
    this.collection.dispose();
  }

  private make(range: vscode.Range, message: string, severity: vscode.DiagnosticSeverity): vscode.Diagnostic {
    const d = new vscode.Diagnostic(range, message, severity);
    d.source = ENGINE_DIAGNOSTIC_SOURCE;
    return d;
  }

  private set(doc: vscode.TextDocument, statement: DocumentStatement, list: vscode.Diagnostic[]): void {
    const key = doc.uri.toString();
    let map = this.byStatement.get(key);
    if (!map) this.byStatement.set(key, (map = new Map()));
    map.set(statement.sql, list);
    this.publish(doc.uri);
  }

  private prune(doc: vscode.TextDocument): void {
    const map = this.byStatement.get(doc.uri.toString());
    if (!map || map.size === 0) return;
    const text = doc.getText();
    let changed = false;
    for (const sql of [...map.keys()]) {
      if (!text.includes(sql)) {
        map.delete(sql);
        changed = true;
      }
    }
    if (changed) this.publish(doc.uri);
  }

  private publish(uri: vscode.Uri): void {
    const map = this.byStatement.get(uri.toString());
    this.collection.set(uri, map ? [...map.values()].flat() : []);
  }
}
