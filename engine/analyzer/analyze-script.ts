/**
 * A whole file, statement by statement, in order: each statement runs in the current catalog
 * and database that the directive and earlier USE statements give it (catalog/file-context),
 * and sees the tables and views that earlier CREATE statements declared, through a temporary
 * overlay on the catalog view. Nothing is persisted.
 */
import type { Diagnostic } from '../diagnostic';
import { parseScript, type ParsedScript, type Statement } from '../sql';
import type { CatalogManager } from '../catalog/manager';
import type { CatalogObject, ObjectPath } from '../catalog/model';
import { qualify, type CurrentContext } from '../catalog/resolve';
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

export function analyzeScript(input: string | { text: string; script: ParsedScript }, catalog: CatalogManager, options: ScriptOptions = {}): ScriptAnalysis {
  const text = typeof input === 'string' ? input : input.text;
  const script = typeof input === 'string' ? parseScript(input) : input.script;
  const base = catalog.view();
  const overlay: { path: ObjectPath; object: CatalogObject }[] = [];
  let view = base;
  const createdDatabases = new Set<string>();
  const createdCatalogs = new Set<string>();
  const defaultDatabaseOf = (c: string) => view.catalogs.get(c)?.info.defaultDatabase ?? (createdCatalogs.has(c) ? 'default' : undefined);
  let current = initialContext(parseDirective(text).values, options.settings ?? {}, defaultDatabaseOf);
  const statements: (StatementAnalysisWithEffects | undefined)[] = [];
  const contexts: CurrentContext[] = [];
  const diagnostics: Diagnostic[] = [];
  for (const s of script.statements) {
    contexts.push(current);
    const stmt = s.statement;
    if (!stmt) {
      statements.push(undefined);
      continue;
    }
    const skipUseCheck = isUseOfCreated(stmt, current, createdCatalogs, createdDatabases);
    const r = skipUseCheck ? { diagnostics: [], info: { names: [], scopes: [] } } : analyzeStatement(stmt, { catalog, current, text, view });
    statements.push(r);
    diagnostics.push(...r.diagnostics);
    // Effects on later statements.
    const effect = useEffectOf(stmt);
    if (effect) current = applyUse(current, effect, defaultDatabaseOf);
    if (stmt.kind === 'createDatabase') {
      const parts = stmt.name.parts.map((p) => p.value);
      createdDatabases.add(parts.length === 2 ? `${parts[0]}.${parts[1]}` : `${current.catalog}.${parts[0]}`);
    }
    if (stmt.kind === 'createCatalog') createdCatalogs.add(stmt.name.value);
    if ((stmt.kind === 'createTable' || stmt.kind === 'createView') && 'created' in r && r.created) {
      const path = qualify(stmt.name.parts.map((p) => p.value), current);
      if (path) {
        overlay.push({ path, object: r.created });
        view = withTemporaryObjects(base, overlay);
      }
    }
  }
  return { statements, contexts, diagnostics };
}

function isUseOfCreated(stmt: Statement, current: CurrentContext, catalogs: ReadonlySet<string>, databases: ReadonlySet<string>): boolean {
  if (stmt.kind === 'useCatalog') return catalogs.has(stmt.name.value);
  if (stmt.kind === 'useDatabase') {
    const parts = stmt.name.parts.map((p) => p.value);
    return databases.has(parts.length === 2 ? `${parts[0]}.${parts[1]}` : `${current.catalog}.${parts[0]}`) || (parts.length === 2 && catalogs.has(parts[0]));
  }
  return false;
}
