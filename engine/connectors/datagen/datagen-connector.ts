/**
 * `connector = 'datagen'`: Flink's DataGen connector. Tideline extension: `seed` makes the
 * random values repeatable (same seed, same rows), which Flink's datagen does not offer.
 */
import type { ConnectorFactory, OptionSpec, TableContext } from '../api';
import { DatagenSource } from './datagen-source';

export const DATAGEN_OPTIONS: readonly OptionSpec[] = [
  { key: 'rows-per-second', type: 'long', default: '10000', description: 'Rows generated per second (the rate limit over all splits).' },
  { key: 'number-of-rows', type: 'long', description: 'Total rows to generate; the source is bounded when set.' },
  { key: 'scan.parallelism', type: 'int', default: '1', description: 'Number of parallel splits generating rows.' },
  { key: 'seed', type: 'long', description: 'Tideline extension: seed for the random values, making runs repeatable.' },
  { key: 'fields.#.kind', type: 'enum', values: ['random', 'sequence'], default: 'random', description: 'Generator for the column: random values or a sequence from start to end.' },
  { key: 'fields.#.min', type: 'string', description: 'Minimum random value (numeric and interval columns).' },
  { key: 'fields.#.max', type: 'string', description: 'Maximum random value (numeric and interval columns).' },
  { key: 'fields.#.max-past', type: 'duration', default: '0', description: 'How far before now a random timestamp or date may lie.' },
  { key: 'fields.#.length', type: 'int', default: '100', description: 'Length of random strings and bytes, or element count of arrays, maps and multisets (default 3).' },
  { key: 'fields.#.var-len', type: 'boolean', default: 'false', description: 'Random length up to fields.#.length instead of exactly that length.' },
  { key: 'fields.#.start', type: 'string', description: 'First value of a sequence.' },
  { key: 'fields.#.end', type: 'string', description: 'Last value of a sequence; the source ends when a sequence does.' },
  { key: 'fields.#.null-rate', type: 'double', default: '0', description: 'Fraction of rows where the column is NULL (0 to 1).' },
];

export const datagenConnector: ConnectorFactory = {
  identifier: 'datagen',
  description: 'Generates random or sequential rows for every column type, at a rate, optionally bounded.',
  options: DATAGEN_OPTIONS,
  createSource: (ctx: TableContext) => new DatagenSource(ctx),
};
