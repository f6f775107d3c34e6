/**
 * What a kafka / upsert-kafka table resolves to: its connection, topic, codec (with the
 * avro-confluent subjects defaulted to `<topic>-key` / `<topic>-value`), and the registry
 * clients of its avro-confluent formats.
 */
import type { Kafka } from 'kafkajs';
import type { ColumnSpec, TableContext } from '../api';
import { OptionError, Options } from '../options';
import { KeyValueCodec } from '../key-value-codec';
import { connectionFromProperties, kafkaClient, KafkaConfigError, type KafkaConnection } from '../../kafka/connection';
import { registryOf } from '../../formats/avro-confluent/avro-confluent-format';
import type { RegistryClient } from '../../kafka/registry-client';

export interface ConfluentPart {
  readonly client: RegistryClient;
  readonly subject: string;
  readonly columns: readonly ColumnSpec[];
}

export interface KafkaTable {
  readonly ctx: TableContext;
  readonly topic: string;
  readonly connection: KafkaConnection;
  readonly kafka: Kafka;
  readonly codec: KeyValueCodec;
  /** avro-confluent key / value formats, for prefetching and registering schemas. */
  readonly confluent: { readonly key?: ConfluentPart; readonly value?: ConfluentPart };
  /** Passwords of this table, scrubbed from every message. */
  readonly secrets: readonly (string | undefined)[];
}

export function kafkaTable(ctx: TableContext, upsert: boolean): KafkaTable {
  const o = Options.of(ctx);
  const topic = o.required('topic');
  if (topic.includes(';')) throw o.bad('topic', topic, 'one topic');
  if (upsert && (ctx.primaryKey?.length ?? 0) === 0) throw new OptionError(`table ${ctx.tableName}: 'upsert-kafka' tables need a PRIMARY KEY`);
  let connection: KafkaConnection;
  try {
    connection = connectionFromProperties(ctx.options);
  } catch (e) {
    if (e instanceof KafkaConfigError) throw new OptionError(`table ${ctx.tableName}: ${e.message}`);
    throw e;
  }
  const options: Record<string, string> = { ...ctx.options };
  const valuePrefix = o.has('value.format') ? 'value.' : '';
  const valueFormat = o.string(`${valuePrefix}format`);
  if (valueFormat === 'avro-confluent') options[`${valuePrefix}avro-confluent.subject`] ??= `${topic}-value`;
  if (o.string('key.format') === 'avro-confluent') options['key.avro-confluent.subject'] ??= `${topic}-key`;
  const resolved: TableContext = { ...ctx, options };
  const codec = new KeyValueCodec(resolved);
  const ro = new Options(ctx.tableName, options);
  const prefix = ro.string('key.fields-prefix', '');
  const part = (p: string, columns: readonly ColumnSpec[]): ConfluentPart => {
    const fo = ro.withPrefix(`${p}avro-confluent.`);
    return { client: registryOf(fo), subject: fo.required('subject'), columns };
  };
  const confluent = {
    ...(valueFormat === 'avro-confluent' ? { value: part(valuePrefix, codec.valueIndexes.map((i) => ctx.columns[i])) } : {}),
    ...(o.string('key.format') === 'avro-confluent' && codec.keyIndexes.length > 0
      ? { key: part('key.', codec.keyIndexes.map((i) => ({ ...ctx.columns[i], name: ctx.columns[i].name.slice(prefix.length) }))) }
      : {}),
  };
  const userInfo = (k: string) => options[k]?.slice(options[k].indexOf(':') + 1);
  const secrets = [connection.sasl?.password, connection.tls?.key, userInfo('value.avro-confluent.basic-auth.user-info'), userInfo('avro-confluent.basic-auth.user-info'), userInfo('key.avro-confluent.basic-auth.user-info')];
  return { ctx: resolved, topic, connection, kafka: kafkaClient(connection), codec, confluent, secrets };
}
