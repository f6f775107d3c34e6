/**
 * What the analyzer takes and gives: the context a statement is analyzed in, and the result
 * (a logical plan when the statement is a query or an INSERT that type-checks, diagnostics,
 * and semantic info for IDE features: every name use with what it resolved to and its type).
 */
import type { Diagnostic, Range } from '../diagnostic';
import type { CatalogManager } from '../catalog/manager';
import type { CatalogObject, ObjectPath } from '../catalog/model';
import type { CurrentContext } from '../catalog/resolve';
import type { ProviderSnapshot } from '../catalog/snapshot';
import type { LogicalPlan, Field } from '../planner/logical/plan';
import type { LogicalType } from '../types/logical-type';

export interface AnalyzerContext {
  readonly catalog: CatalogManager;
  readonly current: CurrentContext;
  /** The document text (for DDL conversion of computed columns and view queries); optional. */
  readonly text?: string;
  /**
   * The catalog view to resolve names in, when not the manager's own (analyzeScript passes the
   * manager's view with the file's earlier CREATE statements laid over it).
   */
  readonly view?: ProviderSnapshot;
  /** Functions created by earlier statements of the file (CREATE FUNCTION): name -> implementation class. */
  readonly functions?: ReadonlyMap<string, string>;
}

/** One use of a name in the statement, for hover, definition, completion and inlay hints. */
export type NameUse =
  | { readonly kind: 'table'; readonly range: Range; readonly path: ObjectPath; readonly object: CatalogObject }
  | { readonly kind: 'cte'; readonly range: Range; readonly name: string; readonly declaration: Range; readonly fields: readonly Field[] }
  | { readonly kind: 'alias'; readonly range: Range; readonly name: string; readonly declaration?: Range; readonly fields: readonly Field[] }
  | {
      readonly kind: 'column';
      readonly range: Range;
      readonly name: string;
      readonly type: LogicalType;
      /** The relation (alias or table name) the column came from. */
      readonly relation?: string;
      readonly table?: ObjectPath;
    }
  | { readonly kind: 'field'; readonly range: Range; readonly name: string; readonly type: LogicalType }
  | {
      readonly kind: 'function';
      readonly range: Range;
      readonly name: string;
      readonly type?: LogicalType;
      /** A user-defined function's implementation class (CREATE FUNCTION ... AS 'class'), where known. */
      readonly implementation?: string;
    }
  | { readonly kind: 'selectItem'; readonly range: Range; readonly name: string; readonly type: LogicalType }
  /** `*` or `t.*` in a SELECT list: the columns it expands to. */
  | { readonly kind: 'selectStar'; readonly range: Range; readonly fields: readonly Field[] };

/** A relation visible in a FROM clause (for completion of columns). */
export interface ScopeInfo {
  /** The SELECT (or other clause) the relations are visible in. */
  readonly range: Range;
  readonly relations: readonly { readonly name?: string; readonly fields: readonly Field[]; readonly table?: ObjectPath }[];
  /** CTE names in scope. */
  readonly ctes: readonly string[];
}

export interface SemanticInfo {
  readonly names: NameUse[];
  readonly scopes: ScopeInfo[];
}

export interface StatementAnalysis {
  /** The logical plan of a query / INSERT / CREATE TABLE AS / CREATE VIEW query; absent on errors. */
  readonly plan?: LogicalPlan;
  /** EXECUTE STATEMENT SET: one Sink plan per INSERT (absent on errors). */
  readonly plans?: readonly LogicalPlan[];
  /** The output columns of a query (also when there is no plan). */
  readonly fields?: readonly Field[];
  readonly diagnostics: Diagnostic[];
  readonly info: SemanticInfo;
  /** Valid SQL the engine cannot plan (why there is no plan without an error): 'EXISTS', 'LATERAL TABLE function', ... */
  readonly unsupported?: readonly string[];
}
