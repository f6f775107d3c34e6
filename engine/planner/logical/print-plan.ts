/**
 * Logical plans as indented text, one node per line, children indented below their parent
 * (DataFusion's style). EXPLAIN prints it and tests compare plans as text. Input references
 * print as the input field's name (`$i` when unnamed), so a line reads without the schema.
 */
import type { Expr } from '../../expr/expr';
import { printExpr } from '../../expr/print';
import { printType } from '../../types/print';
import { inputsOfPlan, type Field, type LogicalAggCall, type LogicalPlan, type SortKey } from './plan';

/** Renames input refs to their field names for printing. */
export function named(e: Expr, fields: readonly Field[]): string {
  const rename = (x: Expr): Expr => {
    switch (x.kind) {
      case 'input':
        return { ...x, name: fields[x.index]?.name ?? `$${x.index}` };
      case 'call':
        return { ...x, operands: x.operands.map(rename) };
      case 'cast':
      case 'field':
        return { ...x, operand: rename(x.operand) };
      case 'case':
        return { ...x, whens: x.whens.map((w) => ({ when: rename(w.when), then: rename(w.then) })), else: x.else ? rename(x.else) : null };
      default:
        return x;
    }
  };
  return printExpr(rename(e));
}

function cols(indices: readonly number[], fields: readonly Field[]): string {
  return indices.map((i) => fields[i]?.name ?? `$${i}`).join(', ');
}

function sortKeys(keys: readonly SortKey[], fields: readonly Field[]): string {
  return keys.map((k) => `${fields[k.index]?.name ?? `$${k.index}`}${k.descending ? ' DESC' : ''}`).join(', ');
}

function agg(a: LogicalAggCall, fields: readonly Field[]): string {
  const args = a.args.length === 0 ? '*' : cols(a.args, fields);
  const filter = a.filterArg === undefined ? '' : ` FILTER ${fields[a.filterArg]?.name ?? `$${a.filterArg}`}`;
  return `${a.fn}(${a.distinct ? 'DISTINCT ' : ''}${args})${filter} AS ${a.name}`;
}

/** One line describing the node itself (without its inputs). */
export function describeNode(p: LogicalPlan): string {
  switch (p.kind) {
    case 'scan': {
      const wm = p.watermark ? `, watermark=[${named(p.watermark.expr, p.fields)}]` : '';
      return `TableScan: ${p.path.catalog}.${p.path.database}.${p.path.name} [${p.fields.map((f) => f.name).join(', ')}]${wm}`;
    }
    case 'values':
      return `Values: ${p.rows.length} row${p.rows.length === 1 ? '' : 's'} [${p.fields.map((f) => f.name).join(', ')}]`;
    case 'project': {
      const inFields = p.input.fields;
      return `Project: ${p.exprs.map((e, i) => {
        const text = named(e, inFields);
        return text === p.fields[i].name ? text : `${text} AS ${p.fields[i].name}`;
      }).join(', ')}`;
    }
    case 'filter':
      return `Filter: ${named(p.condition, p.input.fields)}`;
    case 'aggregate': {
      const sets = p.groupingSets ? `, sets=[${p.groupingSets.map((s) => `(${s.map((i) => p.input.fields[p.groupKeys[i]]?.name).join(', ')})`).join(', ')}]` : '';
      return `Aggregate: groupBy=[${cols(p.groupKeys, p.input.fields)}]${sets}, aggs=[${p.aggs.map((a) => agg(a, p.input.fields)).join(', ')}]`;
    }
    case 'windowTvf': {
      const ms = (n: number | undefined) => (n === undefined ? '' : `${n} ms`);
      const args = [
        `time=${p.input.fields[p.timeColumn]?.name}`,
        p.sizeMs !== undefined ? `size=${ms(p.sizeMs)}` : '',
        p.slideMs !== undefined ? `slide=${ms(p.slideMs)}` : '',
        p.stepMs !== undefined ? `step=${ms(p.stepMs)}` : '',
        p.gapMs !== undefined ? `gap=${ms(p.gapMs)}` : '',
        p.offsetMs ? `offset=${ms(p.offsetMs)}` : '',
        p.partitionKeys.length ? `partitionBy=[${cols(p.partitionKeys, p.input.fields)}]` : '',
      ].filter(Boolean);
      return `WindowTableFunction: ${p.window}(${args.join(', ')})`;
    }
    case 'join': {
      const both = [...p.left.fields, ...p.right.fields];
      const temporal = p.temporal ? `, temporal=FOR SYSTEM_TIME AS OF ${p.left.fields[p.temporal.leftTime]?.name}` : '';
      const mark = p.mark ? `, mark=[${named(p.mark, both)}]` : '';
      return `Join: ${p.joinKind.toUpperCase()}, on=[${named(p.condition, both)}]${mark}${temporal}`;
    }
    case 'unnest':
      return `Unnest: ${named(p.expr, p.input.fields)}${p.withOrdinality ? ' WITH ORDINALITY' : ''}${p.outer ? ', outer' : ''}`;
    case 'union':
      return `Union${p.all ? ' All' : ''}`;
    case 'setOp':
      return `${p.op === 'INTERSECT' ? 'Intersect' : 'Minus'}${p.all ? ' All' : ''}`;
    case 'sort': {
      const lim = p.limit !== undefined ? `, limit=${p.limit}` : '';
      const off = p.offset ? `, offset=${p.offset}` : '';
      return `Sort: [${sortKeys(p.keys, p.fields)}]${lim}${off}`;
    }
    case 'over': {
      const frame = p.frame ? `, frame=${p.frame.unit} ${p.frame.preceding === null ? 'UNBOUNDED' : p.frame.preceding} PRECEDING` : '';
      return `Over: partitionBy=[${cols(p.partitionKeys, p.input.fields)}], orderBy=[${sortKeys(p.orderBy, p.input.fields)}]${frame}, calls=[${p.calls.map((c) => agg(c, p.input.fields)).join(', ')}]`;
    }
    case 'matchRecognize':
      return `MatchRecognize: partitionBy=[${cols(p.partitionKeys, p.input.fields)}], orderBy=[${sortKeys(p.orderBy, p.input.fields)}], pattern=(${p.pattern})`;
    case 'sink':
      return `Sink: ${p.path.catalog}.${p.path.database}.${p.path.name}${p.overwrite ? ' (overwrite)' : ''} [${p.columns.map((c) => p.table.columns[c]?.name ?? `$${c}`).join(', ')}]`;
  }
}

/** The whole tree; with `types`, each line ends with the node's output schema. */
export function printPlan(p: LogicalPlan, opts: { types?: boolean } = {}): string {
  const lines: string[] = [];
  const visit = (n: LogicalPlan, depth: number) => {
    const schema = opts.types ? `  :: ${n.fields.map((f) => `${f.name} ${printType(f.type)}`).join(', ')}` : '';
    lines.push(`${'  '.repeat(depth)}${describeNode(n)}${schema}`);
    for (const c of inputsOfPlan(n)) visit(c, depth + 1);
  };
  visit(p, 0);
  return lines.join('\n');
}
