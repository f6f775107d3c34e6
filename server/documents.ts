/**
 * The open documents: one incremental LanguageDocument per URI, updated from LSP's
 * didOpen/didChange/didClose (incremental changes: only changed statements re-parse).
 */
import type { TextDocumentContentChangeEvent } from 'vscode-languageserver-textdocument';
import { createLanguageDocument, type LanguageDocument } from '../engine/language';
import { CheckMemo } from '../engine/check/check-memo';

export interface OpenDocument {
  readonly uri: string;
  readonly doc: LanguageDocument;
  /** The client's version of the text in `doc`. */
  version: number;
  /** The last diagnostics check's per-statement results, reused by the next check. */
  readonly checks: CheckMemo;
}

export class OpenDocuments {
  private readonly byUri = new Map<string, OpenDocument>();

  open(uri: string, version: number, text: string): OpenDocument {
    const d: OpenDocument = { uri, doc: createLanguageDocument(text), version, checks: new CheckMemo() };
    this.byUri.set(uri, d);
    return d;
  }

  change(uri: string, version: number, changes: TextDocumentContentChangeEvent[]): OpenDocument | undefined {
    const d = this.byUri.get(uri);
    if (!d) return undefined;
    d.doc.applyChanges(changes);
    d.version = version;
    return d;
  }

  close(uri: string): void {
    this.byUri.delete(uri);
  }

  get(uri: string): OpenDocument | undefined {
    return this.byUri.get(uri);
  }

  uris(): string[] {
    return [...this.byUri.keys()];
  }
}
