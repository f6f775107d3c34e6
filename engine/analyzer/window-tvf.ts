/**
 * Window table functions in FROM: TUMBLE, HOP, CUMULATE, SESSION over `TABLE t` (or a
 * subquery), with positional or named arguments (`DATA =>`, `TIMECOL =>`, `SIZE =>`, ...).
 * Output: the input's columns ++ window_start, window_end, window_time; window_time keeps the
 * time attribute, the original time column becomes a plain timestamp (as in Flink).
 */
import type { Range } from '../diagnostic';
import type { CallArgument, Expression, FunctionCall, TableFunction } from '../sql';
import type { LogicalType } from '../types/logical-type';
import { T, isInterval, isTimeAttribute, withoutTimeAttribute } from '../types/logical-type';
import { printType } from '../types/print';
import { suggestionsFor } from '../catalog/resolve';
import { quoteIdentifierIfNeeded } from '../catalog/model';
import type { Field, LogicalPlan, WindowKind, WindowTableFunction } from '../planner/logical/plan';
import { ExprBinder, isExpression } from './bind-expression';
import type { Planned, QueryAnalyzer } from './query';
import { Reporter } from './reporter';
import { Scope, type Relation } from './scope';

export const WINDOW_TVFS: ReadonlySet<string> = new Set(['TUMBLE', 'HOP', 'CUMULATE', 'SESSION']);

/** Parameter names in positional order, per window kind. */
const PARAMS: Readonly<Record<WindowKind, readonly string[]>> = {
  TUMBLE: ['DATA', 'TIMECOL', 'SIZE', 'OFFSET'],
  HOP: ['DATA', 'TIMECOL', 'SLIDE', 'SIZE', 'OFFSET'],
  CUMULATE: ['DATA', 'TIMECOL', 'STEP', 'SIZE', 'OFFSET'],
  SESSION: ['DATA', 'TIMECOL', 'GAP'],
};
const OPTIONAL = new Set(['OFFSET']);

export function isWindowTvf(call: FunctionCall): boolean {
  return call.name.parts.length === 1 && WINDOW_TVFS.has(call.name.parts[0].value.toUpperCase());
}

