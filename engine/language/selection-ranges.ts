/**
 * Selection ranges (expand selection): the AST nodes containing the cursor from the innermost
 * outwards, then the statement. Where a statement does not parse, the statement range alone.
 */
import type { Position, Range } from '../diagnostic';
import { nodesAt, type AnyNode } from './ast-nodes';
import { toDocumentRange, toStatementOffset, type LanguageDocument } from './language-document';

/** Innermost first; each range contains the one before it. Empty outside any statement. */
export function selectionRanges(doc: LanguageDocument, position: Position): Range[] {
  const offset = doc.offsetAt(position);
  const stmt = doc.statementAt(offset);
  if (!stmt || offset > stmt.slice.end) return [];
  const out: Range[] = [];
  const ast = stmt.result.statement;
  if (ast) {
    const chain = nodesAt(ast as unknown as AnyNode, toStatementOffset(doc, stmt, offset));
    for (let i = chain.length - 1; i >= 0; i--) {
      const r = toDocumentRange(stmt, chain[i].range);
      const prev = out[out.length - 1];
      if (!prev || !sameRange(prev, r)) out.push(r);
    }
  }
  const whole = stmt.range;
  if (!out.length || !sameRange(out[out.length - 1], whole)) out.push(whole);
  return out;
}

function sameRange(a: Range, b: Range): boolean {
  return a.start.line === b.start.line && a.start.character === b.start.character && a.end.line === b.end.line && a.end.character === b.end.character;
}
