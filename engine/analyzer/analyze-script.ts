/**
 * A whole file, statement by statement, in order: each statement runs in the current catalog
 * and database that the directive and earlier USE statements give it (catalog/context), and
 * sees the tables and views that earlier CREATE statements declared, through a temporary
 * overlay on the catalog view. Nothing is persisted.
 *
 * ScriptAnalyzer is the stepper (the language server feeds it the statements of an incremental
 * document, each with its own text); analyzeScript runs it over a parsed text. Its state after
 * each statement is an immutable ScriptState, so callers can memoize statements by (AST, state
 * before) and resume an analyzer from any state (see engine/check/check-memo.ts).
 */
import type { Diagnostic } from '../diagnostic';
import { parseScript, type ParsedScript, type Statement } from '../sql';
import type { CatalogManager } from '../catalog/manager';
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

/**
 * What the statements so far left behind for the ones after them: immutable, replaced (never
 * changed) by a statement that changes it, so a statement that leaves it alone hands the same
 * object on. The catalog view is built incrementally: each CREATE TABLE/VIEW lays one object
 * over the view before it (not all earlier ones over the base again).
 */
export interface ScriptState {
  /** The catalog view with the file's earlier CREATE TABLE/VIEW laid over it. */
  readonly view: ProviderSnapshot;
  readonly current: CurrentContext;
  readonly createdDatabases: ReadonlySet<string>;
  readonly createdCatalogs: ReadonlySet<string>;
  /** Functions created by earlier CREATE FUNCTION statements: name -> implementation class. */
  readonly createdFunctions: ReadonlyMap<string, string>;
}

export class ScriptAnalyzer {
  private s: ScriptState;

  /** `resume`: carry on from a state an analyzer over the same catalog, text and settings left. */
  constructor(
    private readonly catalog: CatalogManager,
    documentText: string,
    options: ScriptOptions = {},
    resume?: ScriptState,
  ) {
    const view = resume?.view ?? catalog.view();
    const none: ReadonlySet<string> = new Set();
    this.s = resume ?? {
      view,
      current: initialContext(parseDirective(documentText).values, options.settings ?? {}, (c) => view.catalogs.get(c)?.info.defaultDatabase),
      createdDatabases: none,
      createdCatalogs: none,
      createdFunctions: new Map(),
    };
  }

  private readonly defaultDatabaseOf = (c: string): string | undefined =>
    this.s.view.catalogs.get(c)?.info.defaultDatabase ?? (this.s.createdCatalogs.has(c) ? 'default' : undefined);

  get context(): CurrentContext {
    return this.s.current;
  }

  /** The catalog view the next statement sees (earlier CREATE TABLE/VIEW of the file laid over the catalog's). */
  get view(): ProviderSnapshot {
    return this.s.view;
  }

  /** The state the next statement runs in (the same object until a statement changes it). */
  get state(): ScriptState {
    return this.s;
  }

  /**
   * Analyzes the next statement; `text` is the text its AST offsets index into (the document,
   * or the statement's own text for an incrementally parsed document).
   */
  next(stmt: Statement, text: string): StatementAnalysisWithEffects {
    const before = this.s;
    const current = before.current;
    const r = this.isUseOfCreated(stmt)
      ? { diagnostics: [], info: { names: [], scopes: [] } }
      : analyzeStatement(stmt, { catalog: this.catalog, current, text, view: before.view, functions: before.createdFunctions });
    if (stmt.kind === 'createFunction') {
      this.s = { ...this.s, createdFunctions: new Map(before.createdFunctions).set(stmt.name.parts[stmt.name.parts.length - 1].value, stmt.className) };
    }
    const effect = useEffectOf(stmt);
    if (effect) this.s = { ...this.s, current: applyUse(current, effect, this.defaultDatabaseOf) };
    if (stmt.kind === 'createDatabase') {
      const parts = stmt.name.parts.map((p) => p.value);
      const key = parts.length === 2 ? `${parts[0]}.${parts[1]}` : `${current.catalog}.${parts[0]}`;
      this.s = { ...this.s, createdDatabases: new Set(before.createdDatabases).add(key) };
    }
    if (stmt.kind === 'createCatalog') this.s = { ...this.s, createdCatalogs: new Set(before.createdCatalogs).add(stmt.name.value) };
    if ((stmt.kind === 'createTable' || stmt.kind === 'createView') && 'created' in r && r.created) {
      const path = qualify(stmt.name.parts.map((p) => p.value), current);
      if (path) this.s = { ...this.s, view: withTemporaryObjects(this.s.view, [{ path, object: r.created }]) };
    }
    return r;
  }

  private isUseOfCreated(stmt: Statement): boolean {
    if (stmt.kind === 'useCatalog') return this.s.createdCatalogs.has(stmt.name.value);
    if (stmt.kind === 'useDatabase') {
      const parts = stmt.name.parts.map((p) => p.value);
      const key = parts.length === 2 ? `${parts[0]}.${parts[1]}` : `${this.s.current.catalog}.${parts[0]}`;
      return this.s.createdDatabases.has(key) || (parts.length === 2 && this.s.createdCatalogs.has(parts[0]));
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
