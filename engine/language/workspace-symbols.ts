/**
 * Workspace symbols: the statement symbols of every document the server has seen (open
 * documents and .sql files found in the workspace), searched by a fuzzy (subsequence,
 * case-insensitive) query. An open document's symbols replace those read from disk.
 */
import type { Range } from '../diagnostic';
import { documentSymbols, type LanguageSymbol, type LanguageSymbolKind } from './document-symbols';
import type { LanguageDocument } from './language-document';

export interface WorkspaceSymbol {
  readonly name: string;
  readonly kind: LanguageSymbolKind;
  readonly uri: string;
  readonly range: Range;
  /** The statement a CTE belongs to. */
  readonly container?: string;
}

function flatten(uri: string, symbols: readonly LanguageSymbol[], container: string | undefined, out: WorkspaceSymbol[]): void {
  for (const s of symbols) {
    out.push({ name: s.name, kind: s.kind, uri, range: s.selectionRange, ...(container ? { container } : {}) });
    flatten(uri, s.children, s.name, out);
  }
}

/** True when every character of the query appears in the name, in order (case-insensitive). */
export function fuzzyMatch(query: string, name: string): boolean {
  const q = query.toLowerCase();
  const n = name.toLowerCase();
  let j = 0;
  for (let i = 0; i < n.length && j < q.length; i++) if (n[i] === q[j]) j++;
  return j === q.length;
}

/**
 * Symbols by document URI. `update` only records the document: its symbols are computed on the
 * next search (an open document changes on every keystroke; searches are rare).
 */
export class WorkspaceSymbolIndex {
  private readonly byUri = new Map<string, { doc: LanguageDocument; symbols?: WorkspaceSymbol[] }>();

  /** Indexes (or re-indexes) a document. */
  update(uri: string, doc: LanguageDocument): void {
    this.byUri.set(uri, { doc });
  }

  remove(uri: string): void {
    this.byUri.delete(uri);
  }

  has(uri: string): boolean {
    return this.byUri.has(uri);
  }

  get size(): number {
    return this.byUri.size;
  }

  private symbolsOf(uri: string, entry: { doc: LanguageDocument; symbols?: WorkspaceSymbol[] }): WorkspaceSymbol[] {
    if (!entry.symbols) {
      const out: WorkspaceSymbol[] = [];
      flatten(uri, documentSymbols(entry.doc), undefined, out);
      entry.symbols = out;
    }
    return entry.symbols;
  }

  search(query: string, limit = 500): WorkspaceSymbol[] {
    const out: WorkspaceSymbol[] = [];
    for (const [uri, entry] of this.byUri) {
      for (const s of this.symbolsOf(uri, entry)) {
        if (fuzzyMatch(query, s.name)) {
          out.push(s);
          if (out.length >= limit) return out;
        }
      }
    }
    return out;
  }
}
