/**
 * `connector = 'filesystem'`: reads of a file or folder (bounded, or watching for new files
 * with source.monitor-interval) and writes of part files into a
 * folder, in csv, json, raw or debezium-json; the same DDL runs on Apache Flink.
 */
import type { ConnectorFactory, OptionSpec } from '../api';
import { LOOKUP_OPTIONS } from '../lookup/lookup-cache';
import { ScanLookup } from '../lookup/scan-lookup';
import { FilesystemSink } from './filesystem-sink';
import { FilesystemSource } from './filesystem-source';

export const FILESYSTEM_OPTIONS: readonly OptionSpec[] = [
  { key: 'path', type: 'string', required: true, description: 'A file or folder to read; the folder that part files are written to.' },
  { key: 'format', type: 'enum', required: true, values: ['csv', 'json', 'raw', 'debezium-json'], description: 'Format of the records, options prefixed by its name (csv.field-delimiter).' },
  { key: 'source.monitor-interval', type: 'duration', description: 'Keeps reading: lists the path again at this interval and reads new files (the source is then unbounded).' },
  { key: 'sink.rolling-policy.file-size', type: 'memory', default: '128 mb', description: 'A part file is finished once it reaches this size.' },
  { key: 'sink.rolling-policy.rollover-interval', type: 'duration', default: '30 min', description: 'A part file is finished once it has been open this long.' },
  { key: 'sink.part-file.suffix', type: 'string', default: '', description: "Tideline extension: suffix of written part files, e.g. '.csv'." },
  ...LOOKUP_OPTIONS,
];

export const filesystemConnector: ConnectorFactory = {
  identifier: 'filesystem',
  description: 'Reads files (bounded) and writes part files, in CSV, JSON, raw or Debezium JSON.',
  options: FILESYSTEM_OPTIONS,
  createSource: (ctx) => new FilesystemSource(ctx),
  createSink: (ctx) => new FilesystemSink(ctx),
  // Tideline extension (Flink's filesystem connector has no lookups): the files as read when the join starts.
  createLookup: (ctx, keys) => new ScanLookup(ctx, new FilesystemSource(ctx), keys),
};
