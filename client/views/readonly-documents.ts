/**
 * Read-only text documents served from memory (`tideline-text:` URIs), for text the engine
 * gives (a catalog object's description): no untitled buffer to save, nothing to discard.
 */
import * as vscode from 'vscode';

export const READONLY_SCHEME = 'tideline-text';
/** Documents kept; the oldest are forgotten (an open editor keeps showing its text). */
const KEEP = 50;

export class ReadonlyDocuments implements vscode.TextDocumentContentProvider, vscode.Disposable {
  private readonly texts = new Map<string, string>();
  private readonly registration = vscode.workspace.registerTextDocumentContentProvider(READONLY_SCHEME, this);
  private sequence = 0;

  provideTextDocumentContent(uri: vscode.Uri): string {
    return this.texts.get(uri.toString()) ?? '';
  }

  /** Shows `text` in a read-only editor titled `title` (a file name, e.g. `orders.sql`). */
  async show(title: string, text: string, language?: string): Promise<vscode.TextDocument> {
    const uri = vscode.Uri.from({ scheme: READONLY_SCHEME, path: `/${++this.sequence}/${title.replace(/[\\/]/g, '_')}` });
    this.texts.set(uri.toString(), text);
    if (this.texts.size > KEEP) this.texts.delete(this.texts.keys().next().value!);
    let doc = await vscode.workspace.openTextDocument(uri);
    if (language && doc.languageId !== language) doc = await vscode.languages.setTextDocumentLanguage(doc, language);
    await vscode.window.showTextDocument(doc, { preview: true });
    return doc;
  }

  dispose(): void {
    this.registration.dispose();
  }
}
