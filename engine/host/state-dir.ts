/** Where the engine host keeps pools, statements, usage, audit and tokens. */
import { homedir } from 'node:os';
import { join, resolve } from 'node:path';

/** `--state-dir DIR`, else $TIDELINE_STATE_DIR, else ~/.tideline. */
export function hostStateDir(argv: readonly string[], env: NodeJS.ProcessEnv = process.env): string {
  const i = argv.indexOf('--state-dir');
  if (i >= 0 && argv[i + 1]) return resolve(argv[i + 1]!);
  if (env['TIDELINE_STATE_DIR']) return resolve(env['TIDELINE_STATE_DIR']);
  return join(homedir(), '.tideline');
}
