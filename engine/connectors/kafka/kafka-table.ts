/**
 * What a kafka / upsert-kafka table resolves to: its connection, topic, codec (with the
 * registry formats' subjects defaulted to `<topic>-key` / `<topic>-value`), and the registry
 * clients of its avro-confluent / json-registry / proto-registry formats.
 */
import type { Kafka } from 'kafkajs';
import type { ColumnSpec, TableContext } from '../api';
import { OptionError, Options } from '../options';
import { KeyValueCodec } from '../key-value-codec';
import { connectionFromProperties, kafkaClient, KafkaConfigError, type KafkaConnection } from '../../kafka/connection';
import { registryOf } from '../../formats/avro-confluent/avro-confluent-format';
import type { RegistryClient } from '../../kafka/registry-client';
import { REGISTRY_FORMATS, type RegistryKind } from '../../formats/registry-schemas';


export interface ConfluentPart {
  readonly format: string;
  /** Which kind of registry schemas this part is written with. */
  readonly kind: RegistryKind;
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
  /** Registry-format key and value parts, for registering their schemas before writing. */
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
  const keyFormat = o.string('key.format');
  const valueKind = valueFormat !== undefined ? REGISTRY_FORMATS[valueFormat] : undefined;
  const keyKind = keyFormat !== undefined ? REGISTRY_FORMATS[keyFormat] : undefined;
  if (valueKind) options[`${valuePrefix}${valueFormat}.subject`] ??= `${topic}-value`;
  if (keyKind) options[`key.${keyFormat}.subject`] ??= `${topic}-key`;
  const resolved: TableContext = { ...ctx, options };
  const codec = new KeyValueCodec(resolved);
  const ro = new Options(ctx.tableName, options);
  const prefix = ro.string('key.fields-prefix', '');
  const part = (p: string, format: string, kind: RegistryKind, columns: readonly ColumnSpec[]): ConfluentPart => {
    const fo = ro.withPrefix(`${p}${format}.`);
    return { format, kind, client: registryOf(fo), subject: fo.required('subject'), columns };
  };
  const confluent = {
    ...(valueKind ? { value: part(valuePrefix, valueFormat!, valueKind, codec.valueIndexes.map((i) => ctx.columns[i])) } : {}),
    ...(keyKind && codec.keyIndexes.length > 0
      ? { key: part('key.', keyFormat!, keyKind, codec.keyIndexes.map((i) => ({ ...ctx.columns[i], name: ctx.columns[i].name.slice(prefix.length) }))) }
      : {}),
  };
  const userInfo = (k: string) => options[k]?.slice(options[k].indexOf(':') + 1);
  const secrets = [
    connection.sasl?.password,
    connection.tls?.key,
    ...Object.keys(REGISTRY_FORMATS).flatMap((f) => [userInfo(`value.${f}.basic-auth.user-info`), userInfo(`${f}.basic-auth.user-info`), userInfo(`key.${f}.basic-auth.user-info`)]),
  ];
  return { ctx: resolved, topic, connection, kafka: kafkaClient(connection), codec, confluent, secrets };
}
