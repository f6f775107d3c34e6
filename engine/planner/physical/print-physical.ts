/**
 * Physical plans as text (EXPLAIN), one operator per line, inputs indented below: the operator
 * with its arguments, then what it emits (`changelogMode=[I,UB,UA]`, `upsertKey=[...]`), the
 * columns carrying the rowtime, and how it uses time (`watermark=generates|requires`,
 * `time=proctime`). Tests compare plans as this text.
 */
import { named } from '../logical/print-plan';
import type { Field } from '../logical/plan';
import type { AggCall } from '../../runtime/aggregates/agg-function';
import type { SortField } from '../../runtime/row/compare';
import type { WindowSpec } from '../../runtime/operators/window-assigner';
import { patternText } from '../../runtime/operators/match-pattern';
import { printMode } from './changelog-mode';
import { timeOperator, type CalcBody, type PhysicalPlan } from './plan';

const col = (fields: readonly Field[], i: number) => fields[i]?.name ?? `$${i}`;
const cols = (fields: readonly Field[], is: readonly number[]) => is.map((i) => col(fields, i)).join(', ');

function sortText(fields: readonly Field[], keys: readonly SortField[]): string {
  return keys.map((k) => `${col(fields, k.index)}${k.descending ? ' DESC' : ' ASC'}`).join(', ');
}

function aggText(fields: readonly Field[], a: AggCall, name: string): string {
  const args = a.args.length === 0 ? '*' : cols(fields, a.args);
  const filter = a.filterArg === undefined ? '' : ` FILTER ${col(fields, a.filterArg)}`;
  return `${a.fn}(${a.distinct ? 'DISTINCT ' : ''}${args})${filter} AS ${name}`;
}

function windowText(w: WindowSpec, time: string): string {
  switch (w.kind) {
    case 'TUMBLE':
      return `TUMBLE(time=[${time}], size=[${w.sizeMs} ms]${w.offsetMs ? `, offset=[${w.offsetMs} ms]` : ''})`;
    case 'HOP':
      return `HOP(time=[${time}], size=[${w.sizeMs} ms], slide=[${w.slideMs} ms])`;
    case 'CUMULATE':
      return `CUMULATE(time=[${time}], max_size=[${w.maxSizeMs} ms], step=[${w.stepMs} ms])`;
    case 'SESSION':
      return `SESSION(time=[${time}], gap=[${w.gapMs} ms])`;
  }
}

/** `Calc(select=[...], where=[...])` of a projection/filter over `input` (also one fused into a scan or a sink). */
export function describeCalc(c: CalcBody, input: readonly Field[], output: readonly Field[]): string {
  return `Calc(${calcText(c, input, output)})`;
}

function calcText(c: CalcBody, input: readonly Field[], output: readonly Field[]): string {
  const select = c.projection
    .map((e, i) => {
      const text = named(e, input);
      return text === output[i]?.name ? text : `${text} AS ${output[i]?.name ?? `$${i}`}`;
    })
    .join(', ');
  return `select=[${select}]${c.filter ? `, where=[${named(c.filter, input)}]` : ''}`;
}

