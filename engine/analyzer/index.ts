/**
 * The analyzer: binds names against the catalog, types expressions with Flink's rules, checks
 * statements, and produces the logical plan the planner consumes. The language server, the CLI
 * and the engine all use it through these two entry points.
 */
export { analyzeStatement, type StatementAnalysisWithEffects } from './analyze-statement';
export { analyzeScript, ScriptAnalyzer, type ScriptAnalysis, type ScriptOptions, type ScriptState } from './analyze-script';
export type { AnalyzerContext, NameUse, ScopeInfo, SemanticInfo, StatementAnalysis } from './model';
export { ANALYZER_SOURCE } from './reporter';
export { defaultCatalog } from './default-catalog';
export { nameAt, scopeAt } from './info';
