/**
 * Tables and views across the files of a workspace, for go to definition, find references and
 * rename across files. Indexing a file analyzes it (against the caller's catalog, which holds
 * the workspace provider): its CREATE TABLE / VIEW / DATABASE / CATALOG statements become the
 * file's declarations in the workspace catalog provider (so other files resolve those names,
 * with the file and range as provenance), and every place the file names a table or view (the
 * analyzer's resolved name uses, and the names of its own CREATE statements) is kept by path.
 * Names resolve per file with its directive, settings and USE statements, as diagnostics do.
 */
import type { Position, Range } from '../diagnostic';
import { comparePositions } from '../diagnostic';
import { parseScript, type Query } from '../sql';
import type { ComputedColumn } from '../sql/ast/statement';
import type { CatalogManager } from '../catalog/manager';
import type { ObjectPath, PhysicalColumn } from '../catalog/model';
import type { ContextSettings } from '../catalog/context';
import { qualify } from '../catalog/resolve';
import type { LogicalType } from '../types/logical-type';
import type { WorkspaceCatalogProvider } from '../catalog/providers/workspace';
import { declarationsFromFile } from '../catalog/providers/workspace-ddl';
import { analyzeScript } from '../analyzer';
import { lineIndex } from '../sql/document/line-index';

export interface TableOccurrence {
  readonly uri: string;
  /** The whole (possibly qualified) name. */
  readonly range: Range;
  /** Its last part: what a rename replaces. */
  readonly nameRange: Range;
  /** The last part as written, unquoted. */
  readonly name: string;
  /** The name of a CREATE TABLE / VIEW statement. */
  readonly declaration: boolean;
}

interface Indexed {
  readonly path: ObjectPath;
  readonly occurrence: TableOccurrence;
}

const keyOf = (p: ObjectPath): string => `${p.catalog}\u0000${p.database}\u0000${p.name}`;

export class WorkspaceTables {
  private readonly files = new Map<string, Indexed[]>();
  /** Each file's declarations as last handed to the provider (JSON), so unchanged ones are not handed again. */
  private readonly declared = new Map<string, string>();

  constructor(
    private readonly catalog: () => CatalogManager,
    private readonly provider: WorkspaceCatalogProvider,
    private readonly settings: () => ContextSettings = () => ({}),
  ) {}

  get size(): number {
    return this.files.size;
  }

  /** (Re-)indexes one file's text: its declarations and the places it names tables. */
  update(uri: string, text: string): void {
    const script = parseScript(text);
    const analysis = analyzeScript({ text, script }, this.catalog(), { settings: this.settings() });
    const lines = lineIndex(text);
    const occurrences: Indexed[] = [];
    const add = (path: ObjectPath, range: Range, declaration: boolean): void => {
      const last = lastPart(text, lines.offsetAt(range.start), lines.offsetAt(range.end));
      occurrences.push({ path, occurrence: { uri, range, nameRange: { start: lines.positionAt(last.start), end: lines.positionAt(last.end) }, name: last.name, declaration } });
    };
    const computedTypes = new Map<ComputedColumn, LogicalType>();
    const queryColumns = new Map<Query, PhysicalColumn[]>();
    script.statements.forEach((s, i) => {
      const stmt = s.statement;
      const r = analysis.statements[i];
      if (!stmt || !r) return;
      for (const n of r.info.names) if (n.kind === 'table') add(n.path, n.range, false);
      if (stmt.kind !== 'createTable' && stmt.kind !== 'createView') return;
      const path = qualify(stmt.name.parts.map((p) => p.value), analysis.contexts[i]);
      if (path && !stmt.temporary) add(path, stmt.name.range, true);
      const query = stmt.kind === 'createView' ? stmt.query : stmt.asQuery;
      if (query && r.fields) queryColumns.set(query, r.fields.map((f) => ({ kind: 'physical', name: f.name, type: f.type })));
      if (stmt.kind === 'createTable' && r.created) {
        for (const c of stmt.columns) {
          if (c.kind !== 'computedColumn') continue;
          const t = r.created.columns.find((x) => x.name === c.name.value)?.type;
          if (t) computedTypes.set(c, t);
        }
      }
    });
    const { declarations } = declarationsFromFile(uri, text, script.statements, analysis.contexts, {
      typeOfComputed: (c) => computedTypes.get(c),
      queryColumns: (q) => queryColumns.get(q),
      resolveTable: (parts, context) => {
        const r = this.catalog().resolveTable(parts, context);
        return r.ok && r.value.object.kind === 'table' ? r.value.object : undefined;
      },
    });
    this.files.set(uri, occurrences);
    // an edit that leaves the declarations alone must not change the catalog (every open document would be checked again)
    const json = JSON.stringify(declarations);
    if (this.declared.get(uri) === json) return;
    this.declared.set(uri, json);
    this.provider.setFile(uri, declarations);
  }

  remove(uri: string): void {
    this.files.delete(uri);
    this.declared.delete(uri);
    this.provider.removeFile(uri);
  }

  /** The table or view named at `position` of a file (as last indexed). */
  at(uri: string, position: Position): Indexed | undefined {
    return this.files
      .get(uri)
      ?.find(({ occurrence: o }) => comparePositions(o.range.start, position) <= 0 && comparePositions(position, o.range.end) <= 0);
  }

  /** Whether `path` is declared by a workspace file (only those are renamed). */
  isDeclared(path: ObjectPath): boolean {
    return this.provider.declarationsOf(path).length > 0;
  }

  /** Where `path` is declared: each workspace file's CREATE name. */
  declarationsOf(path: ObjectPath): { uri: string; range: Range }[] {
    return this.provider.declarationsOf(path).map((d) => ({ uri: d.uri, range: d.range }));
  }

  /** Every place any indexed file names `path`, by file (URI order) and position. */
  occurrencesOf(path: ObjectPath): TableOccurrence[] {
    const key = keyOf(path);
    const out: TableOccurrence[] = [];
    for (const uri of [...this.files.keys()].sort()) {
      for (const i of this.files.get(uri)!) if (keyOf(i.path) === key) out.push(i.occurrence);
    }
    return out;
  }
}

/** The last part of the name written in text[start, end): a backtick-quoted or plain identifier. */
function lastPart(text: string, start: number, end: number): { start: number; end: number; name: string } {
  if (end > start && text[end - 1] === '`') {
    let i = end - 2;
    for (;;) {
      while (i >= start && text[i] !== '`') i--;
      if (i > start && text[i - 1] === '`') {
        i -= 2; // a doubled backtick inside the name
        continue;
      }
      break;
    }
    const from = Math.max(i, start);
    return { start: from, end, name: text.slice(from + 1, end - 1).replace(/``/g, '`') };
  }
  let i = end;
  while (i > start && text[i - 1] !== '.' && !/\s/.test(text[i - 1])) i--;
  return { start: i, end, name: text.slice(i, end) };
}