/** One line describing the operator itself (without its inputs). */
export function describePhysical(p: PhysicalPlan): string {
  const inF = p.inputs[0]?.fields ?? [];
  switch (p.op) {
    case 'scan': {
      const t = `${p.path.catalog}.${p.path.database}.${p.path.name}`;
      const pushed = p.pushedDown ? `, ${calcText(p.calc, p.table.columns.map((c, i) => ({ name: c.name, type: p.fields[i]?.type ?? c.type })), p.fields).replace('select=', 'project=').replace('where=', 'filter=')}` : '';
      const wm = p.watermark ? `, watermark=[${p.watermark.text}]` : '';
      const idle = p.idleTimeoutMs ? `, idleTimeout=[${p.idleTimeoutMs} ms]` : '';
      return `TableSourceScan(table=[${t}], fields=[${p.sourceFields.map((f) => f.name).join(', ')}]${pushed}${wm}${idle})`;
    }
    case 'values':
      return `Values(rows=[${p.rows.length}], fields=[${p.fields.map((f) => f.name).join(', ')}])`;
    case 'calc':
      return describeCalc(p, inF, p.fields);
    case 'sink':
      return `Sink(table=[${p.path.catalog}.${p.path.database}.${p.path.name}], ${calcText(p.calc, inF, p.table.columns.filter((c) => c.kind === 'physical'))})`;
    case 'changelogNormalize':
      return `ChangelogNormalize(key=[${cols(inF, p.spec.primaryKey)}])`;
    case 'groupAggregate':
      return `GroupAggregate(groupBy=[${cols(inF, p.spec.groupKeys)}], select=[${p.spec.aggs.map((a, i) => aggText(inF, a, p.aggNames[i]!)).join(', ')}]${p.spec.miniBatch ? ', miniBatch=[true]' : ''})`;
    case 'windowAggregate':
      return `WindowAggregate(window=[${windowText(p.spec.window, col(inF, p.spec.timeColumn))}], groupBy=[${cols(inF, p.spec.groupKeys)}], select=[${p.spec.aggs.map((a, i) => aggText(inF, a, p.aggNames[i]!)).join(', ')}])`;
    case 'windowTvf':
      return `WindowTableFunction(${windowText(p.window, col(inF, p.timeColumn))})`;
    case 'join': {
      const both = [...inF, ...(p.inputs[1]?.fields ?? [])];
      return `Join(type=[${p.spec.type}], leftKeys=[${cols(inF, p.spec.leftKeys)}], rightKeys=[${cols(p.inputs[1]!.fields, p.spec.rightKeys)}]${p.spec.condition ? `, where=[${named(p.spec.condition, both)}]` : ''})`;
    }
    case 'lookupJoin': {
      const t = `${p.path.catalog}.${p.path.database}.${p.path.name}`;
      const lookup = p.leftKeys.map((l, i) => `${col(p.sourceFields, p.lookupKeys[i]!)}=${col(inF, l)}`).join(', ');
      const where = p.condition ? `, where=[${named(p.condition, p.fields)}]` : '';
      return `LookupJoin(table=[${t}], joinType=[${p.type === 'INNER' ? 'InnerJoin' : 'LeftOuterJoin'}], lookup=[${lookup}]${where}, select=[${p.fields.map((f) => f.name).join(', ')}])`;
    }
    case 'semiAntiJoin': {
      const both = [...inF, ...(p.inputs[1]?.fields ?? [])];
      const type = p.spec.mark ? 'LeftMarkJoin' : p.spec.anti ? 'LeftAntiJoin' : 'LeftSemiJoin';
      const mark = p.spec.mark?.test ? `, mark=[${named(p.spec.mark.test, both)}]` : '';
      return `Join(type=[${type}], leftKeys=[${cols(inF, p.spec.leftKeys)}], rightKeys=[${cols(p.inputs[1]!.fields, p.spec.rightKeys)}]${p.spec.condition ? `, where=[${named(p.spec.condition, both)}]` : ''}${mark})`;
    }
    case 'intervalJoin': {
      const s = p.spec;
      return `IntervalJoin(type=[${s.type}], leftKeys=[${cols(inF, s.leftKeys)}], rightKeys=[${cols(p.inputs[1]!.fields, s.rightKeys)}], bounds=[${s.lowerMs} ms <= ${col(inF, s.leftTime)} - ${col(p.inputs[1]!.fields, s.rightTime)} <= ${s.upperMs} ms])`;
    }
    case 'temporalJoin': {
      const s = p.spec;
      return `TemporalJoin(type=[${s.type}], leftKeys=[${cols(inF, s.leftKeys)}], rightKeys=[${cols(p.inputs[1]!.fields, s.rightKeys)}], asOf=[${col(inF, s.leftTime)}], version=[${col(p.inputs[1]!.fields, s.rightTime)}])`;
    }
    case 'windowJoin': {
      const s = p.spec;
      return `WindowJoin(type=[${s.type}], leftKeys=[${cols(inF, s.leftKeys)}], rightKeys=[${cols(p.inputs[1]!.fields, s.rightKeys)}], window=[${col(inF, s.leftWindowEnd)} = ${col(p.inputs[1]!.fields, s.rightWindowEnd)}])`;
    }
    case 'rank': {
      const s = p.spec;
      return `Rank(${s.rankType && s.rankType !== 'ROW_NUMBER' ? `rankType=[${s.rankType}], ` : ''}partitionBy=[${cols(inF, s.partitionKeys)}], orderBy=[${sortText(inF, s.orderBy)}], rankRange=[${s.rankStart ?? 1}..${s.n}], rankColumn=[${s.outputRank}])`;
    }
    case 'deduplicate':
      return `Deduplicate(keys=[${cols(inF, p.spec.keys)}], keep=[${p.spec.keepLast ? 'LastRow' : 'FirstRow'}], order=[${p.spec.rowtimeColumn === undefined ? 'proctime' : col(inF, p.spec.rowtimeColumn)}])`;
    case 'windowRank': {
      const s = p.spec;
      return `WindowRank(window=[${col(inF, s.windowEndColumn)}], partitionBy=[${cols(inF, s.partitionKeys)}], orderBy=[${sortText(inF, s.orderBy)}], rankRange=[1..${s.n}], rankColumn=[${s.outputRank}])`;
    }
    case 'overAggregate': {
      const s = p.spec;
      const frame = `${s.frame.unit} ${s.frame.preceding === null ? 'UNBOUNDED' : s.frame.preceding} PRECEDING`;
      return `OverAggregate(partitionBy=[${cols(inF, s.partitionKeys)}], orderBy=[${col(inF, s.timeColumn)}], frame=[${frame}], select=[${s.aggs.map((a, i) => aggText(inF, a, p.aggNames[i]!)).join(', ')}])`;
    }
    case 'matchRecognize': {
      const s = p.spec;
      const pattern = patternText(s.pattern);
      return `MatchRecognize(partitionBy=[${cols(inF, s.partitionKeys)}], orderBy=[${col(inF, s.timeColumn)}], pattern=[${pattern}], measures=[${p.measureNames.join(', ')}], after=[SKIP ${s.afterMatch}]${s.withinMs !== undefined ? `, within=[${s.withinMs} ms]` : ''})`;
    }
    case 'unnest':
      return `Unnest(column=[${col(inF, p.spec.column)}]${p.spec.withOrdinality ? ', withOrdinality=[true]' : ''}${p.spec.left ? ', outer=[true]' : ''})`;
    case 'setOp':
      return `${p.spec.op === 'INTERSECT' ? 'Intersect' : 'Minus'}(all=[${p.spec.all}])`;
    case 'union':
      return `Union(all=[true], inputs=[${p.inputs.length}])`;
    case 'sort':
      return `Sort(orderBy=[${sortText(inF, p.spec.orderBy)}]${p.spec.offset ? `, offset=[${p.spec.offset}]` : ''}${p.spec.limit !== undefined ? `, limit=[${p.spec.limit}]` : ''})`;
    case 'temporalSort':
      return `TemporalSort(orderBy=[${col(inF, p.spec.timeColumn)} ASC${p.spec.thenBy?.length ? `, ${sortText(inF, p.spec.thenBy)}` : ''}])`;
    case 'limit':
      return `Limit(offset=[${p.offset}], fetch=[${p.limit}])`;
  }
}

function traits(p: PhysicalPlan): string {
  const parts = [`changelogMode=${printMode(p.mode)}`];
  if (p.mode.upsertKey && p.mode.upsertKey.length > 0) parts.push(`upsertKey=[${cols(p.fields, p.mode.upsertKey)}]`);
  if (p.rowtime.length > 0) parts.push(`rowtime=[${cols(p.fields, p.rowtime)}]`);
  if (p.op === 'scan' && p.watermark) parts.push('watermark=generates');
  const t = timeOperator(p);
  if (t === 'rowtime') parts.push('watermark=requires');
  else if (t === 'proctime') parts.push('time=proctime');
  return parts.join(' ');
}

export function printPhysicalPlan(p: PhysicalPlan): string {
  const lines: string[] = [];
  const visit = (n: PhysicalPlan, depth: number) => {
    lines.push(`${'  '.repeat(depth)}${describePhysical(n)} ${traits(n)}`);
    for (const c of n.inputs) visit(c, depth + 1);
  };
  visit(p, 0);
  return lines.join('\n');
}
