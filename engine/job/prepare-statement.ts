/**
 * One submitted statement made ready to run in the engine host: parsed (exactly one
 * statement), analyzed against the host's catalogs in the statement's context (catalog,
 * database, SET values the client sends along), and planned. Anything wrong is a
 * StatementRefused whose message is `<file>:<line>:<col>: <message>` (file and line from the
 * context, offset by where the problem is in the submitted text) and whose diagnostics carry
 * ranges relative to the submitted text, for the editor to underline.
 */
import { analyzeStatement, type StatementAnalysisWithEffects } from '../analyzer';
import { initialContext } from '../catalog/context';
import type { CatalogManager } from '../catalog/manager';
import type { CurrentContext } from '../catalog/resolve';
import type { Diagnostic, Range } from '../diagnostic';
import type { PhysicalPlan } from '../planner/physical/plan';
import type { StatementContext, StatementKind } from '../pools/runner';
import { planPhysical } from '../planner/physical/plan-physical';
import { parseScript, type Statement } from '../sql';
import { JobSettings } from './settings';

export interface WireDiagnostic {
  readonly range: Range;
  readonly message: string;
  readonly severity: 'error' | 'warning';
}

/** A statement that cannot run, located. */
export class StatementRefused extends Error {
  override readonly name = 'StatementRefused';

  constructor(
    message: string,
    readonly diagnostics: readonly WireDiagnostic[],
  ) {
    super(message);
  }
}

export interface PreparedStatement {
  readonly kind: StatementKind;
  readonly statement: Statement;
  readonly analysis: StatementAnalysisWithEffects;
  /** Query: one plan; INSERT / statement set / CREATE TABLE AS: one per target. */
  readonly plans: readonly PhysicalPlan[];
  readonly settings: JobSettings;
  readonly current: CurrentContext;
}

const WHOLE: Range = { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } };

/** `file:line:col` of a range of the submitted text. */
export function locate(context: StatementContext | undefined, range: Range = WHOLE): string {
  return `${context?.file ?? 'statement'}:${(context?.line ?? 1) + range.start.line}:${range.start.character + 1}`;
}

function refuse(context: StatementContext | undefined, message: string, range: Range = WHOLE, more: readonly Diagnostic[] = []): never {
  const diagnostics: WireDiagnostic[] = [{ range, message, severity: 'error' }];
  for (const d of more) {
    if (d.message === message && d.range === range) continue;
    if (d.severity === 'error' || d.severity === 'warning') diagnostics.push({ range: d.range, message: d.message, severity: d.severity });
  }
  throw new StatementRefused(`${locate(context, range)}: ${message}`, diagnostics);
}

function kindOf(stmt: Statement): StatementKind {
  switch (stmt.kind) {
    case 'queryStatement':
      return 'query';
    case 'insert':
    case 'statementSet':
      return 'insert';
    case 'execute':
      return kindOf(stmt.target);
    case 'createTable':
      return stmt.asQuery ? 'insert' : 'ddl';
    case 'createView':
    case 'createDatabase':
    case 'createCatalog':
    case 'createFunction':
    case 'drop':
    case 'alterTable':
    case 'alterView':
    case 'alterDatabase':
    case 'alterCatalog':
      return 'ddl';
    default:
      return 'other';
  }
}

const CLIENT_SIDE: Readonly<Record<string, string>> = {
  set: 'SET is not submitted: the client sends the values in effect with each statement (context.settings)',
  reset: 'RESET is not submitted: the client sends the values in effect with each statement (context.settings)',
  useCatalog: 'USE CATALOG is not submitted: the client sends the current catalog with each statement (context.catalog)',
  useDatabase: 'USE is not submitted: the client sends the current catalog and database with each statement (context.catalog, context.database)',
  beginStatementSet: 'submit a statement set as one statement: EXECUTE STATEMENT SET BEGIN INSERT ...; INSERT ...; END',
  endStatementSet: 'END without BEGIN STATEMENT SET: submit the whole set as one statement (EXECUTE STATEMENT SET BEGIN ... END)',
  explain: 'EXPLAIN is not submitted: ask statements/explain { sql } for the plan (the editor\'s Explain command)',
};

/** Statements the host runs besides queries, INSERTs and DDL: their rows become the result. */
const LISTINGS = new Set(['show', 'describe']);

/** The catalog and database names resolve against: the context's, else the defaults. */
export function currentOf(context: StatementContext | undefined, catalog: CatalogManager): CurrentContext {
  return initialContext({}, { ...(context?.catalog ? { catalog: context.catalog } : {}), ...(context?.database ? { database: context.database } : {}) }, (c) =>
    catalog.defaultDatabaseOf(c),
  );
}

export function prepareStatement(sql: string, context: StatementContext | undefined, catalog: CatalogManager): PreparedStatement {
  const script = parseScript(sql);
  const syntax = script.diagnostics.find((d) => d.severity === 'error');
  if (syntax) refuse(context, syntax.message, syntax.range, script.diagnostics);
  const parsed = script.statements.filter((s) => s.statement !== undefined);
  if (parsed.length === 0) refuse(context, 'there is no statement to run');
  if (parsed.length > 1) {
    refuse(context, `submit one statement at a time (this text holds ${parsed.length}); a statement set runs several INSERTs as one job (EXECUTE STATEMENT SET BEGIN ... END)`, parsed[1]!.statement!.range);
  }
  const statement = parsed[0]!.statement!;
  const clientSide = CLIENT_SIDE[statement.kind];
  if (clientSide) refuse(context, clientSide, statement.range);

  const settings = new JobSettings('streaming');
  for (const [k, v] of Object.entries(context?.settings ?? {})) {
    try {
      settings.set(k, v);
    } catch (e) {
      refuse(context, `context.settings: ${(e as Error).message}`);
    }
  }
  if (context?.catalog !== undefined) {
    const c = catalog.resolveCatalog(context.catalog);
    if (!c.ok) refuse(context, `context.catalog: ${c.error.message}`);
    if (context.database !== undefined) {
      const d = catalog.resolveDatabase([context.catalog, context.database], { catalog: context.catalog, database: context.database });
      if (!d.ok) refuse(context, `context.database: ${d.error.message}`);
    }
  }
  const current = currentOf(context, catalog);
  const analysis = analyzeStatement(statement, { catalog, current, text: sql });
  const error = analysis.diagnostics.find((d) => d.severity === 'error');
  if (error) refuse(context, error.message, error.range, analysis.diagnostics);

  const kind = kindOf(statement);
  if (kind === 'other' && !LISTINGS.has(statement.kind)) refuse(context, `${statement.kind} statements are not run by the engine host`, statement.range);
  const logical = analysis.plans ?? (analysis.plan ? [analysis.plan] : []);
  if ((kind === 'query' || kind === 'insert') && logical.length === 0 && !(statement.kind === 'createTable' && statement.asQuery)) {
    const why = [...(analysis.unsupported ?? []), ...analysis.diagnostics.map((d) => d.message)];
    refuse(context, `this statement uses a feature the engine does not run yet${why.length > 0 ? `: ${why.join('; ')}` : ''}`, statement.range, analysis.diagnostics);
  }
  let plans: PhysicalPlan[];
  try {
    plans = kind === 'query' || kind === 'insert' ? logical.map((p) => planPhysical(p, settings.plannerOptions())) : [];
  } catch (e) {
    refuse(context, e instanceof Error ? e.message : String(e), statement.range);
  }
  return { kind, statement, analysis, plans, settings, current };
}
