/**
 * `dist/server.js`, what the extension (and any other editor) starts: a few lines that load the
 * language server bundle (`dist/server-main.js`, built from ./main.ts) through a V8 code cache,
 * so a fresh server neither compiles the ~4 MB bundle again nor the parser functions the first
 * diagnostics run (the cache is rewritten at exit with what the run compiled); see
 * engine/cli/code-cache.ts, the one implementation, shared with the CLI.
 */
import { join } from 'node:path';
import { requireWithCodeCache } from '../engine/cli/code-cache';

requireWithCodeCache(join(__dirname, 'server-main.js'));
