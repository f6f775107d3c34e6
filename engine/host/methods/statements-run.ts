/**
 * statements/explain, and the `context` field statements/submit takes (docs/engine-api.md):
 * explain prepares a statement as submit does (same refusals) and answers what
 * `tideline explain` prints, with the dataflow graph whose node ids the running statement's
 * operator metrics use.
 */
import { AccessDenied } from '../../auth/authorize';
import { hasRole, roleOn, type Principal } from '../../auth/roles';
import { explainGraph } from '../../job/explain-graph';
import { PoolError } from '../../pools/pool';
import { validateStatementName } from '../../pools/statement-store';
import { prepareWhenLoaded } from '../../job/prepare-loaded';
import { explainText } from '../../job/run-script';
import type { StatementContext } from '../../pools/runner';
import type { EngineApi, Method } from '../api';
import { InvalidParams, MAX_SQL_CHARS } from '../validate';

/** The engine parts of the host, or a refusal saying this host runs no statements. */
export function engineOf(api: EngineApi) {
  if (!api.engine) throw new Error('this engine host runs no statements (it was opened without a runner)');
  return api.engine;
}

/** Checks the `context` object of statements/submit and statements/explain. */
export function parseContext(method: string, v: unknown): StatementContext | undefined {
  if (v === undefined || v === null) return undefined;
  const where = `${method}: field 'context`;
  if (typeof v !== 'object' || Array.isArray(v)) throw new InvalidParams(`${where}' must be an object { catalog?, database?, file?, line?, settings? }`);
  const o = v as Record<string, unknown>;
  const out: { -readonly [K in keyof StatementContext]: StatementContext[K] } = {};
  for (const [k, x] of Object.entries(o)) {
    if (x === undefined || x === null) continue;
    switch (k) {
      case 'catalog':
      case 'database':
      case 'file':
        if (typeof x !== 'string' || x.length > 1000) throw new InvalidParams(`${where}.${k}' must be a string of at most 1000 characters`);
        out[k] = x;
        break;
      case 'line':
        if (typeof x !== 'number' || !Number.isSafeInteger(x) || x < 1) throw new InvalidParams(`${where}.line' must be a positive integer (1-based)`);
        out.line = x;
        break;
      case 'settings': {
        if (typeof x !== 'object' || Array.isArray(x)) throw new InvalidParams(`${where}.settings' must be an object of string values`);
        const entries = Object.entries(x as Record<string, unknown>);
        if (entries.length > 500) throw new InvalidParams(`${where}.settings' has ${entries.length} entries; at most 500 are accepted`);
        const settings: Record<string, string> = {};
        for (const [sk, sv] of entries) {
          if (typeof sv !== 'string' || sk.length > 1000 || sv.length > 10_000) throw new InvalidParams(`${where}.settings.${sk.slice(0, 60)}' must be a string`);
          settings[sk] = sv;
        }
        out.settings = settings;
        break;
      }
      default:
        throw new InvalidParams(`${where}.${k.slice(0, 60)}' is unknown (fields: catalog, database, file, line, settings)`);
    }
  }
  return out;
}

/**
 * `runAs`: a pool-admin submits a long-running INSERT as a service principal, which then owns
 * it (it keeps running whatever happens to the submitter's token; stopping it needs pool-admin).
 * In shared mode the service principal must hold developer on the pool.
 */
export function checkRunAs(api: EngineApi, who: Principal, pool: string, runAs: string): void {
  validateStatementName(runAs);
  if (!hasRole(who, pool, 'pool-admin')) {
    const held = roleOn(who, pool);
    throw new AccessDenied(`principal '${who.name}' may not submit statements as '${runAs}' on pool '${pool}': needs role pool-admin (${held ? `holds ${held}` : 'holds no role there'})`);
  }
  if (!api.tokens) return;
  const service = api.tokens.principals().find((p) => p.name === runAs);
  if (!service || !hasRole(service, pool, 'developer')) {
    throw new PoolError(
      `no principal '${runAs}' holding developer on pool '${pool}' to run as; create it with: tideline token create --principal ${runAs} --grant developer:${pool}`,
    );
  }
}

export const STATEMENT_RUN_METHODS: Readonly<Record<string, Method>> = {
  'statements/explain': {
    params: { sql: { type: 'string', required: true, max: MAX_SQL_CHARS }, context: { type: 'object' } },
    run: async (p, _who, api) => {
      const engine = engineOf(api);
      const context = parseContext('statements/explain', p['context']);
      const prepared = await prepareWhenLoaded(p['sql'] as string, context, engine.catalogs.manager);
      const logical = prepared.analysis.plans ?? (prepared.analysis.plan ? [prepared.analysis.plan] : []);
      if (prepared.plans.length === 0) return { text: `${prepared.statement.kind} statements have no plan; they run in the catalog\n`, graph: { nodes: [], edges: [] } };
      const location = `${context?.file ?? 'statement'}:${context?.line ?? 1}`;
      const text = prepared.plans.map((plan, i) => explainText(location, logical[i]!, plan)).join('\n');
      return { text, graph: explainGraph(prepared.plans) };
    },
  },
};