export function analyzeWindowTvf(qa: QueryAnalyzer, ref: TableFunction, outer: Scope | undefined): { planned: Planned; relation: Omit<Relation, 'offset'> } | undefined {
  const call = ref.call;
  const reporter = qa.reporter;
  const kind = call.name.parts[0].value.toUpperCase() as WindowKind;
  const params = PARAMS[kind];
  qa.info.names.push({ kind: 'function', range: call.name.range, name: kind });

  // Arguments by parameter name.
  const byName = new Map<string, CallArgument>();
  let positional = 0;
  let unknownNamed = false;
  for (const a of flattenArgs(call.args)) {
    let key: string;
    if (a.name) {
      key = a.name.value.toUpperCase();
      if (!params.includes(key)) {
        const s = suggestionsFor(key, params);
        reporter.report(
          'unknown-argument',
          `${kind} has no parameter named '${a.name.value}'${s.length ? `, did you mean '${s[0]}'?` : ''}; its parameters are ${params.join(', ')}`,
          a.name.range,
          Reporter.replacements(a.name.range, s),
        );
        unknownNamed = true;
        continue;
      }
    } else {
      if (positional >= params.length) {
        reporter.report('wrong-argument-count', `${kind} takes at most ${params.length} arguments (${params.join(', ')}), got ${call.args.length}`, a.range);
        continue;
      }
      key = params[positional++];
    }
    if (byName.has(key)) reporter.report('duplicate-argument', `Argument ${key} of ${kind} is given twice`, a.range);
    byName.set(key, a);
  }
  const missing = params.filter((p) => !OPTIONAL.has(p) && !byName.has(p));
  if (missing.length > 0 && !unknownNamed) {
    reporter.report('wrong-argument-count', `${kind} is missing its ${missing.join(', ')} argument${missing.length > 1 ? 's' : ''}: ${kind}(${params.filter((p) => !OPTIONAL.has(p)).join(', ')} [, OFFSET])`, call.range);
  }

  // DATA: TABLE t [PARTITION BY ...] or a subquery.
  const data = byName.get('DATA');
  let input: Planned | undefined;
  let inputName: string | undefined;
  let partitionExprs: readonly Expression[] = [];
  if (data) {
    const v = data.value;
    if (v.kind === 'tableArgument') {
      const r = qa.namedRelation(v.table, undefined, [], v.range);
      if (r) {
        input = r.planned;
        inputName = r.relation.name;
      }
      partitionExprs = partitionPart(v.partitionBy);
    } else if (v.kind === 'scalarSubquery') {
      input = qa.query(v.query, outer);
    } else {
      reporter.report('window-argument-type', `The DATA argument of ${kind} must be a table: TABLE name`, v.range);
    }
  }
  if (!input) return undefined;
  const inFields = input.fields;

  // TIMECOL: DESCRIPTOR(col) naming a time attribute of the input.
  let timeColumn = -1;
  const tc = byName.get('TIMECOL');
  if (tc) {
    const v = tc.value;
    if (v.kind !== 'descriptor') {
      reporter.report('window-argument-type', `The TIMECOL argument of ${kind} must be DESCRIPTOR(column)`, v.range);
    } else if (v.columns.length !== 1) {
      reporter.report('window-argument-type', `DESCRIPTOR of ${kind} must name exactly one time column`, v.range);
    } else {
      const col = v.columns[0];
      timeColumn = inFields.findIndex((f) => f.name === col.value);
      if (timeColumn < 0) {
        const s = suggestionsFor(col.value, inFields.map((f) => f.name));
        reporter.report(
          'unknown-column',
          `Column '${col.value}' not found in the DESCRIPTOR of ${kind}${s.length ? `, did you mean ${s.slice(0, 2).map((x) => `'${x}'`).join(' or ')}?` : ''}`,
          col.range,
          Reporter.replacements(col.range, s, quoteIdentifierIfNeeded),
        );
      } else {
        const t = inFields[timeColumn].type;
        qa.info.names.push({ kind: 'column', range: col.range, name: col.value, type: t, ...(inputName ? { relation: inputName } : {}) });
        if (!isTimeAttribute(t)) {
          reporter.report(
            'not-a-time-attribute',
            `The window function ${kind} requires the time column '${col.value}' to be a time attribute (a column with a WATERMARK, or PROCTIME()), but it is ${printType(t)}`,
            col.range,
          );
        }
      }
    }
  }

  // SIZE / SLIDE / STEP / GAP / OFFSET: interval literals.
  const ms = (param: string): number | undefined => {
    const a = byName.get(param);
    if (!a) return undefined;
    return intervalArg(qa, kind, param, a);
  };
  const sizes: Partial<Record<'sizeMs' | 'slideMs' | 'stepMs' | 'gapMs' | 'offsetMs', number>> = {};
  for (const [param, key] of [['SIZE', 'sizeMs'], ['SLIDE', 'slideMs'], ['STEP', 'stepMs'], ['GAP', 'gapMs'], ['OFFSET', 'offsetMs']] as const) {
    if (!params.includes(param)) continue;
    const v = ms(param);
    if (v !== undefined) sizes[key] = v;
  }
  if (sizes.sizeMs !== undefined && sizes.slideMs !== undefined && sizes.sizeMs % sizes.slideMs !== 0 && kind === 'HOP') {
    reporter.report('window-argument-value', `HOP size (${sizes.sizeMs} ms) must be an integral multiple of the slide (${sizes.slideMs} ms)`, call.range);
  }
  if (sizes.sizeMs !== undefined && sizes.stepMs !== undefined && sizes.sizeMs % sizes.stepMs !== 0) {
    reporter.report('window-argument-value', `CUMULATE size (${sizes.sizeMs} ms) must be an integral multiple of the step (${sizes.stepMs} ms)`, call.range);
  }

  // SESSION ... PARTITION BY keys: input columns.
  const partitionKeys: number[] = [];
  if (partitionExprs.length > 0) {
    const binder = new ExprBinder({ scope: new Scope([{ name: inputName, fields: inFields, offset: 0 }]), reporter, info: qa.info, clause: 'PARTITION BY' });
    for (const p of partitionExprs) {
      const x = binder.bind(p);
      if (x.kind === 'input') partitionKeys.push(x.index);
      else if (x.type.kind !== 'NULL') reporter.report('window-argument-type', 'PARTITION BY of a window table function takes column names', p.range);
    }
  }

  const plan = windowTvfNode(input.plan, inFields, kind, timeColumn, sizes, partitionKeys);
  const fields = [...plan.fields];
  return { planned: { plan, fields }, relation: { ...(inputName !== undefined ? { name: inputName } : {}), fields } };
}

/**
 * The window TVF node over `input` (whose row is `inFields`): the input's columns (the time
 * column without its time attribute) ++ window_start, window_end, window_time (which keeps it).
 * Also what legacy GROUP BY windows become (group-window.ts).
 */
