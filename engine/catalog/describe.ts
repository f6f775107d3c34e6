/**
 * Catalog objects as text: `SHOW CREATE TABLE` / `SHOW CREATE VIEW` (DDL that can be pasted
 * back), `DESCRIBE` rows (name, type, null, key, extras, watermark, as Flink prints them), the
 * provenance in words, and the Markdown the language server shows on hover.
 */
import { printSqlType, printType, quoteIdentifier } from '../types/print';
import type { CatalogObject, CatalogTable, CatalogViewDef, Column, ObjectPath, Provenance } from './model';
import { formatPath } from './model';
import type { CatalogStatus } from './status';
import { describeStatus } from './status';

function sqlString(s: string): string {
  return `'${s.replace(/'/g, "''")}'`;
}

function fullName(path: ObjectPath): string {
  return [path.catalog, path.database, path.name].map(quoteIdentifier).join('.');
}

function columnDdl(c: Column): string {
  const name = quoteIdentifier(c.name);
  const comment = c.comment !== undefined ? ` COMMENT ${sqlString(c.comment)}` : '';
  switch (c.kind) {
    case 'physical':
      return `${name} ${printSqlType(c.type)}${comment}`;
    case 'computed':
      return `${name} AS ${c.expression}${comment}`;
    case 'metadata':
      return `${name} ${printSqlType(c.type)} METADATA${c.key !== undefined ? ` FROM ${sqlString(c.key)}` : ''}${c.virtual ? ' VIRTUAL' : ''}${comment}`;
  }
}

/** `SHOW CREATE TABLE` / `SHOW CREATE VIEW`. */
export function showCreate(path: ObjectPath, object: CatalogObject): string {
  return object.kind === 'view' ? showCreateView(path, object) : showCreateTable(path, object);
}

function showCreateTable(path: ObjectPath, t: CatalogTable): string {
  const elements = t.columns.map(columnDdl);
  if (t.watermark) elements.push(`WATERMARK FOR ${quoteIdentifier(t.watermark.column)} AS ${t.watermark.expression}`);
  if (t.primaryKey) {
    const name = t.primaryKey.name ? `CONSTRAINT ${quoteIdentifier(t.primaryKey.name)} ` : '';
    elements.push(`${name}PRIMARY KEY (${t.primaryKey.columns.map(quoteIdentifier).join(', ')}) NOT ENFORCED`);
  }
  const lines = [`CREATE TABLE ${fullName(path)} (`, elements.map((e) => `  ${e}`).join(',\n'), ')'];
  if (t.comment !== undefined) lines.push(`COMMENT ${sqlString(t.comment)}`);
  if (t.distribution) {
    const d = t.distribution;
    const by = d.columns.length > 0 ? ` BY ${d.kind === 'unknown' ? '' : d.kind.toUpperCase()}(${d.columns.map(quoteIdentifier).join(', ')})` : '';
    lines.push(`DISTRIBUTED${by}${d.buckets !== undefined ? ` INTO ${d.buckets} BUCKETS` : ''}`);
  }
  if (t.partitionKeys && t.partitionKeys.length > 0) lines.push(`PARTITIONED BY (${t.partitionKeys.map(quoteIdentifier).join(', ')})`);
  const options = Object.entries(t.options);
  if (options.length > 0) {
    lines.push('WITH (', options.map(([k, v]) => `  ${sqlString(k)} = ${sqlString(v)}`).join(',\n'), ')');
  }
  return lines.join('\n') + '\n';
}

function showCreateView(path: ObjectPath, v: CatalogViewDef): string {
  const columns = v.columns.length > 0 ? ` (${v.columns.map((c) => quoteIdentifier(c.name)).join(', ')})` : '';
  const comment = v.comment !== undefined ? `\nCOMMENT ${sqlString(v.comment)}` : '';
  return `CREATE VIEW ${fullName(path)}${columns}${comment} AS\n${v.query}\n`;
}

