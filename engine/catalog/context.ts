/**
 * The current catalog and database of a statement. In order:
 *
 * 1. the file's directive comment (`-- tideline: catalog=... database=...`, directive.ts);
 * 2. the settings defaults (`tideline.catalog`, `tideline.database`);
 * 3. the built-in default, `local`.`default`;
 *
 * then the `USE CATALOG c` / `USE d` / `USE c.d` statements earlier in the file, folded in
 * order. As in Flink, `USE CATALOG c` also switches to c's default database. The analyzer
 * extracts the USE effects from the AST; this file stays parser-independent.
 */
import type { Diagnostic, Position } from '../diagnostic';
import { comparePositions } from '../diagnostic';
import type { CatalogManager } from './manager';
import type { DirectiveValues, FileDirective } from './directive';
import { DIRECTIVE_SOURCE, formatDirectiveValue } from './directive';
import type { CurrentContext } from './resolve';

export const DEFAULT_CATALOG = 'local';
export const DEFAULT_DATABASE = 'default';

export interface ContextSettings {
  readonly catalog?: string;
  readonly database?: string;
}

/** The database `USE CATALOG name` switches to; undefined when the catalog is not known. */
export type DefaultDatabaseOf = (catalog: string) => string | undefined;

/** The context at the top of a file. */
export function initialContext(
  directive: DirectiveValues,
  settings: ContextSettings,
  defaultDatabaseOf: DefaultDatabaseOf,
): CurrentContext {
  const catalog = directive.catalog ?? settings.catalog ?? DEFAULT_CATALOG;
  if (directive.database !== undefined) return { catalog, database: directive.database };
  // The settings' database belongs to the settings' catalog; a directive naming another
  // catalog gets that catalog's default database, as `USE CATALOG` would.
  const settingsApply = directive.catalog === undefined || directive.catalog === (settings.catalog ?? DEFAULT_CATALOG);
  const database =
    (settingsApply ? settings.database : undefined) ?? defaultDatabaseOf(catalog) ?? DEFAULT_DATABASE;
  return { catalog, database };
}

export type UseEffect =
  | { readonly kind: 'use-catalog'; readonly catalog: string }
  | { readonly kind: 'use-database'; readonly catalog?: string; readonly database: string };

/** A USE statement and where it ends: it applies to statements starting after that. */
export interface PositionedUse {
  readonly effect: UseEffect;
  readonly end: Position;
}

export function applyUse(context: CurrentContext, effect: UseEffect, defaultDatabaseOf: DefaultDatabaseOf): CurrentContext {
  if (effect.kind === 'use-catalog') {
    return { catalog: effect.catalog, database: defaultDatabaseOf(effect.catalog) ?? DEFAULT_DATABASE };
  }
  return { catalog: effect.catalog ?? context.catalog, database: effect.database };
}

/** Folds the USE statements that end at or before `at` (in text order) into the initial context. */
export function contextAt(
  initial: CurrentContext,
  uses: readonly PositionedUse[],
  at: Position,
  defaultDatabaseOf: DefaultDatabaseOf,
): CurrentContext {
  return [...uses]
    .filter((u) => comparePositions(u.end, at) <= 0)
    .sort((a, b) => comparePositions(a.end, b.end))
    .reduce((ctx, u) => applyUse(ctx, u.effect, defaultDatabaseOf), initial);
}

/** Diagnostics for a directive naming a catalog or database that does not exist (with did-you-mean). */
export function checkDirective(directive: FileDirective, manager: CatalogManager, settings: ContextSettings = {}): Diagnostic[] {
  const out: Diagnostic[] = [];
  const last = (key: string) => directive.lines.flatMap((l) => l.entries).filter((e) => e.key === key).pop();
  const catalogEntry = last('catalog');
  const databaseEntry = last('database');
  const context = initialContext(directive.values, settings, (c) => manager.defaultDatabaseOf(c));
  if (catalogEntry) {
    const r = manager.resolveCatalog(catalogEntry.value);
    if (!r.ok) {
      out.push({
        range: catalogEntry.valueRange,
        severity: 'warning',
        code: 'directive/unknown-catalog',
        message: r.error.message,
        source: DIRECTIVE_SOURCE,
        fixes: r.error.suggestions.map((s) => ({ title: `Change to '${s}'`, range: catalogEntry.valueRange, newText: formatDirectiveValue(s) })),
      });
      return out;
    }
  }
  if (databaseEntry) {
    const r = manager.resolveDatabase([context.catalog, databaseEntry.value], context);
    if (!r.ok && r.error.kind === 'unknown-database') {
      out.push({
        range: databaseEntry.valueRange,
        severity: 'warning',
        code: 'directive/unknown-database',
        message: r.error.message,
        source: DIRECTIVE_SOURCE,
        fixes: r.error.suggestions.map((s) => ({ title: `Change to '${s}'`, range: databaseEntry.valueRange, newText: formatDirectiveValue(s) })),
      });
    }
  }
  return out;
}
