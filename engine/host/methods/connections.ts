/**
 * connections/* (docs/engine-api.md): the Kafka clusters (with their Schema Registries) the
 * host's catalog shows as databases of catalog `<environment>`. set/delete need pool-admin on
 * '*', list/test viewer. Answers and audit entries never hold a secret: set is audited with
 * the connection's summary (brokers, auth mechanism, TLS, registry URL).
 */
import type { EngineApi, Method } from '../api';
import { ConnectionConfigError, parseConnectionSpec, summarize } from '../../kafka/connections';
import { InvalidParams } from '../validate';

const NAME = { type: 'string', required: true, max: 100 } as const;

function connectionsOf(api: EngineApi) {
  if (!api.connections) throw new Error('this engine host has no catalog to add connections to');
  return api.connections;
}

function spec(p: Record<string, unknown>) {
  try {
    return parseConnectionSpec(p, 'connections/set');
  } catch (e) {
    if (e instanceof ConnectionConfigError) throw new InvalidParams(e.message);
    throw e;
  }
}

export const CONNECTION_METHODS: Readonly<Record<string, Method>> = {
  'connections/list': {
    params: {},
    run: (_p, _who, api) => ({ connections: connectionsOf(api).list() }),
  },
  'connections/set': {
    params: {
      name: NAME,
      environment: { type: 'string', max: 100 },
      brokers: { type: 'string[]', required: true },
      sasl: { type: 'object' },
      tls: { type: 'object' },
      registry: { type: 'object' },
    },
    audited: true,
    auditDetail: (p) => JSON.stringify(summarize(spec(p))),
    run: (p, _who, api) => connectionsOf(api).set(spec(p)),
  },
  'connections/delete': {
    params: { name: NAME },
    audited: true,
    auditDetail: (p) => JSON.stringify({ name: p['name'] }),
    run: async (p, _who, api) => {
      await connectionsOf(api).delete(p['name'] as string);
      return { deleted: p['name'] };
    },
  },
  'connections/test': {
    params: { name: NAME },
    run: (p, _who, api) => connectionsOf(api).test(p['name'] as string),
  },
};
