/**
 * Where the subtask worker's bundle is: `subtask-worker.js` next to the bundle that runs the
 * engine (dist/engine-host.js, dist/cli-main.js; scripts/build.mjs builds all three into dist/).
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';

export const SUBTASK_WORKER_FILE = 'subtask-worker.js';

/** The worker script in `dir` (the running bundle's folder by default), if it is there. */
export function subtaskWorkerScript(dir: string = __dirname): string | undefined {
  const p = join(dir, SUBTASK_WORKER_FILE);
  return existsSync(p) ? p : undefined;
}
