/**
 * The context a statement is submitted with when it runs on its own (the editor's ▶ Run):
 * what the file says before it. The directive comment gives the catalog, database and pool;
 * each `USE CATALOG c` / `USE [c.]d` earlier in the file moves the catalog and database (a
 * `USE CATALOG` leaves the database to the catalog's default, which the engine knows, so it
 * is left out); each `SET 'k' = 'v'` / `RESET` earlier in the file becomes a setting.
 *
 * Only the statements that can change the context (their text starts with USE, SET or RESET)
 * are parsed, so this stays cheap on long files.
 */
import type { StatementSlice } from '../sql/split/split-statements';
import { parseStatement } from '../sql/parse/parse-statement';
import { parseDirective } from './directive';
import { useEffectOf } from './file-context';

export interface RunContext {
  /** Undefined: the engine's default (or, after `USE CATALOG`, that catalog's default database). */
  readonly catalog?: string;
  readonly database?: string;
  /** The directive's pool; undefined means the engine's `default`. */
  readonly pool?: string;
  /** SET values in effect, by key. */
  readonly settings: Readonly<Record<string, string>>;
}

const CONTEXT_STATEMENT = /^(use|set|reset)\b/i;

/** The context of every statement of `text` (its slices, as splitStatements returns them), in one pass. */
export function runContexts(text: string, slices: readonly StatementSlice[]): RunContext[] {
  const directive = parseDirective(text).values;
  let catalog = directive.catalog;
  let database = directive.database;
  let settings: Record<string, string> = {};
  const out: RunContext[] = [];
  for (const slice of slices) {
    out.push({
      ...(catalog !== undefined ? { catalog } : {}),
      ...(database !== undefined ? { database } : {}),
      ...(directive.pool !== undefined ? { pool: directive.pool } : {}),
      settings,
    });
    const sql = text.slice(slice.start, slice.end);
    if (!CONTEXT_STATEMENT.test(sql)) continue;
    const statement = parseStatement(sql).statement;
    const use = useEffectOf(statement);
    if (use?.kind === 'use-catalog') {
      catalog = use.catalog;
      database = undefined;
    } else if (use?.kind === 'use-database') {
      if (use.catalog !== undefined) catalog = use.catalog;
      database = use.database;
    } else if (statement?.kind === 'set' && statement.property) {
      settings = { ...settings, [statement.property.key.trim()]: statement.property.value };
    } else if (statement?.kind === 'reset') {
      if (statement.key === undefined) settings = {};
      else {
        settings = { ...settings };
        delete settings[statement.key.trim()];
      }
    }
  }
  return out;
}

/** The context of `slices[index]`. */
export function runContextAt(text: string, slices: readonly StatementSlice[], index: number): RunContext {
  return runContexts(text, slices.slice(0, index + 1))[index];
}

/**
 * Whether a statement only changes the context of the ones after it (USE, SET, RESET): it is not
 * submitted; the editor sends its effect along with each later statement.
 */
export function isContextStatement(sql: string): boolean {
  if (!CONTEXT_STATEMENT.test(sql.trimStart())) return false;
  const statement = parseStatement(sql).statement;
  return statement?.kind === 'set' || statement?.kind === 'reset' || useEffectOf(statement) !== undefined;
}
