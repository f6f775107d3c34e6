/**
 * Opt-in Prometheus endpoint (`--metrics-port PORT`): `GET /metrics` on 127.0.0.1 answers the
 * text exposition format (version 0.0.4) with the pools (CFU cap, in use, waiting statements),
 * statements by phase, each active statement's slots, rows, rate, late rows and watermark,
 * its sources' backlog (Kafka: consumer lag) in total and per split with the source subtask
 * reading it, and CFU-seconds used per pool. Loopback only and read-only; no SQL text or token appears.
 */
import { createServer, type Server } from 'node:http';
import { phaseOf } from '../pools/statement-store';
import { PHASES, isActive } from '../pools/lifecycle';
import type { EngineApi } from './api';

/** A label value as the exposition format wants it: backslash, quote and newline escaped. */
function label(v: string): string {
  return v.replace(/\\/g, '\\\\').replace(/"/g, '\\"').replace(/\n/g, '\\n');
}

class Exposition {
  private readonly lines: string[] = [];

  metric(name: string, type: 'gauge' | 'counter', help: string, samples: ReadonlyArray<[Record<string, string>, number]>): void {
    this.lines.push(`# HELP ${name} ${help}`, `# TYPE ${name} ${type}`);
    for (const [labels, v] of samples) {
      const ls = Object.entries(labels).map(([k, x]) => `${k}="${label(x)}"`).join(',');
      this.lines.push(`${name}${ls ? `{${ls}}` : ''} ${Number.isFinite(v) ? v : 'NaN'}`);
    }
  }

  text(): string {
    return this.lines.join('\n') + '\n';
  }
}

export function metricsText(api: EngineApi): string {
  const out = new Exposition();
  const pools = api.service.pools.list();
  out.metric('tideline_pool_max_cfu', 'gauge', 'CFU cap of the pool.', pools.map((p) => [{ pool: p.name }, p.maxCfu]));
  out.metric('tideline_pool_cfu_in_use', 'gauge', 'CFU held by statements of the pool.', pools.map((p) => [{ pool: p.name }, api.service.poolStatus(p).cfuInUse]));
  out.metric('tideline_pool_pending_statements', 'gauge', 'Statements waiting for a slot.', pools.map((p) => [{ pool: p.name }, api.service.poolStatus(p).pending]));
  const statements = api.service.statements.list();
  const byPhase = new Map<string, number>();
  for (const s of statements) byPhase.set(`${s.pool}\u0000${phaseOf(s)}`, (byPhase.get(`${s.pool}\u0000${phaseOf(s)}`) ?? 0) + 1);
  out.metric(
    'tideline_statements',
    'gauge',
    'Statements by pool and phase.',
    pools.flatMap((p) => PHASES.map((ph): [Record<string, string>, number] => [{ pool: p.name, phase: ph }, byPhase.get(`${p.name}\u0000${ph}`) ?? 0])),
  );
  const active = statements.filter((s) => isActive(phaseOf(s)));
  const views = active.map((s) => ({ s, m: api.engine?.runner.metrics(s.name) }));
  const id = (s: { name: string; pool: string }) => ({ statement: s.name, pool: s.pool });
  out.metric('tideline_statement_cfu', 'gauge', 'CFU (slots) an active statement holds.', active.map((s) => [id(s), api.service.slotsOf(s.name)]));
  out.metric('tideline_statement_rows_total', 'counter', 'Rows a running statement produced (into its result or sinks).', views.flatMap(({ s, m }) => (m ? [[id(s), m.rows]] : [])));
  out.metric('tideline_statement_rows_per_second', 'gauge', 'Rows per second over the last seconds.', views.flatMap(({ s, m }) => (m ? [[id(s), m.ratePerSecond]] : [])));
  out.metric('tideline_statement_late_rows_total', 'counter', 'Rows dropped as late.', views.flatMap(({ s, m }) => (m ? [[id(s), m.lateRows]] : [])));
  out.metric(
    'tideline_statement_watermark_seconds',
    'gauge',
    'The statement watermark (seconds since the epoch).',
    views.flatMap(({ s, m }) => (m?.watermark !== undefined ? [[id(s), m.watermark / 1000]] : [])),
  );
  out.metric(
    'tideline_statement_backlog_records',
    'gauge',
    'Records the statement\'s sources have not read yet (Kafka: consumer lag), over every split.',
    views.flatMap(({ s, m }) => (m?.backlog !== undefined ? [[id(s), m.backlog]] : [])),
  );
  out.metric(
    'tideline_source_split_backlog_records',
    'gauge',
    'Records a source split (a Kafka partition) has not read yet, with the source subtask reading it.',
    views.flatMap(({ s, m }) =>
      (m?.operators ?? []).flatMap((o) =>
        (o.splitReaders ?? []).flatMap((r): Array<[Record<string, string>, number]> =>
          r.backlog !== undefined ? [[{ ...id(s), source: o.name.replace(/^Source:/, ''), split: r.split, subtask: String(r.subtask) }, r.backlog]] : [],
        ),
      ),
    ),
  );
  const usage = api.service.meter.report({});
  const perPool = new Map<string, number>();
  for (const u of usage.statements) perPool.set(u.pool, (perPool.get(u.pool) ?? 0) + u.cfuSeconds);
  out.metric('tideline_pool_cfu_seconds_total', 'counter', 'CFU-seconds used by the pool.', [...perPool].map(([pool, v]) => [{ pool }, v]));
  return out.text();
}

/** Serves `GET /metrics` on 127.0.0.1:port (0 picks a free port). */
export function serveMetrics(api: EngineApi, port: number, log: (m: string) => void): Promise<Server> {
  const server = createServer((req, res) => {
    if (req.method !== 'GET' || (req.url ?? '').split('?')[0] !== '/metrics') {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('only GET /metrics is served here\n');
      return;
    }
    try {
      res.writeHead(200, { 'content-type': 'text/plain; version=0.0.4; charset=utf-8' }).end(metricsText(api));
    } catch (e) {
      log(`metrics: ${e instanceof Error ? e.message : String(e)}`);
      res.writeHead(500, { 'content-type': 'text/plain' }).end('metrics failed; see the engine host log\n');
    }
  });
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => {
      server.off('error', reject);
      server.on('error', (e) => log(`metrics server: ${e.message}`));
      resolve(server);
    });
  });
}

/** `--metrics-port PORT` from argv: undefined when absent; throws naming the option when not a port. */
export function metricsPortArg(argv: readonly string[]): number | undefined {
  const i = argv.indexOf('--metrics-port');
  if (i < 0) return undefined;
  const v = argv[i + 1];
  const n = Number(v);
  if (v === undefined || !/^\d{1,5}$/.test(v) || n > 65535) throw new Error(`--metrics-port needs a port number from 0 to 65535 (got '${v ?? ''}')`);
  return n;
}
