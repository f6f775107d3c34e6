// Builds every bundle with esbuild. Usage:
//   node scripts/build.mjs               extension, server, engine host, CLI, webviews (dist/)
//   node scripts/build.mjs --tests       the above plus every test file (out/test/)
//   node scripts/build.mjs --watch       rebuild on change
//   node scripts/build.mjs --production  minified, for packaging
import * as esbuild from 'esbuild';
import { antlrFastContexts } from './antlr-fast-contexts.mjs';
import { readdirSync, statSync, existsSync, chmodSync } from 'node:fs';
import { join, relative } from 'node:path';

const args = new Set(process.argv.slice(2));
const production = args.has('--production');
const watch = args.has('--watch');
const tests = args.has('--tests');

const common = {
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  sourcemap: true,
  minify: production,
  logLevel: 'warning',
  // antlr4ng's rule contexts with plain constructor fields: ~2x faster parsing (see the plugin)
  plugins: [antlrFastContexts],
};

/** Entry points that exist (a layer not written yet is simply not built). */
function present(map) {
  return Object.fromEntries(Object.entries(map).filter(([, src]) => existsSync(src)));
}

// dist/server.js is a small loader of dist/server-main.js through a V8 code cache (as the CLI).
const nodeEntries = present({
  extension: 'client/extension.ts',
  server: 'server/bin.ts',
  'server-main': 'server/main.ts',
  'engine-host': 'engine/host/main.ts',
  // Keyed subtasks on worker threads (engine/runtime/parallel/), loaded by the host and the CLI.
  'subtask-worker': 'engine/runtime/parallel/subtask-worker.ts',
});
// dist/cli.js (the executable) is a small loader of dist/cli-main.js through a V8 code cache.
const cliEntry = present({ cli: 'engine/cli/bin.ts' });
const cliMainEntry = present({ 'cli-main': 'engine/cli/main.ts' });

function walk(dir, pred, acc = []) {
  if (!existsSync(dir)) return acc;
  for (const name of readdirSync(dir)) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) walk(p, pred, acc);
    else if (pred(p)) acc.push(p);
  }
  return acc;
}

const webviewEntries = Object.fromEntries(
  walk('client/webview', (p) => /(^|\/)[^/]+\.entry\.ts$/.test(p)).map((p) => [
    p.replace(/^client\/webview\//, '').replace(/\.entry\.ts$/, ''),
    p,
  ]),
);

const builds = [
  {
    ...common,
    entryPoints: nodeEntries,
    outdir: 'dist',
    external: ['vscode'],
  },
];
if (Object.keys(cliEntry).length) {
  builds.push({ ...common, entryPoints: cliEntry, outdir: 'dist', banner: { js: '#!/usr/bin/env node' } });
}
if (Object.keys(cliMainEntry).length) builds.push({ ...common, entryPoints: cliMainEntry, outdir: 'dist' });
if (Object.keys(webviewEntries).length) {
  builds.push({
    ...common,
    platform: 'browser',
    format: 'iife',
    target: 'chrome120',
    entryPoints: webviewEntries,
    outdir: 'dist/webview',
  });
}
if (tests) {
  const testEntries = walk('test', (p) => p.endsWith('.ts') && !p.endsWith('.d.ts') && !p.includes('/fixtures/'));
  builds.push({
    ...common,
    entryPoints: testEntries,
    outbase: '.',
    outdir: 'out',
    // Test files keep node_modules as real requires: playwright, kafkajs etc. run as installed.
    packages: 'external',
    external: ['vscode'],
  });
}

if (watch) {
  const ctxs = await Promise.all(builds.map((b) => esbuild.context(b)));
  await Promise.all(ctxs.map((c) => c.watch()));
  console.log('watching for changes…');
} else {
  const t0 = Date.now();
  await Promise.all(builds.map((b) => esbuild.build(b)));
  if (existsSync('dist/cli.js')) chmodSync('dist/cli.js', 0o755);
  console.log(`built ${builds.map((b) => relative('.', b.outdir)).join(', ')} in ${Date.now() - t0} ms`);
}
