/**
 * A whole script: split into statements (never fails), each parsed on its own, so a broken
 * statement never hides the errors or the symbols of the others. Positions are document
 * positions.
 */
import type { Diagnostic } from '../../diagnostic';
import type { Statement } from '../ast/statement';
import { lineIndex } from '../document/line-index';
import { splitStatements, type StatementSlice } from '../split/split-statements';
import { parseStatement } from './parse-statement';

export interface ParsedStatement extends StatementSlice {
  readonly statement: Statement | undefined;
  readonly diagnostics: readonly Diagnostic[];
}

export interface ParsedScript {
  readonly statements: readonly ParsedStatement[];
  /** Every statement's diagnostics, in document order. */
  readonly diagnostics: readonly Diagnostic[];
}

export type Splitter = (text: string) => readonly StatementSlice[];

export function parseScript(text: string, split: Splitter = splitStatements): ParsedScript {
  const lines = lineIndex(text);
  const statements: ParsedStatement[] = [];
  const diagnostics: Diagnostic[] = [];
  for (const slice of split(text)) {
    const r = parseStatement(text.slice(slice.start, slice.end), {
      baseOffset: slice.start,
      basePosition: lines.positionAt(slice.start),
    });
    statements.push({ ...slice, statement: r.statement, diagnostics: r.diagnostics });
    diagnostics.push(...r.diagnostics);
  }
  return { statements, diagnostics };
}
