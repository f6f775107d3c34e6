/**
 * One statement: queries, INSERT (and statement sets), CREATE TABLE [AS], CREATE VIEW, DROP /
 * ALTER / USE checks, EXPLAIN / EXECUTE of the above. Returns the plan (when the statement is a
 * query or INSERT and has no errors), the diagnostics and the semantic info. Never throws on
 * user input; an internal error becomes one diagnostic rather than a crash.
 */
import type { Statement } from '../sql';
import type { CatalogObject } from '../catalog/model';
import type { LogicalPlan, Field } from '../planner/logical/plan';
import { analyzeCreateTable } from './create-table';
import { analyzeDropAlter } from './drop-alter';
import { analyzeInsert } from './insert';
import type { AnalyzerContext, SemanticInfo, StatementAnalysis } from './model';
import { QueryAnalyzer } from './query';
import { Reporter } from './reporter';

export interface StatementAnalysisWithEffects extends StatementAnalysis {
  /** What a CREATE TABLE / CREATE VIEW statement would add to the catalog. */
  readonly created?: CatalogObject;
}

export function analyzeStatement(stmt: Statement, ctx: AnalyzerContext): StatementAnalysisWithEffects {
  const reporter = new Reporter();
  const info: SemanticInfo = { names: [], scopes: [] };
  const qa = new QueryAnalyzer(ctx.view ?? ctx.catalog.view(), ctx.current, reporter, info, ctx.functions);
  let plan: LogicalPlan | undefined;
  let plans: readonly LogicalPlan[] | undefined;
  let fields: readonly Field[] | undefined;
  let created: CatalogObject | undefined;
  try {
    const r = dispatch(qa, stmt, ctx);
    plan = r.plan;
    plans = r.plans;
    fields = r.fields;
    created = r.created;
  } catch (e) {
    reporter.report('internal-error', `Internal analyzer error (please report it): ${e instanceof Error ? e.message : String(e)}`, stmt.range, undefined, 'warning');
    plan = undefined;
  }
  const ok = reporter.errors === 0 && qa.unsupportedReasons.length === 0;
  return {
    ...(ok && plan ? { plan } : {}),
    ...(ok && plans ? { plans } : {}),
    ...(fields ? { fields } : {}),
    diagnostics: reporter.diagnostics,
    info,
    ...(qa.unsupportedReasons.length > 0 ? { unsupported: [...new Set(qa.unsupportedReasons)] } : {}),
    ...(created ? { created } : {}),
  };
}

function dispatch(
  qa: QueryAnalyzer,
  stmt: Statement,
  ctx: AnalyzerContext,
): { plan?: LogicalPlan; plans?: readonly LogicalPlan[]; fields?: readonly Field[]; created?: CatalogObject } {
  switch (stmt.kind) {
    case 'queryStatement': {
      const p = qa.query(stmt.query);
      return { plan: p.plan, fields: p.fields };
    }
    case 'insert': {
      const plan = analyzeInsert(qa, stmt);
      return plan ? { plan, fields: plan.fields } : {};
    }
    case 'statementSet': {
      const plans = stmt.inserts.map((i) => analyzeInsert(qa, i));
      return plans.every((p) => p !== undefined) ? { plans: plans as LogicalPlan[] } : {};
    }
    case 'execute':
    case 'explain':
      return dispatch(qa, stmt.target, ctx);
    case 'compilePlan':
      return dispatch(qa, stmt.target, ctx);
    case 'createTable': {
      const r = analyzeCreateTable(qa, stmt, ctx.text);
      return { ...(r.planned ? { plan: r.planned.plan, fields: r.planned.fields } : {}), ...(r.table ? { created: r.table } : {}) };
    }
    case 'createView': {
      const p = qa.query(stmt.query);
      let fields = p.fields;
      if (stmt.columns.length > 0) {
        if (stmt.columns.length !== p.fields.length) {
          qa.reporter.report('column-count-mismatch', `View '${stmt.name.parts[stmt.name.parts.length - 1].value}' declares ${stmt.columns.length} column names but its query produces ${p.fields.length} columns`, stmt.columns[0].range);
        } else fields = p.fields.map((f, i) => ({ name: stmt.columns[i].value, type: f.type }));
      }
      const seen = new Set<string>();
      for (const f of fields) {
        if (seen.has(f.name)) qa.reporter.report('duplicate-column', `View '${stmt.name.parts[stmt.name.parts.length - 1].value}' has two columns named '${f.name}': give them distinct aliases`, stmt.query.range);
        seen.add(f.name);
      }
      const created: CatalogObject = {
        kind: 'view',
        name: stmt.name.parts[stmt.name.parts.length - 1].value,
        columns: fields.map((f) => ({ kind: 'physical', name: f.name, type: f.type })),
        query: ctx.text !== undefined ? ctx.text.slice(stmt.query.start, stmt.query.end) : '',
        changelog: 'append-only',
        provenance: { kind: 'memory' },
      };
      return { plan: p.plan, fields, ...(ctx.text !== undefined ? { created } : {}) };
    }
    case 'createMaterializedTable': {
      const p = qa.query(stmt.query);
      return { plan: p.plan, fields: p.fields };
    }
    default:
      analyzeDropAlter(qa, stmt);
      return {};
  }
}
