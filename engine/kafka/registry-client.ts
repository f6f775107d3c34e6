/**
 * The Schema Registry as Tideline uses it (Confluent REST API; Apicurio's ccompat API at
 * `/apis/ccompat/v7` answers the same): register a schema under a subject, fetch a schema by
 * id (cached: ids are immutable), list and read subjects, delete subjects. Registration and
 * lookup by id go through @kafkajs/confluent-schema-registry; listing and deletion, which it
 * lacks, are plain REST calls. Every error is redacted before it leaves.
 */
import type * as avro from 'avsc';
import type { SchemaRegistry } from '@kafkajs/confluent-schema-registry';
import { avsc, schemaRegistry } from '../lazy-libraries';
import type { RegistryConfig } from './connection';
import { redact, redactError } from './redact';
import { parseProtoSchema, type ProtoSchema } from '../formats/proto-registry/proto-schema-types';
import type { AvroSchema } from '../formats/avro/avro-schema';

export interface SubjectVersion {
  readonly subject: string;
  readonly id: number;
  readonly version: number;
  readonly schemaType: string;
  /** The schema text (Avro: JSON). */
  readonly schema: string;
}

export class RegistryError extends Error {
  constructor(
    message: string,
    readonly status?: number,
  ) {
    super(message);
    this.name = 'RegistryError';
  }
}

export class RegistryClient {
  private readonly lib: SchemaRegistry;
  private readonly base: string;
  private readonly types = new Map<number, avro.Type>();
  /** The parsed Avro schemas (JSON) of the ids in `types`. */
  private readonly avroSchemas = new Map<number, AvroSchema>();
  private readonly pending = new Map<number, Promise<avro.Type>>();
  private readonly protos = new Map<number, ProtoSchema>();
  private readonly protosPending = new Map<number, Promise<ProtoSchema>>();
  private readonly registered = new Map<string, number>();
  /** Schema ids the registry could not give, with the reason (not asked again). */
  readonly failures = new Map<number, string>();

  constructor(private readonly config: RegistryConfig) {
    this.base = config.url.replace(/\/+$/, '');
    const auth = config.username !== undefined ? { username: config.username, password: config.password ?? '' } : undefined;
    this.lib = new (schemaRegistry().SchemaRegistry)({ host: this.base, ...(auth ? { auth } : {}), retry: { retries: 2 } });
  }

  get url(): string {
    return redact(this.base);
  }

  private fail(e: unknown): Error {
    return redactError(e, [this.config.password]);
  }

  /**
   * Registers (or finds) `schema` under `subject` (Avro or JSON Schema as an object, Protobuf as
   * .proto text); the id, cached per subject and schema text.
   */
  async register(subject: string, schema: object | string, schemaType: 'AVRO' | 'JSON' | 'PROTOBUF' = 'AVRO'): Promise<number> {
    const text = typeof schema === 'string' ? schema : JSON.stringify(schema);
    const key = `${subject}\u0000${text}`;
    const known = this.registered.get(key);
    if (known !== undefined) return known;
    let id: number;
    if (schemaType === 'AVRO') {
      try {
        ({ id } = await this.lib.register({ type: schemaRegistry().SchemaType.AVRO, schema: text }, { subject }));
      } catch (e) {
        throw this.fail(e);
      }
    } else {
      ({ id } = (await this.request('POST', `/subjects/${encodeURIComponent(subject)}/versions`, { schema: text, schemaType })) as { id: number });
    }
    this.registered.set(key, id);
    return id;
  }

  /** The id `register` gave for this subject and schema, if it ran. */
  registeredId(subject: string, schema: object | string): number | undefined {
    return this.registered.get(`${subject}\u0000${typeof schema === 'string' ? schema : JSON.stringify(schema)}`);
  }

  /** The avsc type of a schema id, if fetched already. */
  cachedType(id: number): avro.Type | undefined {
    return this.types.get(id);
  }

  /** The Avro schema (parsed JSON) of a schema id, if fetched already (`type`). */
  cachedAvroSchema(id: number): AvroSchema | undefined {
    return this.avroSchemas.get(id);
  }

  /** Fetches (once) the Avro writer schema of `id`. Rejects with a RegistryError for an unknown id. */
  type(id: number): Promise<avro.Type> {
    return this.once(id, this.types, this.pending, 'AVRO', (text) => {
      const schema = JSON.parse(text) as AvroSchema;
      const type = avsc().Type.forSchema(schema as avro.Schema, { wrapUnions: 'auto' });
      this.avroSchemas.set(id, schema);
      return type;
    });
  }

  /** The Protobuf schema of `id`, if fetched already. */
  cachedProtoSchema(id: number): ProtoSchema | undefined {
    return this.protos.get(id);
  }

  /** Fetches (once) the Protobuf writer schema of `id`. */
  protoSchema(id: number): Promise<ProtoSchema> {
    return this.once(id, this.protos, this.protosPending, 'PROTOBUF', parseProtoSchema);
  }

