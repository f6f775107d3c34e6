/**
 * DROP / ALTER / USE of catalog objects that must exist (unless IF EXISTS): tables, views,
 * databases, catalogs, with did-you-mean. Temporary objects created earlier in the file count.
 */
import type { Range } from '../diagnostic';
import type { ObjectName, Statement } from '../sql';
import { quoteIdentifierIfNeeded } from '../catalog/model';
import { resolveCatalog, resolveDatabase, resolveObject } from '../catalog/resolve';
import type { QueryAnalyzer } from './query';
import { Reporter } from './reporter';

function report(qa: QueryAnalyzer, name: ObjectName, err: { kind: string; part: number; message: string; suggestions: readonly string[] }): void {
  const at: Range = err.part >= 0 && err.part < name.parts.length ? name.parts[err.part].range : name.range;
  const code = err.kind === 'unknown-object' ? 'unknown-table' : err.kind === 'unavailable' ? 'catalog-unavailable' : err.kind;
  qa.reporter.report(code, err.message, at, err.part >= 0 ? Reporter.replacements(at, err.suggestions, quoteIdentifierIfNeeded) : undefined, err.kind === 'unavailable' ? 'warning' : 'error');
}

function checkObject(qa: QueryAnalyzer, name: ObjectName, kind: 'TABLE' | 'VIEW', ifExists: boolean): void {
  const r = resolveObject(qa.view, name.parts.map((p) => p.value), qa.current);
  if (!r.ok) {
    if (!ifExists || r.error.kind === 'invalid-path') report(qa, name, r.error);
    return;
  }
  qa.info.names.push({ kind: 'table', range: name.range, path: r.value.path, object: r.value.object });
  const actual = r.value.object.kind === 'table' ? 'TABLE' : 'VIEW';
  if (actual !== kind) qa.reporter.report('wrong-kind', `'${r.value.path.name}' is a ${actual.toLowerCase()}, not a ${kind.toLowerCase()}: use ${kind === 'TABLE' ? 'DROP VIEW' : 'DROP TABLE'}`, name.range);
}

export function analyzeDropAlter(qa: QueryAnalyzer, stmt: Statement): void {
  switch (stmt.kind) {
    case 'drop':
      if (stmt.objectKind === 'TABLE' || stmt.objectKind === 'VIEW') checkObject(qa, stmt.name, stmt.objectKind, stmt.ifExists);
      else if (stmt.objectKind === 'DATABASE' && !stmt.ifExists) {
        const r = resolveDatabase(qa.view, stmt.name.parts.map((p) => p.value), qa.current);
        if (!r.ok) report(qa, stmt.name, r.error);
      } else if (stmt.objectKind === 'CATALOG' && !stmt.ifExists) {
        const r = resolveCatalog(qa.view, stmt.name.parts[0].value);
        if (!r.ok) report(qa, stmt.name, { ...r.error, part: 0 });
      }
      return;
    case 'alterTable':
      checkObject(qa, stmt.name, 'TABLE', stmt.ifExists);
      return;
    case 'alterView':
      checkObject(qa, stmt.name, 'VIEW', false);
      return;
    case 'useCatalog': {
      const r = resolveCatalog(qa.view, stmt.name.value);
      if (!r.ok) qa.reporter.report('unknown-catalog', r.error.message, stmt.name.range, Reporter.replacements(stmt.name.range, r.error.suggestions, quoteIdentifierIfNeeded));
      return;
    }
    case 'useDatabase': {
      const r = resolveDatabase(qa.view, stmt.name.parts.map((p) => p.value), qa.current);
      if (!r.ok) report(qa, stmt.name, r.error);
      return;
    }
    default:
      return;
  }
}
