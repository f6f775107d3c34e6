/** Shared set-up for analyzer tests: the examples catalog, analysis of a script, ranges of substrings. */
import assert from 'node:assert/strict';
import type { Diagnostic, Range } from '../../../engine/diagnostic';
import { CatalogManager, createExamplesProvider } from '../../../engine/catalog';
import { analyzeScript, type ScriptAnalysis } from '../../../engine/analyzer';
import { printPlan } from '../../../engine/planner/logical/print-plan';

export const DIRECTIVE = '-- tideline: catalog=examples database=marketplace\n';

let manager: CatalogManager | undefined;
export function examplesCatalog(): CatalogManager {
  if (!manager) {
    manager = new CatalogManager();
    manager.register(createExamplesProvider());
  }
  return manager;
}

/** Analyzes `sql` in examples.marketplace (the directive is prepended; ranges are relative to `sql`). */
export function analyze(sql: string): ScriptAnalysis {
  return analyzeScript(DIRECTIVE + sql, examplesCatalog());
}

function shift(r: Range): Range {
  return { start: { line: r.start.line - 1, character: r.start.character }, end: { line: r.end.line - 1, character: r.end.character } };
}

/** Semantic diagnostics of `sql`, ranges relative to `sql`. */
export function diagnostics(sql: string): Diagnostic[] {
  return analyze(sql).diagnostics.map((d) => ({ ...d, range: shift(d.range), ...(d.fixes ? { fixes: d.fixes.map((f) => ({ ...f, range: shift(f.range) })) } : {}) }));
}

/** The range of the `nth` occurrence of `needle` in `text`. */
export function rangeOf(text: string, needle: string, nth = 0): Range {
  let at = -1;
  for (let i = 0; i <= nth; i++) {
    at = text.indexOf(needle, at + 1);
    if (at < 0) throw new Error(`'${needle}' not found`);
  }
  const pos = (off: number) => {
    const before = text.slice(0, off).split('\n');
    return { line: before.length - 1, character: before[before.length - 1].length };
  };
  return { start: pos(at), end: pos(at + needle.length) };
}

/** Exactly one diagnostic, with this code, on this text, whose message matches. */
export function expectOne(sql: string, code: string, on: string, message: RegExp, nth = 0): Diagnostic {
  const ds = diagnostics(sql);
  assert.equal(ds.length, 1, `expected one diagnostic, got: ${ds.map((d) => `${d.code}: ${d.message}`).join(' | ')}`);
  const d = ds[0];
  assert.equal(d.code, `analyzer/${code}`);
  assert.match(d.message, message);
  assert.deepEqual(d.range, rangeOf(sql, on, nth));
  return d;
}

export function expectClean(sql: string): void {
  const ds = diagnostics(sql);
  assert.deepEqual(ds.map((d) => `${d.code}: ${d.message}`), []);
}

/** The printed plan of the last statement. */
export function planOf(sql: string, types = false): string {
  const r = analyze(sql);
  assert.deepEqual(r.diagnostics.map((d) => d.message), []);
  const last = r.statements[r.statements.length - 1];
  assert.ok(last?.plan, 'expected a plan');
  return printPlan(last.plan, { types });
}
