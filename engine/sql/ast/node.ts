/**
 * What every AST node carries: where it is. `range` is 0-based line/character (LSP), `start`
 * and `end` are UTF-16 offsets into the document (end exclusive). Positions are already mapped
 * into the document when a statement was parsed out of a larger text.
 */
import type { Range } from '../../diagnostic';

export interface Node {
  readonly range: Range;
  readonly start: number;
  readonly end: number;
}

/** A name as written: `value` is unquoted and unescaped (`a``b` -> a`b). */
export interface Identifier extends Node {
  readonly kind: 'identifier';
  readonly value: string;
  readonly quoted: boolean;
}

/** A dotted name: catalog.database.table, database.function, a.b.c column paths. */
export interface ObjectName extends Node {
  readonly kind: 'objectName';
  readonly parts: readonly Identifier[];
}

/** `'key' = 'value'` in WITH (...), SET, hints and the like. Keys and values are unquoted text. */
export interface Property extends Node {
  readonly kind: 'property';
  readonly key: string;
  readonly value: string;
  readonly keyRange: Range;
  readonly valueRange: Range;
}

/** The dotted text of a name, unquoted: `cat`.db.t -> cat.db.t. */
export function nameText(name: ObjectName): string {
  return name.parts.map((p) => p.value).join('.');
}