export interface DescribeRow {
  readonly name: string;
  /** Flink's summary string, with time-attribute markers: `TIMESTAMP(3) *ROWTIME*`. */
  readonly type: string;
  readonly null: boolean;
  /** `PRI(a, b)` on primary key columns. */
  readonly key: string | null;
  /** `AS expr` for computed columns, `METADATA FROM 'k' VIRTUAL` for metadata columns. */
  readonly extras: string | null;
  /** The watermark expression on the rowtime column. */
  readonly watermark: string | null;
}

/** The rows of `DESCRIBE t`, as Flink prints them. */
export function describeColumns(object: CatalogObject): DescribeRow[] {
  const table = object.kind === 'table' ? object : undefined;
  const pk = table?.primaryKey;
  const key = pk ? `PRI(${pk.columns.join(', ')})` : null;
  return (object.columns as readonly Column[]).map((c) => ({
    name: c.name,
    type: printType(c.type).replace(/ NOT NULL$/, '').replace(/ NOT NULL( \*[A-Z]+\*)$/, '$1'),
    null: c.type.nullable,
    key: pk && pk.columns.includes(c.name) ? key : null,
    extras:
      c.kind === 'computed'
        ? `AS ${c.expression}`
        : c.kind === 'metadata'
          ? `METADATA${c.key !== undefined ? ` FROM '${c.key}'` : ''}${c.virtual ? ' VIRTUAL' : ''}`
          : null,
    watermark: table?.watermark && table.watermark.column === c.name ? table.watermark.expression : null,
  }));
}

/** Where an object came from, in words. */
export function describeProvenance(p: Provenance): string {
  switch (p.kind) {
    case 'examples':
      return 'built-in example stream (generated continuously)';
    case 'local':
      return p.file ? `local store (${p.file})` : `local store (${p.stateDir})`;
    case 'workspace':
      return `declared in ${p.uri} at line ${p.range.start.line + 1}, not yet created`;
    case 'kafka':
      return p.topic ? `Kafka topic '${p.topic}' on cluster '${p.cluster}'` : `Kafka cluster '${p.cluster}'`;
    case 'memory':
      return 'in memory';
  }
}

function mdCell(s: string): string {
  return s.replace(/\|/g, '\\|').replace(/\n/g, ' ');
}

/** The hover for a table or view: schema, watermark, key, changelog, provenance, status. */
export function hoverMarkdown(path: ObjectPath, object: CatalogObject, status?: CatalogStatus): string {
  const out: string[] = [];
  out.push(`**${object.kind === 'view' ? 'view' : 'table'}** \`${formatPath(path)}\``);
  if (object.comment) out.push('', object.comment);
  out.push('', '| column | type | |', '|---|---|---|');
  for (const row of describeColumns(object)) {
    const type = row.null ? row.type : row.type.replace(/( \*[A-Z]+\*)?$/, ' NOT NULL$1');
    const notes = [row.key ? 'key' : '', row.extras ?? '', row.watermark ? `watermark ${row.watermark}` : '']
      .filter((s) => s.length > 0)
      .join('; ');
    out.push(`| \`${mdCell(row.name)}\` | \`${mdCell(type)}\` | ${mdCell(notes)} |`);
  }
  out.push('');
  if (object.kind === 'table') {
    if (object.watermark) {
      const delay = object.watermark.delayMs !== undefined ? ` (${object.watermark.delayMs / 1000} s out of order)` : '';
      out.push(`Watermark: \`${object.watermark.column}\` AS \`${object.watermark.expression}\`${delay}  `);
    }
    if (object.primaryKey) out.push(`Primary key: ${object.primaryKey.columns.map((c) => `\`${c}\``).join(', ')}  `);
  }
  out.push(`Changelog: ${object.changelog}  `);
  out.push(`Source: ${describeProvenance(object.provenance)}`);
  if (status && status.state !== 'ready') out.push('', `⚠ ${describeStatus(status)}`);
  return out.join('\n');
}