  /** Fetches schema `id` of `schemaType` once, parsed; concurrent callers share the request. */
  private once<T>(id: number, cache: Map<number, T>, pending: Map<number, Promise<T>>, schemaType: string, parse: (text: string) => T): Promise<T> {
    const cached = cache.get(id);
    if (cached) return Promise.resolve(cached);
    let p = pending.get(id);
    if (!p) {
      p = this.fetchSchemaById(id, schemaType)
        .then((text) => {
          const t = parse(text);
          cache.set(id, t);
          return t;
        })
        .finally(() => pending.delete(id));
      pending.set(id, p);
    }
    return p;
  }

  private async fetchSchemaById(id: number, schemaType: string): Promise<string> {
    const body = (await this.request('GET', `/schemas/ids/${id}`)) as { schema: string; schemaType?: string };
    if ((body.schemaType ?? 'AVRO') !== schemaType) throw new RegistryError(`schema id ${id} is ${body.schemaType ?? 'AVRO'}, not ${schemaType}`);
    return body.schema;
  }

  async subjects(signal?: AbortSignal): Promise<string[]> {
    return (await this.request('GET', '/subjects', undefined, signal)) as string[];
  }

  /** The latest version of a subject, or undefined when there is no such subject. */
  async latest(subject: string, signal?: AbortSignal): Promise<SubjectVersion | undefined> {
    try {
      const v = (await this.request('GET', `/subjects/${encodeURIComponent(subject)}/versions/latest`, undefined, signal)) as {
        subject: string;
        id: number;
        version: number;
        schemaType?: string;
        schema: string;
      };
      return { subject: v.subject, id: v.id, version: v.version, schemaType: v.schemaType ?? 'AVRO', schema: v.schema };
    } catch (e) {
      if (e instanceof RegistryError && e.status === 404) return undefined;
      throw e;
    }
  }

  /** Whether `schema` is compatible with the latest version of `subject` (true when the subject is new). */
  async compatible(subject: string, schema: object): Promise<{ compatible: boolean; messages: string[] }> {
    try {
      const r = (await this.request('POST', `/compatibility/subjects/${encodeURIComponent(subject)}/versions/latest?verbose=true`, {
        schema: JSON.stringify(schema),
      })) as { is_compatible: boolean; messages?: string[] };
      return { compatible: r.is_compatible, messages: r.messages ?? [] };
    } catch (e) {
      if (e instanceof RegistryError && e.status === 404) return { compatible: true, messages: [] };
      throw e;
    }
  }

  /** Deletes a subject (soft, then permanently); absent subjects are fine. */
  async deleteSubject(subject: string): Promise<void> {
    for (const q of ['', '?permanent=true']) {
      try {
        await this.request('DELETE', `/subjects/${encodeURIComponent(subject)}${q}`);
      } catch (e) {
        if (e instanceof RegistryError && (e.status === 404 || e.status === 422)) continue;
        throw e;
      }
    }
    for (const k of [...this.registered.keys()]) if (k.startsWith(`${subject}\u0000`)) this.registered.delete(k);
  }

  private async request(method: string, path: string, body?: unknown, signal?: AbortSignal): Promise<unknown> {
    const headers: Record<string, string> = { Accept: 'application/vnd.schemaregistry.v1+json, application/json' };
    if (body !== undefined) headers['Content-Type'] = 'application/vnd.schemaregistry.v1+json';
    if (this.config.username !== undefined) {
      headers.Authorization = `Basic ${Buffer.from(`${this.config.username}:${this.config.password ?? ''}`).toString('base64')}`;
    }
    let res: Response;
    try {
      res = await fetch(`${this.base}${path}`, { method, headers, ...(body !== undefined ? { body: JSON.stringify(body) } : {}), ...(signal ? { signal } : {}) });
    } catch (e) {
      throw this.fail(new RegistryError(`schema registry ${this.url} unreachable: ${(e as Error).cause instanceof Error ? ((e as Error).cause as Error).message : (e as Error).message}`));
    }
    const text = await res.text();
    if (!res.ok) {
      let message = text;
      try {
        message = (JSON.parse(text) as { message?: string }).message ?? text;
      } catch {
        /* not JSON */
      }
      throw new RegistryError(redact(`schema registry ${method} ${path}: ${res.status} ${message}`, [this.config.password]), res.status);
    }
    return text === '' ? undefined : JSON.parse(text);
  }
}

const clients = new Map<string, RegistryClient>();

/** One client (and so one schema cache) per registry URL and user. */
export function registryClient(config: RegistryConfig): RegistryClient {
  const key = `${config.url}\u0000${config.username ?? ''}\u0000${config.password ?? ''}`;
  let c = clients.get(key);
  if (!c) clients.set(key, (c = new RegistryClient(config)));
  return c;
}
