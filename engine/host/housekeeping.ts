/**
 * The host's periodic work: an autoscaler round over running statements (each decision
 * applied: slots, subtasks, the reason on the statement), and closing the open metering
 * segments into the usage log (so a crash loses at most one period of usage).
 *
 * The period and the autoscaler's idle time come from the environment:
 * `TIDELINE_AUTOSCALE_INTERVAL_MS` (default 5000), `TIDELINE_AUTOSCALE_IDLE_MS` (default
 * 60000: a statement with no input and nothing waiting at its sources this long holds no slot)
 * and `TIDELINE_AUTOSCALE_DRAIN_MS` (default 30000: a backlog should be read within this long
 * on top of the arrival rate).
 */
import { type AutoscalerConfig, DEFAULT_AUTOSCALER } from '../pools/autoscaler';
import type { PoolService } from '../pools/pool-service';

export interface HousekeepingSettings {
  readonly intervalMs: number;
  readonly autoscaler: AutoscalerConfig;
}

function positiveMs(env: NodeJS.ProcessEnv, name: string, fallback: number, log: (m: string) => void): number {
  const text = env[name];
  if (text === undefined || text === '') return fallback;
  const n = Number(text);
  if (Number.isInteger(n) && n >= 10 && n <= 86_400_000) return n;
  log(`${name}=${text.slice(0, 40)} is not a whole number of milliseconds from 10 to 86400000; using ${fallback}`);
  return fallback;
}

export function housekeepingSettings(env: NodeJS.ProcessEnv, log: (m: string) => void): HousekeepingSettings {
  return {
    intervalMs: positiveMs(env, 'TIDELINE_AUTOSCALE_INTERVAL_MS', 5000, log),
    autoscaler: {
      ...DEFAULT_AUTOSCALER,
      idleMs: positiveMs(env, 'TIDELINE_AUTOSCALE_IDLE_MS', DEFAULT_AUTOSCALER.idleMs, log),
      drainSeconds: positiveMs(env, 'TIDELINE_AUTOSCALE_DRAIN_MS', DEFAULT_AUTOSCALER.drainSeconds * 1000, log) / 1000,
    },
  };
}

export function startHousekeeping(service: PoolService, settings: HousekeepingSettings, log: (m: string) => void): () => void {
  let busy = false;
  const timer = setInterval(() => {
    if (busy) return;
    busy = true;
    service
      .autoscaleOnce(settings.autoscaler)
      .then((changes) => {
        for (const c of changes) log(`autoscaler: ${c.statement} ${c.from} -> ${c.to} (${c.reason})`);
        service.meter.flushOpen();
      })
      .catch((e) => log(`housekeeping failed: ${e instanceof Error ? e.message : String(e)}`))
      .finally(() => (busy = false));
  }, settings.intervalMs);
  timer.unref();
  return () => clearInterval(timer);
}
