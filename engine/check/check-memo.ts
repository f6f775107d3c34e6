/**
 * What the last check of a document found per statement, for the next check of the same
 * document: a statement whose AST is the same object (the incremental document keeps the parse
 * of every statement whose text did not change) and that runs in the same ScriptState as last
 * time gets last time's semantic diagnostics without being analyzed again. A statement that
 * leaves the state alone (a query, an INSERT) hands the same state on, so an edit in a query
 * re-analyzes that query only; an edit in a CREATE or USE re-analyzes it and what follows.
 * The memo is dropped when the catalog view, the settings or the file's directive change.
 */
import type { Diagnostic } from '../diagnostic';
import type { Statement } from '../sql';
import type { CatalogManager } from '../catalog/manager';
import type { ContextSettings } from '../catalog/context';
import { parseDirective } from '../catalog/directive';
import { ScriptAnalyzer, type ScriptState } from '../analyzer';

interface Entry {
  readonly before: ScriptState;
  readonly after: ScriptState;
  /** Statement-relative, as the analyzer reports them. */
  readonly diagnostics: readonly Diagnostic[];
}

export class CheckMemo {
  private key: readonly unknown[] = [];
  private initial: ScriptState | undefined;
  private entries = new Map<Statement, Entry[]>();
  private next = new Map<Statement, Entry[]>();
  private analyzer: ScriptAnalyzer | undefined;
  private catalog: CatalogManager | undefined;
  private settings: ContextSettings = {};
  private text = '';
  /** Statements analyzed (not answered from the memo) since the memo was created. */
  analyzed = 0;

  /** Starts a check of `text`; returns the state its first statement runs in. */
  begin(catalog: CatalogManager, text: string, settings: ContextSettings): ScriptState {
    const key = [catalog, catalog.view(), JSON.stringify(settings), JSON.stringify(parseDirective(text).values)];
    if (!this.initial || key.length !== this.key.length || key.some((k, i) => k !== this.key[i])) {
      this.key = key;
      this.entries = new Map();
      this.initial = new ScriptAnalyzer(catalog, text, { settings }).state;
    }
    this.catalog = catalog;
    this.settings = settings;
    this.text = text;
    this.analyzer = undefined;
    this.next = new Map();
    return this.initial;
  }

  /** The semantic diagnostics of `ast` run in `before` (statement-relative), and the state after it. */
  step(ast: Statement, statementText: string, before: ScriptState): Entry {
    let entry = this.entries.get(ast)?.find((e) => e.before === before);
    if (!entry) {
      if (this.analyzer?.state !== before) this.analyzer = new ScriptAnalyzer(this.catalog!, this.text, { settings: this.settings }, before);
      const diagnostics = this.analyzer.next(ast, statementText).diagnostics;
      this.analyzed++;
      entry = { before, after: this.analyzer.state, diagnostics };
    }
    const list = this.next.get(ast);
    if (list) list.push(entry);
    else this.next.set(ast, [entry]);
    return entry;
  }

  /** Ends a check: only what this check used is kept for the next one. */
  end(): void {
    this.entries = this.next;
    this.next = new Map();
    this.analyzer = undefined;
  }
}
