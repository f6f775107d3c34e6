/**
 * `dist/cli.js`, the `tideline` executable: a few lines that load the CLI bundle
 * (`dist/cli-main.js`, built from ./main.ts) through a V8 code cache and run it, so a fresh
 * process does not compile the whole bundle again (see ./code-cache.ts).
 */
import { join } from 'node:path';
import { requireWithCodeCache } from './code-cache';

(requireWithCodeCache(join(__dirname, 'cli-main.js')) as { main(): void }).main();
