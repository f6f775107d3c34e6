/**
 * Inlay hints over a range of a document: the type of each SELECT item after it (`: BIGINT`,
 * from the analyzer's semantic info, nested SELECTs included) and the parameter names of the
 * built-in function calls with several arguments (`SUBSTRING(str: s, pos: 2)`), from the one
 * function table. A parameter name is not repeated where the argument already says it (a
 * column of that name, or a named argument `NAME => value`), nor given for the repeated
 * arguments of a variadic function (COALESCE, CONCAT: every one would read `value:`). After
 * `*` / `t.*` in a SELECT list, the columns it expands to with their types, compact (nullability
 * left out, the first few and a count when there are many), every column with its full type in
 * the hint's tooltip.
 */
import type { Position, Range } from '../../diagnostic';
import { comparePositions } from '../../diagnostic';
import { printType } from '../../types/print';
import { withNullability } from '../../types/logical-type';
import type { Field } from '../../planner/logical/plan';
import type { FunctionDef, Param } from '../../types/functions';
import type { LanguageDocument, LanguageStatement } from '../language-document';
import { walkNodes, type AnyNode } from '../ast-nodes';
import { analyzeAt } from './analyze-at';
import { fieldsTable } from './hover';
import { namedFunction } from './function-markdown';
import type { SemanticSource } from './semantic-source';
import type { CallArgument, FunctionCall } from '../../sql/ast/expression';

export interface LanguageInlayHint {
  readonly position: Position;
  readonly label: string;
  readonly kind: 'type' | 'parameter';
  /** Shown on hover over the hint (markdown). */
  readonly tooltip?: string;
}

export interface InlayHintOptions {
  /** `: TYPE` after SELECT items (default true). */
  readonly types?: boolean;
  /** `name:` before the arguments of calls with several arguments (default true). */
  readonly parameterNames?: boolean;
  /** The columns `*` / `t.*` expands to, after it (default true). */
  readonly selectStar?: boolean;
}

/** Columns a `*` hint names before it says how many more there are. */
const STAR_SHOWN = 3;

/** `(a INT, b STRING, c TIMESTAMP(3), +5 more)`, and every column with its full type for the tooltip. */
function starHint(fields: readonly Field[]): { label: string; tooltip: string } {
  const compact = (f: Field) => `${f.name} ${printType(withNullability(f.type, true))}`;
  const many = fields.length > STAR_SHOWN + 1;
  const shown = (many ? fields.slice(0, STAR_SHOWN) : fields).map(compact);
  if (many) shown.push(`+${fields.length - STAR_SHOWN} more`);
  return { label: ` (${shown.join(', ')})`, tooltip: fieldsTable(fields) };
}

export function inlayHints(doc: LanguageDocument, range: Range, source: SemanticSource, options: InlayHintOptions = {}): LanguageInlayHint[] {
  const out: LanguageInlayHint[] = [];
  const inRange = (p: Position): boolean => comparePositions(p, range.start) >= 0 && comparePositions(p, range.end) <= 0;
  for (const stmt of doc.statements) {
    const r = stmt.range;
    if (comparePositions(r.end, range.start) < 0) continue;
    if (comparePositions(r.start, range.end) > 0) break;
    const ast = stmt.result.statement;
    if (!ast) continue;
    if (options.types !== false || options.selectStar !== false) {
      const analyzed = analyzeAt(doc, stmt.slice.start, source);
      for (const n of analyzed?.analysis.info.names ?? []) {
        if (n.kind === 'selectStar' && options.selectStar !== false && n.fields.length > 0) {
          const position = stmt.toDocumentPosition(n.range.end);
          if (inRange(position)) out.push({ position, kind: 'type', ...starHint(n.fields) });
        }
        if (n.kind !== 'selectItem' || n.type.kind === 'NULL' || options.types === false) continue;
        const position = stmt.toDocumentPosition(n.range.end);
        if (inRange(position)) out.push({ position, label: `: ${printType(n.type)}`, kind: 'type' });
      }
    }
    if (options.parameterNames !== false) {
      for (const h of parameterHints(stmt, ast as unknown as AnyNode)) if (inRange(h.position)) out.push(h);
    }
  }
  return out.sort((a, b) => comparePositions(a.position, b.position));
}

function parameterHints(stmt: LanguageStatement, root: AnyNode): LanguageInlayHint[] {
  const out: LanguageInlayHint[] = [];
  walkNodes(root, (node) => {
    if (node.kind !== 'call') return;
    const call = node as unknown as FunctionCall;
    if (call.star || call.args.length < 2) return;
    const fn = namedFunction(call.name.parts.map((p) => p.value).join('.'));
    const params = fn && parametersFor(fn, call.args.length);
    if (!params || params.some((p) => p.variadic)) return;
    call.args.forEach((arg, i) => {
      const p = params[i];
      if (!p || p.name === '' || saysItself(arg, p)) return;
      out.push({ position: stmt.toDocumentPosition(arg.range.start), label: `${p.name}:`, kind: 'parameter' });
    });
  });
  return out;
}

/** The parameters of the first signature that takes `count` arguments. */
function parametersFor(fn: FunctionDef, count: number): readonly Param[] | undefined {
  if (fn.syntax !== undefined) return undefined; // special forms (CAST, EXTRACT, ...) read as keywords
  return fn.signatures.find((sig) => {
    const required = sig.filter((p) => !p.optional && !p.variadic).length;
    return count >= required && (count <= sig.length || sig.some((p) => p.variadic));
  });
}

function saysItself(arg: CallArgument, p: Param): boolean {
  if (arg.name) return true;
  const v = arg.value;
  if (v.kind !== 'columnRef') return false;
  const last = v.parts[v.parts.length - 1];
  return last !== undefined && last.value.toLowerCase() === p.name.toLowerCase();
}
