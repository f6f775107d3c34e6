/**
 * First diagnostics in a fresh language server process: spawn dist/server.js, initialize,
 * open a generated 1,000-line file with one syntax error, and time until publishDiagnostics
 * arrives (process start included), against a baseline of spawning `node -e ""` in the same run.
 * Target: under 150 ms for the diagnostics after didOpen.
 * Run after `node scripts/build.mjs`: node out/test/bench/lsp-startup.js
 */
import { spawnSync } from 'node:child_process';
import { LspClient } from '../unit/lsp/lsp-client';
import { generateFile } from './split-corpus';

async function once(text: string): Promise<{ startMs: number; diagnosticsMs: number; count: number }> {
  const t0 = performance.now();
  const client = await LspClient.start();
  const t1 = performance.now();
  await client.open('file:///bench.sql', text);
  const p = await client.waitForDiagnostics((d) => d.uri === 'file:///bench.sql', 30_000);
  const t2 = performance.now();
  await client.stop();
  return { startMs: t1 - t0, diagnosticsMs: t2 - t1, count: p.diagnostics.length };
}

async function main(): Promise<void> {
  const text = generateFile(1_000) + '\nSELECT * FORM broken;\n';
  const baseline: number[] = [];
  for (let i = 0; i < 3; i++) {
    const t = performance.now();
    spawnSync(process.execPath, ['-e', '']);
    baseline.push(performance.now() - t);
  }
  const runs = [];
  for (let i = 0; i < 5; i++) runs.push(await once(text));
  const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
  const start = median(runs.map((r) => r.startMs));
  const diag = median(runs.map((r) => r.diagnosticsMs));
  console.log(`lsp startup bench: 1,000 lines, ${runs[0].count} diagnostics`);
  console.log(`  node process baseline        ${median(baseline).toFixed(1)} ms`);
  console.log(`  spawn + initialize           ${start.toFixed(1)} ms (median of ${runs.length})`);
  console.log(`  didOpen -> publishDiagnostics ${diag.toFixed(1)} ms (median of ${runs.length})`);
}

void main();
