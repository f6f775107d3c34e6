/**
 * Statement snippets offered where a statement begins: CREATE TABLE for the common connectors
 * (the WITH block lists `connector` and every required option: from the connector's OptionSpec
 * table when it is registered, else the connector's documented required options), INSERT INTO,
 * a tumbling-window aggregation and a Top-N query.
 */
import type { OptionSpec } from '../../connectors/api';
import { getConnector } from '../../connectors/registry';
import type { Range } from '../../diagnostic';
import type { LanguageCompletionItem } from './completion-item';

interface TableSnippet {
  readonly connector: string;
  readonly description: string;
  readonly columns: readonly string[];
  /** Required options documented by Flink, for connectors not in the registry (kafka). */
  readonly options: readonly (readonly [key: string, value: string])[];
}

const TABLES: readonly TableSnippet[] = [
  {
    connector: 'kafka',
    description: 'An append-only table over a Kafka topic, with an event-time watermark.',
    columns: ['`id` BIGINT', '`ts` TIMESTAMP(3)', "WATERMARK FOR `ts` AS `ts` - INTERVAL '5' SECOND"],
    options: [
      ['topic', '#topic'],
      ['properties.bootstrap.servers', '#localhost:9092'],
      ['scan.startup.mode', '|earliest-offset,latest-offset,group-offsets,timestamp'],
      ['format', '|json,avro-confluent,avro,csv,raw,debezium-json'],
    ],
  },
  {
    connector: 'upsert-kafka',
    description: 'A changelog table over a compacted Kafka topic: the primary key is the message key.',
    columns: ['`id` BIGINT', '`value` STRING', 'PRIMARY KEY (`id`) NOT ENFORCED'],
    options: [
      ['topic', '#topic'],
      ['properties.bootstrap.servers', '#localhost:9092'],
      ['key.format', '|json,avro-confluent,avro,csv,raw'],
      ['value.format', '|json,avro-confluent,avro,csv'],
    ],
  },
  {
    connector: 'datagen',
    description: 'A table of generated rows (random or sequences), unbounded unless number-of-rows is set.',
    columns: ['`id` BIGINT', '`name` STRING', '`ts` AS LOCALTIMESTAMP', "WATERMARK FOR `ts` AS `ts` - INTERVAL '1' SECOND"],
    options: [['rows-per-second', '#10']],
  },
  {
    connector: 'filesystem',
    description: 'A table over files in a folder, one format for all files.',
    columns: ['`id` BIGINT', '`name` STRING'],
    options: [],
  },
];

/** A snippet placeholder for an option value: `#text` = default text, `|a,b` = a choice. */
function placeholder(n: number, value: string): string {
  if (value.startsWith('|')) return `\${${n}|${value.slice(1)}|}`;
  return `\${${n}:${value.replace(/^#/, '').replace(/[$}\\]/g, '\\$&')}}`;
}

function specValue(spec: OptionSpec): string {
  if (spec.values && spec.values.length) return `|${spec.values.join(',')}`;
  return `#${spec.default ?? spec.key.split('.').pop() ?? ''}`;
}

function createTableSnippet(t: TableSnippet): string {
  const options = new Map<string, string>(t.options);
  const registered = getConnector(t.connector);
  for (const spec of registered?.options ?? []) if (spec.required && !options.has(spec.key)) options.set(spec.key, specValue(spec));
  let n = 2;
  const withLines = [`  'connector' = '${t.connector}'`];
  for (const [key, value] of options) withLines.push(`  '${key}' = '${placeholder(n++, value)}'`);
  return [`CREATE TABLE \${1:${t.connector.replace(/-/g, '_')}_table} (`, t.columns.map((c) => `  ${c}`).join(',\n'), ') WITH (', withLines.join(',\n'), ')$0'].join('\n');
}

const QUERIES: readonly { label: string; description: string; body: string }[] = [
  {
    label: 'INSERT INTO … SELECT',
    description: 'Write the result of a query into a table.',
    body: 'INSERT INTO ${1:sink}\nSELECT ${3:*}\nFROM ${2:source}$0',
  },
  {
    label: 'Tumbling window aggregation',
    description: 'Count rows per key in fixed, non-overlapping event-time windows (TUMBLE window TVF).',
    body: [
      'SELECT window_start, window_end, ${3:key}, COUNT(*) AS cnt',
      'FROM TABLE(',
      "  TUMBLE(TABLE ${1:source}, DESCRIPTOR(${2:ts}), INTERVAL '${4:1}' ${5|MINUTE,SECOND,HOUR,DAY|}))",
      'GROUP BY window_start, window_end, ${3:key}$0',
    ].join('\n'),
  },
  {
    label: 'Top-N per key',
    description: 'Keep the N rows with the highest value per key (ROW_NUMBER over a partition).',
    body: [
      'SELECT *',
      'FROM (',
      '  SELECT *, ROW_NUMBER() OVER (PARTITION BY ${2:key} ORDER BY ${3:metric} DESC) AS row_num',
      '  FROM ${1:source})',
      'WHERE row_num <= ${4:3}$0',
    ].join('\n'),
  },
];

export function statementSnippets(range: Range): LanguageCompletionItem[] {
  const tables = TABLES.map((t) => ({
    label: `CREATE TABLE (${t.connector})`,
    kind: 'snippet' as const,
    detail: `${t.connector} table`,
    documentation: t.description,
    insertText: createTableSnippet(t),
    snippet: true,
    range,
    filterText: `create table ${t.connector}`,
    sortText: `~1${t.connector}`,
  }));
  const queries = QUERIES.map((q, i) => ({
    label: q.label,
    kind: 'snippet' as const,
    detail: 'statement',
    documentation: q.description,
    insertText: q.body,
    snippet: true,
    range,
    filterText: q.label.toLowerCase().startsWith('insert') ? 'insert into' : `select ${q.label.toLowerCase()}`,
    sortText: `~2${i}`,
  }));
  return [...tables, ...queries];
}
