/**
 * Table scans: the connector reads physical columns then the metadata columns; a calc fused
 * into the scan lays them out in table order with computed columns evaluated, and takes any
 * projection and filter pushed down onto it. Upsert tables are followed by ChangelogNormalize
 * (the stream gets -U/+U and whole-row -D), as Flink plans them.
 */
import { E, inputsOf, type Expr } from '../../../expr/expr';
import { parseDuration } from '../../../connectors/options';
import type { TableScan } from '../../logical/plan';
import { APPEND, projectMode, retract, upsert } from '../changelog-mode';
import type { CalcBody, PhysicalPlan, ScanNode } from '../plan';
import { PlanError, type PlanContext } from '../planner-context';
import { composeCalc, copiedColumns, substitute } from '../rewrite';

export function planScan(p: TableScan, ctx: PlanContext): PhysicalPlan {
  const columns = p.table.columns;
  const physical = columns.filter((c) => c.kind === 'physical');
  const metadata = columns.filter((c) => c.kind === 'metadata');
  const sourceFields = [...physical, ...metadata].map((c) => ({ name: c.name, type: p.fields[columns.indexOf(c)]!.type }));
  const projection: Expr[] = [];
  columns.forEach((c, i) => {
    const type = p.fields[i]!.type;
    if (c.kind === 'physical') projection.push(E.input(physical.indexOf(c), type, c.name));
    else if (c.kind === 'metadata') projection.push(E.input(physical.length + metadata.indexOf(c), type, c.name));
    else {
      const bound = p.computed.find((x) => x.index === i);
      if (!bound) throw new PlanError(`computed column '${c.name}' of ${p.path.name} could not be typed: ${c.expression}`);
      projection.push(substitute(bound.expr, (r) => projection[r.index]!));
    }
  });
  const options = { ...p.table.options, ...(p.hintOptions ?? {}) };
  let watermark: ScanNode['watermark'];
  // Batch mode has no watermarks (Flink: nothing is late); the final one closes every window.
  if (p.watermark && p.table.watermark && ctx.options.mode !== 'batch') {
    const text = p.table.watermark.expression;
    const col = projection[p.watermark.column]!;
    if (col.kind === 'input' && p.watermark.delayMs !== undefined) watermark = { column: col.index, delayMs: p.watermark.delayMs, text };
    else watermark = { expr: substitute(p.watermark.expr, (r) => projection[r.index]!), text };
  }
  const idleText = options['scan.idle-timeout'];
  const idle = idleText !== undefined ? parseDuration(idleText) : ctx.options.idleTimeoutMs;
  const pk = p.table.primaryKey?.columns.map((n) => columns.findIndex((c) => c.name === n)) ?? [];
  const mode = p.table.changelog === 'upsert' && pk.length > 0 ? upsert(pk) : p.table.changelog === 'retract' ? retract(true) : APPEND;
  const scan: ScanNode = {
    op: 'scan',
    fields: p.fields,
    mode,
    rowtime: p.watermark ? [p.watermark.column] : [],
    inputs: [],
    path: p.path,
    table: p.table,
    sourceFields,
    metadataColumns: metadata.map((c) => c.name),
    calc: { projection },
    pushedDown: false,
    ...(watermark ? { watermark } : {}),
    options,
    ...(idle !== undefined && idle > 0 ? { idleTimeoutMs: idle } : {}),
  };
  if (mode.kind !== 'upsert') return scan;
  return {
    op: 'changelogNormalize',
    fields: p.fields,
    mode: retract(true, pk),
    rowtime: scan.rowtime,
    inputs: [scan],
    spec: { primaryKey: pk, ...(ctx.options.stateTtlMs ? { stateTtlMs: ctx.options.stateTtlMs } : {}) },
  };
}

/** A calc over a scan becomes part of the scan (projection and filter push-down). */
export function fuseIntoScan(scan: ScanNode, calc: CalcBody, fields: ScanNode['fields']): ScanNode {
  const merged = composeCalc(calc, scan.calc);
  const copied = copiedColumns(calc.projection);
  const rowtime = scan.rowtime.flatMap((r) => {
    const at = copied.indexOf(r);
    return at >= 0 ? [at] : [];
  });
  return { ...scan, fields, calc: merged, pushedDown: true, rowtime, mode: projectMode(scan.mode, copied, calc.filter !== undefined) };
}

/**
 * The physical columns a scan reads (indexes into the connector's columns, ascending): those
 * its calc (computed columns, pushed-down projection and filter) and its watermark refer to;
 * undefined when it reads them all. The connector is told (TableContext.readColumns) and may
 * leave the others null.
 */
export function readSourceColumns(scan: ScanNode): number[] | undefined {
  const physical = scan.sourceFields.length - scan.metadataColumns.length;
  const used = new Set<number>();
  for (const e of [...scan.calc.projection, scan.calc.filter, scan.watermark?.expr]) {
    if (e) for (const i of inputsOf(e)) used.add(i);
  }
  if (scan.watermark?.column !== undefined) used.add(scan.watermark.column);
  const read = [...used].filter((i) => i < physical).sort((a, b) => a - b);
  return read.length < physical ? read : undefined;
}
