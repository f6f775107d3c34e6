/**
 * The current catalog and database of every statement of a parsed file: the directive and
 * settings give the start (context.ts), and each `USE CATALOG` / `USE` statement applies to
 * the statements after it. The analyzer, the language server and `tideline run` share this.
 */
import type { ParsedStatement, Statement } from '../sql';
import type { ContextSettings, DefaultDatabaseOf, UseEffect } from './context';
import { applyUse, initialContext } from './context';
import type { FileDirective } from './directive';
import { parseDirective } from './directive';
import type { CurrentContext } from './resolve';

/** What a USE statement does to the context, if it is one. */
export function useEffectOf(statement: Statement | undefined): UseEffect | undefined {
  if (!statement) return undefined;
  if (statement.kind === 'useCatalog') return { kind: 'use-catalog', catalog: statement.name.value };
  if (statement.kind === 'useDatabase') {
    const parts = statement.name.parts.map((p) => p.value);
    if (parts.length === 1) return { kind: 'use-database', database: parts[0] };
    if (parts.length === 2) return { kind: 'use-database', catalog: parts[0], database: parts[1] };
  }
  return undefined;
}

export interface FileContexts {
  readonly directive: FileDirective;
  /** The context at the top of the file. */
  readonly initial: CurrentContext;
  /** The context each statement runs in, by index in `statements`. */
  readonly contexts: readonly CurrentContext[];
}

export function fileContexts(
  text: string,
  statements: readonly ParsedStatement[],
  settings: ContextSettings,
  defaultDatabaseOf: DefaultDatabaseOf,
): FileContexts {
  const directive = parseDirective(text);
  const initial = initialContext(directive.values, settings, defaultDatabaseOf);
  const contexts: CurrentContext[] = [];
  let current = initial;
  for (const s of statements) {
    contexts.push(current);
    const effect = useEffectOf(s.statement);
    if (effect) current = applyUse(current, effect, defaultDatabaseOf);
  }
  return { directive, initial, contexts };
}
