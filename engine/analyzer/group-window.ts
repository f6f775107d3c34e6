/**
 * Legacy group windows (deprecated in Flink, still run by it, and the form Nexmark q11 uses):
 * `GROUP BY k, TUMBLE(t, size [, offset])`, `HOP(t, slide, size [, offset])` or
 * `SESSION(t, gap)`, with TUMBLE_START / _END / _ROWTIME / _PROCTIME (HOP_..., SESSION_...) in
 * the SELECT list and HAVING. Flink plans them as window aggregates; so do we, through the same
 * plan as the window TVF form: a window table function over the row after WHERE (its columns
 * appended, so the FROM scope still binds), grouped by its window_start and window_end (and
 * window_time when an _ROWTIME / _PROCTIME reads it), each auxiliary reading its key. Sessions
 * are per group key, as the legacy form means.
 */
import type { Expression, FunctionCall, GroupingElement } from '../sql';
import { E, type Expr } from '../expr/expr';
import type { Field, LogicalPlan, WindowKind } from '../planner/logical/plan';
import { isTimeAttribute } from '../types/logical-type';
import { printType } from '../types/print';
import { errorExpr, isExpression, walkAst, type ExprBinder } from './bind-expression';
import type { QueryAnalyzer } from './query';
import { intervalArg, windowTvfNode } from './window-tvf';

export interface GroupWindow {
  /** The GROUP BY expression it stands for. */
  readonly call: Expression;
  /** The row after WHERE with the window columns appended. */
  readonly plan: LogicalPlan;
  readonly fields: readonly Field[];
  /** The group keys replacing the call: window_start, window_end [, window_time]. */
  readonly keys: readonly Expr[];
  /** The key an auxiliary call reads (an error expression when it names another window), or undefined for any other node. */
  auxiliary(node: Expression): Expr | undefined;
}

type GroupWindowKind = Extract<WindowKind, 'TUMBLE' | 'HOP' | 'SESSION'>;

/** Parameters after the time column, in order; the last of TUMBLE and HOP is optional. */
const PARAMS: Readonly<Record<GroupWindowKind, readonly string[]>> = {
  TUMBLE: ['SIZE', 'OFFSET'],
  HOP: ['SLIDE', 'SIZE', 'OFFSET'],
  SESSION: ['GAP'],
};
const AUXILIARY = /^(TUMBLE|HOP|SESSION)_(START|END|ROWTIME|PROCTIME)$/;

function windowCall(e: Expression): { kind: GroupWindowKind; call: FunctionCall } | undefined {
  if (e.kind !== 'call' || e.over || e.name.parts.length !== 1) return undefined;
  const name = e.name.parts[0].value.toUpperCase();
  return name in PARAMS ? { kind: name as GroupWindowKind, call: e } : undefined;
}

function auxiliaryName(node: Expression): RegExpMatchArray | undefined {
  if (node.kind !== 'call' || node.over || node.name.parts.length !== 1) return undefined;
  return node.name.parts[0].value.toUpperCase().match(AUXILIARY) ?? undefined;
}

/**
 * The group window of a GROUP BY over `row` (the plan after WHERE and its fields), or undefined
 * when it has none (one with no keys when its arguments were reported). `reads` are the SELECT list and HAVING (whether an _ROWTIME / _PROCTIME
 * needs window_time); `bind` binds the time column in the FROM scope.
 */
