/**
 * `npm test`: runs every layer and fails if any layer did not run.
 *
 *   unit         node:test over out/test/unit (includes the generated-parser freshness check)
 *   integration  node:test over out/test/integration, against a real Kafka broker, a real
 *                Schema Registry and Apache Flink, provisioned by test/infra/services.ts
 *   browser      node:test over out/test/browser (webview pages in Debian's Chromium)
 *   vscode       the mocha suite inside real VS Code (code-server) driven by Chromium
 *
 * Each layer reports passed/failed counts; a layer with zero tests counts as failed (a layer
 * that silently ran nothing is exactly what CI must not accept). The last line is the sum:
 * `N passed, N failed`.
 *
 * Options: --only <layer>[,<layer>] runs a subset (for development; CI runs everything).
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { startServices } from './infra/services';

interface LayerResult {
  readonly name: string;
  readonly passed: number;
  readonly failed: number;
  readonly note?: string;
  readonly seconds: number;
}

const OUT = join(__dirname);
const RESULTS = join(process.cwd(), 'test-results');

function testFiles(dir: string): string[] {
  const acc: string[] = [];
  const walk = (d: string) => {
    if (!existsSync(d)) return;
    for (const name of readdirSync(d).sort()) {
      const p = join(d, name);
      if (statSync(p).isDirectory()) walk(p);
      else if (name.endsWith('.test.js')) acc.push(p);
    }
  };
  walk(dir);
  return acc;
}

/** Runs `node --test` over the files, streaming the spec reporter and parsing a TAP copy for counts. */
function runNodeTests(name: string, files: string[], env: Record<string, string>): Promise<LayerResult> {
  const t0 = Date.now();
  if (files.length === 0) {
    return Promise.resolve({ name, passed: 0, failed: 0, note: 'no test files found', seconds: 0 });
  }
  mkdirSync(RESULTS, { recursive: true });
  const tap = join(RESULTS, `${name}.tap`);
  const args = [
    '--enable-source-maps',
    '--test',
    // A test (or suite) that waits forever fails after 10 minutes, naming itself, instead of
    // holding the run until CI's limit; the longest suite (differential) takes about 2.
    '--test-timeout=600000',
    '--test-reporter=spec',
    '--test-reporter-destination=stdout',
    '--test-reporter=tap',
    `--test-reporter-destination=${tap}`,
    ...files,
  ];
  return new Promise((resolve) => {
    const child = spawn(process.execPath, args, { stdio: 'inherit', env: { ...process.env, ...env } });
    child.on('exit', (code, signal) => {
      const text = existsSync(tap) ? readFileSync(tap, 'utf8') : '';
      const count = (label: string) => Number(text.match(new RegExp(`^# ${label} (\\d+)$`, 'm'))?.[1] ?? 0);
      const passed = count('pass');
      let failed = count('fail') + count('cancelled');
      let note: string | undefined;
      if (code !== 0 && failed === 0) {
        failed = 1;
        note = `test process exited with ${signal ?? code}`;
      }
      resolve({ name, passed, failed, note, seconds: (Date.now() - t0) / 1000 });
    });
  });
}

/** Runs a driver script that prints its own `name: N passed, N failed` line and writes a summary JSON. */
function runDriver(name: string, script: string, summaryFile: string, env: Record<string, string>): Promise<LayerResult> {
  const t0 = Date.now();
  if (!existsSync(script)) return Promise.resolve({ name, passed: 0, failed: 0, note: `driver ${script} missing`, seconds: 0 });
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ['--enable-source-maps', script], { stdio: 'inherit', env: { ...process.env, ...env } });
    child.on('exit', (code, signal) => {
      let passed = 0;
      let failed = 0;
      let note: string | undefined;
      try {
        const s = JSON.parse(readFileSync(summaryFile, 'utf8')) as { passed: number; failed: number };
        passed = s.passed;
        failed = s.failed;
      } catch {
        note = `no summary written to ${summaryFile}`;
      }
      if (code !== 0 && failed === 0) {
        failed = 1;
        note = note ?? `driver exited with ${signal ?? code}`;
      }
      resolve({ name, passed, failed, note, seconds: (Date.now() - t0) / 1000 });
    });
  });
}

async function main(): Promise<void> {
  const onlyIdx = process.argv.indexOf('--only');
  const only = onlyIdx >= 0 ? new Set(process.argv[onlyIdx + 1].split(',')) : undefined;
  const want = (layer: string) => !only || only.has(layer);
  const results: LayerResult[] = [];
  const banner = (s: string) => console.log(`\n━━━ ${s} ${'━'.repeat(Math.max(0, 70 - s.length))}`);

  if (want('unit')) {
    banner('unit');
    results.push(await runNodeTests('unit', testFiles(join(OUT, 'unit')), {}));
  }

  if (want('integration')) {
    banner('integration: provisioning Kafka, Schema Registry and Apache Flink');
    const t0 = Date.now();
    let services: Awaited<ReturnType<typeof startServices>> | undefined;
    try {
      services = await startServices({ kafka: true, kafkaB: true, kafkaC: true, registry: true, flink: true, log: (s) => console.log(`  ${s}`) });
    } catch (err) {
      console.error(`provisioning failed: ${err instanceof Error ? err.message : String(err)}`);
      results.push({ name: 'integration', passed: 0, failed: 1, note: 'provisioning failed', seconds: (Date.now() - t0) / 1000 });
    }
    if (services) {
      try {
        banner('integration');
        results.push(await runNodeTests('integration', testFiles(join(OUT, 'integration')), services.env));
      } finally {
        await services.stop();
      }
    }
  }

  if (want('browser')) {
    banner('browser');
    results.push(await runNodeTests('browser', testFiles(join(OUT, 'browser')), {}));
  }

  if (want('vscode')) {
    banner('vscode (code-server + Chromium)');
    results.push(await runDriver('vscode', join(OUT, 'vscode', 'run-code-server.js'), join(RESULTS, 'vscode-summary.json'), {}));
  }

  banner('summary');
  let passed = 0;
  let failed = 0;
  for (const r of results) {
    const empty = r.passed + r.failed === 0;
    const f = empty ? 1 : r.failed;
    passed += r.passed;
    failed += f;
    const note = empty ? ` (did not run: ${r.note ?? 'zero tests'})` : r.note ? ` (${r.note})` : '';
    console.log(`  ${r.name.padEnd(12)} ${String(r.passed).padStart(5)} passed ${String(f).padStart(4)} failed  ${r.seconds.toFixed(1)} s${note}`);
  }
  if (results.length === 0) {
    failed = 1;
    console.log('  no layer selected');
  }
  console.log(`${passed} passed, ${failed} failed`);
  process.exitCode = failed === 0 ? 0 : 1;
}

main().catch((err) => {
  console.error(err);
  console.log('0 passed, 1 failed');
  process.exitCode = 1;
});
