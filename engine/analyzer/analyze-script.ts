/**
 * A whole file, statement by statement, in order: each statement runs in the current catalog
 * and database that the directive and earlier USE statements give it (catalog/context), and
 * sees the tables and views that earlier CREATE statements declared, through a temporary
 * overlay on the catalog view. Nothing is persisted.
 *
 * ScriptAnalyzer is the stepper (the language server feeds it the statements of an incremental
 * document, each with its own text); analyzeScript runs it over a parsed text.
 */
import type { Diagnostic } from '../diagnostic';
import { parseScript, type ParsedScript, type Statement } from '../sql';
import type { CatalogManager } from '../catalog/manager';
import type { CatalogObject, ObjectPath } from '../catalog/model';
import { qualify, type CurrentContext } from '../catalog/resolve';
import type { ProviderSnapshot } from '../catalog/snapshot';
import { withTemporaryObjects } from '../catalog/merge';
import { useEffectOf } from '../catalog/file-context';
import { applyUse, initialContext, type ContextSettings } from '../catalog/context';
import { parseDirective } from '../catalog/directive';
import { analyzeStatement, type StatementAnalysisWithEffects } from './analyze-statement';

export interface ScriptAnalysis {
  /** Per parsed statement (same order as the script's statements); undefined for statements that did not parse. */
  readonly statements: readonly (StatementAnalysisWithEffects | undefined)[];
  /** The context each statement ran in. */
  readonly contexts: readonly CurrentContext[];
  /** Semantic diagnostics of every statement (syntax diagnostics are the parser's). */
  readonly diagnostics: readonly Diagnostic[];
}

export interface ScriptOptions {
  readonly settings?: ContextSettings;
}

export class ScriptAnalyzer {
  private readonly base: ProviderSnapshot;
  private view: ProviderSnapshot;
  private readonly overlay: { path: ObjectPath; object: CatalogObject }[] = [];
  private readonly createdDatabases = new Set<string>();
  private readonly createdCatalogs = new Set<string>();
  private readonly createdFunctions = new Set<string>();
  private current: CurrentContext;

  constructor(
    private readonly catalog: CatalogManager,
    documentText: string,
    options: ScriptOptions = {},
  ) {
    this.base = catalog.view();
    this.view = this.base;
    this.current = initialContext(parseDirective(documentText).values, options.settings ?? {}, this.defaultDatabaseOf);
  }

  private readonly defaultDatabaseOf = (c: string): string | undefined =>
    this.view.catalogs.get(c)?.info.defaultDatabase ?? (this.createdCatalogs.has(c) ? 'default' : undefined);

  get context(): CurrentContext {
    return this.current;
  }

  /**
   * Analyzes the next statement; `text` is the text its AST offsets index into (the document,
   * or the statement's own text for an incrementally parsed document).
   */
  next(stmt: Statement, text: string): StatementAnalysisWithEffects {
    const current = this.current;
    const r = this.isUseOfCreated(stmt)
      ? { diagnostics: [], info: { names: [], scopes: [] } }
      : analyzeStatement(stmt, { catalog: this.catalog, current, text, view: this.view, functions: this.createdFunctions });
    if (stmt.kind === 'createFunction') this.createdFunctions.add(stmt.name.parts[stmt.name.parts.length - 1].value);
    const effect = useEffectOf(stmt);
    if (effect) this.current = applyUse(current, effect, this.defaultDatabaseOf);
    if (stmt.kind === 'createDatabase') {
      const parts = stmt.name.parts.map((p) => p.value);
      this.createdDatabases.add(parts.length === 2 ? `${parts[0]}.${parts[1]}` : `${current.catalog}.${parts[0]}`);
    }
    if (stmt.kind === 'createCatalog') this.createdCatalogs.add(stmt.name.value);
    if ((stmt.kind === 'createTable' || stmt.kind === 'createView') && 'created' in r && r.created) {
      const path = qualify(stmt.name.parts.map((p) => p.value), current);
      if (path) {
        this.overlay.push({ path, object: r.created });
        this.view = withTemporaryObjects(this.base, this.overlay);
      }
    }
    return r;
  }

  private isUseOfCreated(stmt: Statement): boolean {
    if (stmt.kind === 'useCatalog') return this.createdCatalogs.has(stmt.name.value);
    if (stmt.kind === 'useDatabase') {
      const parts = stmt.name.parts.map((p) => p.value);
      const key = parts.length === 2 ? `${parts[0]}.${parts[1]}` : `${this.current.catalog}.${parts[0]}`;
      return this.createdDatabases.has(key) || (parts.length === 2 && this.createdCatalogs.has(parts[0]));
    }
    return false;
  }
}

export function analyzeScript(input: string | { text: string; script: ParsedScript }, catalog: CatalogManager, options: ScriptOptions = {}): ScriptAnalysis {
  const text = typeof input === 'string' ? input : input.text;
  const script = typeof input === 'string' ? parseScript(input) : input.script;
  const analyzer = new ScriptAnalyzer(catalog, text, options);
  const statements: (StatementAnalysisWithEffects | undefined)[] = [];
  const contexts: CurrentContext[] = [];
  const diagnostics: Diagnostic[] = [];
  for (const s of script.statements) {
    contexts.push(analyzer.context);
    if (!s.statement) {
      statements.push(undefined);
      continue;
    }
    const r = analyzer.next(s.statement, text);
    statements.push(r);
    diagnostics.push(...r.diagnostics);
  }
  return { statements, contexts, diagnostics };
}