export function groupWindow(
  qa: QueryAnalyzer,
  groupBy: readonly GroupingElement[],
  reads: readonly Expression[],
  row: { readonly plan: LogicalPlan; readonly fields: readonly Field[] },
  bind: ExprBinder,
): GroupWindow | undefined {
  const found = groupBy.flatMap((g) => {
    const w = g.kind === 'groupExpression' ? windowCall(g.expression) : undefined;
    return w ? [w] : [];
  });
  if (found.length === 0) return undefined;
  for (const extra of found.slice(1)) qa.reporter.report('group-window', 'GROUP BY can have only one group window (TUMBLE, HOP or SESSION)', extra.call.range);
  const { kind, call } = found[0]!;
  // Reported: the call stands for no key (not bound again as a misplaced table function).
  const failed: GroupWindow = { call, plan: row.plan, fields: row.fields, keys: [], auxiliary: (node) => (auxiliaryName(node) ? errorExpr() : undefined) };
  qa.info.names.push({ kind: 'function', range: call.name.range, name: kind });
  const params = PARAMS[kind];
  const required = kind === 'SESSION' ? 1 : params.length - 1;
  const args = call.args;
  if (args.length < 1 + required || args.length > 1 + params.length || args.some((a) => a.name)) {
    const shape = `${kind}(time_attr, ${params.map((p, i) => (i < required ? p.toLowerCase() : `[${p.toLowerCase()}]`)).join(', ')})`;
    qa.reporter.report('wrong-argument-count', `The group window ${shape} takes ${required === params.length ? params.length + 1 : `${required + 1} or ${params.length + 1}`} positional arguments`, call.range);
    return failed;
  }
  const t = args[0]!.value;
  const time = isExpression(t) ? bind.bind(t) : undefined;
  if (!time || time.kind !== 'input' || !isTimeAttribute(time.type)) {
    if (time?.type.kind !== 'NULL') {
      qa.reporter.report(
        'not-a-time-attribute',
        `The group window ${kind} needs a time attribute (a column with a WATERMARK, or PROCTIME()) as its first argument${time ? `, but got ${printType(time.type)}` : ''}`,
        args[0]!.range,
      );
    }
    return failed;
  }
  const sizes: Partial<Record<'sizeMs' | 'slideMs' | 'gapMs' | 'offsetMs', number>> = {};
  for (let i = 1; i < args.length; i++) {
    const param = params[i - 1]!;
    const ms = intervalArg(qa, kind, param, args[i]!);
    if (ms === undefined) return failed;
    sizes[({ SIZE: 'sizeMs', SLIDE: 'slideMs', GAP: 'gapMs', OFFSET: 'offsetMs' } as const)[param as 'SIZE' | 'SLIDE' | 'GAP' | 'OFFSET']] = ms;
  }
  if (kind === 'HOP' && sizes.sizeMs! % sizes.slideMs! !== 0) {
    qa.reporter.report('window-argument-value', `HOP size (${sizes.sizeMs} ms) must be an integral multiple of the slide (${sizes.slideMs} ms)`, call.range);
  }

  let needsTime = false;
  for (const r of reads) {
    walkAst(r, (n) => {
      const m = auxiliaryName(n);
      if (m && (m[2] === 'ROWTIME' || m[2] === 'PROCTIME')) needsTime = true;
    });
  }
  const plan = windowTvfNode(row.plan, row.fields, kind, time.index, sizes, []);
  const n = row.fields.length;
  const col = (i: number) => E.input(n + i, plan.fields[n + i]!.type, plan.fields[n + i]!.name);
  const keys = [col(0), col(1), ...(needsTime ? [col(2)] : [])];
  const timeKind = isTimeAttribute(time.type) ? time.type.timeAttribute : undefined;
  return {
    call,
    plan,
    fields: plan.fields,
    keys,
    auxiliary(node) {
      const m = auxiliaryName(node);
      if (!m) return undefined;
      const [, family, part] = m;
      if (family !== kind) {
        qa.reporter.report('group-window', `${family}_${part} reads a ${family} group window, but the GROUP BY has ${kind}(...)`, node.range);
        return errorExpr();
      }
      if ((part === 'ROWTIME' || part === 'PROCTIME') && part.toLowerCase() !== timeKind) {
        qa.reporter.report('group-window', `${family}_${part} needs a ${part === 'ROWTIME' ? 'rowtime' : 'processing-time'} window, but ${kind}(...) is on a ${timeKind} attribute`, node.range);
        return errorExpr();
      }
      qa.info.names.push({ kind: 'function', range: (node as FunctionCall).name.range, name: `${family}_${part}` });
      return part === 'START' ? keys[0]! : part === 'END' ? keys[1]! : keys[2]!;
    },
  };
}
