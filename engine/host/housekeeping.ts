/**
 * The host's periodic work: an autoscaler round over running statements, and closing the
 * open metering segments into the usage log (so a crash loses at most one period of usage).
 */
import type { PoolService } from '../pools/pool-service';

export function startHousekeeping(service: PoolService, intervalMs: number, log: (m: string) => void): () => void {
  let busy = false;
  const timer = setInterval(() => {
    if (busy) return;
    busy = true;
    service
      .autoscaleOnce()
      .then((changes) => {
        for (const c of changes) log(`autoscaler: ${c.statement} ${c.from} -> ${c.to} (${c.reason})`);
        service.meter.flushOpen();
      })
      .catch((e) => log(`housekeeping failed: ${e instanceof Error ? e.message : String(e)}`))
      .finally(() => (busy = false));
  }, intervalMs);
  timer.unref();
  return () => clearInterval(timer);
}