export function windowTvfNode(
  input: LogicalPlan,
  inFields: readonly Field[],
  kind: WindowKind,
  timeColumn: number,
  sizes: Partial<Record<'sizeMs' | 'slideMs' | 'stepMs' | 'gapMs' | 'offsetMs', number>>,
  partitionKeys: readonly number[],
): WindowTableFunction {
  const timeType: LogicalType = timeColumn >= 0 ? inFields[timeColumn].type : T.timestamp(3, false, 'rowtime');
  const windowTime: LogicalType =
    timeType.kind === 'TIMESTAMP_LTZ' ? T.timestampLtz(3, false, isTimeAttribute(timeType) ? timeType.timeAttribute : 'rowtime') : T.timestamp(3, false, isTimeAttribute(timeType) ? timeType.timeAttribute : 'rowtime');
  const fields: Field[] = [
    ...inFields.map((f, i) => (i === timeColumn ? { name: f.name, type: withoutTimeAttribute(f.type) } : f)),
    { name: 'window_start', type: T.timestamp(3, false) },
    { name: 'window_end', type: T.timestamp(3, false) },
    { name: 'window_time', type: windowTime },
  ];
  const plan: WindowTableFunction = {
    kind: 'windowTvf',
    input,
    window: kind,
    timeColumn: Math.max(0, timeColumn),
    ...sizes,
    partitionKeys,
    fields,
  };
  return plan;
}

/** An interval literal argument of a window function, in ms (undefined when reported). */
export function intervalArg(qa: QueryAnalyzer, kind: string, param: string, a: CallArgument): number | undefined {
  const v = a.value;
  const range: Range = v.range;
  if (!isExpression(v)) {
    qa.reporter.report('window-argument-type', `The ${param} argument of ${kind} must be an interval, e.g. INTERVAL '1' MINUTE`, range);
    return undefined;
  }
  const x = new ExprBinder({ scope: Scope.empty(), reporter: qa.reporter, info: qa.info, clause: `the ${param} of ${kind}` }).bind(v);
  if (x.type.kind === 'NULL' && x.kind === 'literal' && x.value === null) return undefined;
  if (!isInterval(x.type) || x.kind !== 'literal' || typeof x.value !== 'number') {
    qa.reporter.report(
      'window-argument-type',
      `The ${param} argument of ${kind} must be an interval literal such as INTERVAL '1' MINUTE, but is ${printType(x.type)}`,
      range,
    );
    return undefined;
  }
  if (x.type.kind === 'INTERVAL_YEAR_MONTH') {
    qa.reporter.report('window-argument-type', `The ${param} of ${kind} must be a day-time interval (SECOND, MINUTE, HOUR, DAY), not ${printType(x.type)}`, range);
    return undefined;
  }
  if (x.value <= 0 && param !== 'OFFSET') {
    qa.reporter.report('window-argument-value', `The ${param} of ${kind} must be positive`, range);
    return undefined;
  }
  return x.value;
}

function isDescriptorCall(e: Expression): e is Extract<Expression, { kind: 'call' }> {
  return e.kind === 'call' && e.name.parts.length === 1 && e.name.parts[0].value.toUpperCase() === 'DESCRIPTOR';
}

/** The PARTITION BY keys of `TABLE t PARTITION BY k, DESCRIPTOR(ts), ...` (the parser's list runs on). */
function partitionPart(list: readonly Expression[]): readonly Expression[] {
  const i = list.findIndex(isDescriptorCall);
  return i < 0 ? list : list.slice(0, i);
}

/**
 * `SESSION(TABLE t PARTITION BY k, DESCRIPTOR(ts), INTERVAL ...)` parses with the DESCRIPTOR and
 * what follows inside the PARTITION BY list; they are the function's next arguments.
 */
function flattenArgs(args: readonly CallArgument[]): CallArgument[] {
  const out: CallArgument[] = [];
  for (const a of args) {
    out.push(a);
    const v = a.value;
    if (v.kind !== 'tableArgument') continue;
    const i = v.partitionBy.findIndex(isDescriptorCall);
    if (i < 0) continue;
    for (const e of v.partitionBy.slice(i)) {
      const value = isDescriptorCall(e)
        ? { kind: 'descriptor' as const, columns: e.args.flatMap((x) => (x.value.kind === 'columnRef' ? [x.value.parts[0]] : [])), range: e.range, start: e.start, end: e.end }
        : e;
      out.push({ kind: 'argument', value, range: e.range, start: e.start, end: e.end });
    }
  }
  return out;
}
