/**
 * Every connector by its `connector` identifier. The planner builds sources and sinks through
 * it; the analyzer checks WITH options and the language server completes them from the same
 * OptionSpec tables (`optionsFor` adds the chosen format's options under their prefix).
 */
import type { ConnectorFactory, OptionSpec } from './api';
import { datagenConnector } from './datagen/datagen-connector';
import { examplesConnector } from './examples/examples-connector';
import { fakerConnector } from './faker/faker-connector';
import { filesystemConnector } from './filesystem/filesystem-connector';
import { blackholeConnector } from './sinks/blackhole-connector';
import { printConnector } from './sinks/print-connector';
import { localConnector } from './local/local-connector';
import { kafkaConnector, upsertKafkaConnector } from './kafka/kafka-connector';
import { allFormats, getFormat } from '../formats/registry';

const CONNECTORS: ConnectorFactory[] = [
  datagenConnector,
  fakerConnector,
  examplesConnector,
  filesystemConnector,
  localConnector,
  kafkaConnector,
  upsertKafkaConnector,
  printConnector,
  blackholeConnector,
];

export function getConnector(identifier: string): ConnectorFactory | undefined {
  const key = identifier.trim().toLowerCase();
  return CONNECTORS.find((c) => c.identifier === key);
}

export function allConnectors(): readonly ConnectorFactory[] {
  return CONNECTORS;
}

/** Adds a connector defined elsewhere (kafka, upsert-kafka); a second registration of an identifier is ignored. */
export function registerConnector(factory: ConnectorFactory): void {
  if (!getConnector(factory.identifier)) CONNECTORS.push(factory);
}

/** The `connector` key every table has. */
export const CONNECTOR_OPTION: OptionSpec = {
  key: 'connector',
  type: 'enum',
  required: true,
  get values() {
    return CONNECTORS.map((c) => c.identifier);
  },
  description: 'Which connector reads and writes the table.',
};

/**
 * The full option table of a connector for a table's WITH options: the connector's own specs
 * plus, for each `format` / `key.format` / `value.format` option it declares, the named format's
 * options with their prefix (`csv.field-delimiter`, `value.json.ignore-parse-errors`); when no
 * format is chosen yet, every format's options (for completion).
 */
export function optionsFor(connector: ConnectorFactory, withOptions: Readonly<Record<string, string>> = {}): OptionSpec[] {
  const out: OptionSpec[] = [...connector.options];
  for (const spec of connector.options) {
    if (!spec.key.endsWith('format')) continue;
    const prefix = spec.key.slice(0, -'format'.length);
    // `format` and `value.format` name the same thing: when one is written, the other adds nothing
    if (spec.key === 'format' && withOptions['value.format'] !== undefined) continue;
    if (spec.key === 'value.format' && withOptions['format'] !== undefined && withOptions['value.format'] === undefined) continue;
    const chosen = withOptions[spec.key] ?? spec.default;
    const formats = chosen !== undefined ? [getFormat(chosen)].filter((f) => f !== undefined) : allFormats();
    for (const f of formats) for (const o of f!.options) out.push({ ...o, key: `${prefix}${f!.identifier}.${o.key}` });
  }
  return out;
}

/**
 * The spec a WITH key matches: exact keys first, then `#` patterns where `#` stands for a
 * column name (which may itself be a dotted path to a nested ROW field: `fields.addr.zip.min`).
 */
export function matchOption(specs: readonly OptionSpec[], key: string): OptionSpec | undefined {
  const lower = key.toLowerCase();
  const exact = specs.find((s) => s.key.toLowerCase() === lower);
  if (exact) return exact;
  return specs.find((s) => {
    const hash = s.key.indexOf('#');
    if (hash < 0) return false;
    const head = s.key.slice(0, hash).toLowerCase();
    const tail = s.key.slice(hash + 1).toLowerCase();
    return lower.length > head.length + tail.length && lower.startsWith(head) && lower.endsWith(tail);
  });
}
