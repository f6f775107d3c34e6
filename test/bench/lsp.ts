/**
 * `npm run bench:lsp`: the language server as an editor sees it, over stdio to dist/server.js.
 *
 * 1. First diagnostics: a fresh server process N times (spawn, initialize, didOpen of a clean
 *    1,000-line file), the time from didOpen to the first publishDiagnostics (those of the first
 *    150 lines, the part in view; target: 150 ms) and to the second (the whole file), and
 *    spawn + initialize against a bare `node -e ""` of the same run.
 * 2. Warm re-validation: in one server (debounce 0 through initializationOptions), a change of
 *    one number in a statement in the middle of the file, timed from didChange to the
 *    publishDiagnostics of that version; against dt-sql-parser validating the same text (it has
 *    no incremental mode; every run is a new text), and the same edit in this process
 *    (SqlDocument edit + checkDocument with its memo: what the server does, without the pipe).
 *    Those are re-validations (one statement re-parsed, the rest from the memo), not issue #3's
 *    warm validation: that is a new document's full validation in a warm process, printed last
 *    (a new SqlDocument each run, syntax only as dt-sql-parser; test/bench/parser.ts has every file).
 * Medians; the machine is shared, so compare the ratios, which are measured in the same run.
 * Run: node out/test/bench/lsp.js [runs]
 */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { LspClient } from '../unit/lsp/lsp-client';
import { createLanguageDocument } from '../../engine/language';
import { checkDocument } from '../../engine/check/check-text';
import { CheckMemo } from '../../engine/check/check-memo';
import { generateFile } from './parser-corpus';
import { dtValidator } from './dt-sql-parser';

const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const URI = 'file:///bench.sql';
const OPTIONS = { initializationOptions: { diagnosticsDelayMs: 0 } };

/** CPU time (user + system) a process has used, in ms; undefined where /proc is not there. */
function cpuOf(pid: number | undefined): number | undefined {
  try {
    const f = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
    return ((Number(f[11]) + Number(f[12])) * 1000) / 100; // clock ticks of 10 ms
  } catch {
    return undefined;
  }
}

async function firstDiagnostics(text: string): Promise<{ startMs: number; viewMs: number; wholeMs: number; count: number; cpuMs?: number }> {
  const t0 = performance.now();
  const client = await LspClient.start(OPTIONS);
  const t1 = performance.now();
  await client.open(URI, text);
  await client.waitForDiagnostics((d) => d.uri === URI, 30_000);
  const t2 = performance.now();
  const cpuMs = cpuOf(client.proc.pid);
  // the second publish of version 1: the whole file
  const whole = await client.waitForDiagnostics((d) => d.uri === URI && client.diagnostics.filter((x) => x.uri === URI).length === 2, 30_000);
  const t3 = performance.now();
  await client.stop();
  return { startMs: t1 - t0, viewMs: t2 - t1, wholeMs: t3 - t1, count: whole.diagnostics.length, ...(cpuMs !== undefined ? { cpuMs } : {}) };
}

/** The edits: the number after `amount > ` in a statement in the middle, a new number each time. */
function numberInTheMiddle(text: string): number {
  return text.indexOf('amount > ', text.length >> 1) + 'amount > '.length;
}

async function warmRevalidation(text: string, rounds: number): Promise<number[]> {
  const client = await LspClient.start(OPTIONS);
  await client.open(URI, text);
  await client.waitForDiagnostics((d) => d.uri === URI, 30_000);
  const at = numberInTheMiddle(text);
  const line = text.slice(0, at).split('\n').length - 1;
  const character = at - (text.lastIndexOf('\n', at - 1) + 1);
  let old = /^\d+/.exec(text.slice(at))![0];
  const times: number[] = [];
  for (let r = 0; r < rounds; r++) {
    const next = String(100_000 + r);
    const version = r + 2;
    const t0 = performance.now();
    await client.change(URI, version, [{ range: { start: { line, character }, end: { line, character: character + old.length } }, text: next }]);
    await client.waitForDiagnostics((d) => d.uri === URI && d.version === version, 30_000);
    times.push(performance.now() - t0);
    old = next;
  }
  await client.stop();
  return times.slice(3); // the first rounds warm the JIT
}

function inProcess(text: string, rounds: number): number[] {
  const doc = createLanguageDocument(text);
  const memo = new CheckMemo();
  checkDocument(doc, { memo });
  const at = numberInTheMiddle(text);
  let old = /^\d+/.exec(text.slice(at))![0];
  const times: number[] = [];
  for (let r = 0; r < rounds; r++) {
    const next = String(200_000 + r);
    const t0 = performance.now();
    doc.applyChanges([{ range: { start: doc.positionAt(at), end: doc.positionAt(at + old.length) }, text: next }]);
    checkDocument(doc, { memo });
    times.push(performance.now() - t0);
    old = next;
  }
  return times.slice(3);
}

/**
 * CPU ms (this process: steadier than wall time on a shared machine) of validating a new text
 * each run (nothing reused from an earlier run), after 3 warm-up runs.
 */
function cpuPerNewText(text: string, rounds: number, validate: (t: string) => unknown): number[] {
  const times: number[] = [];
  for (let r = 0; r < rounds + 3; r++) {
    const input = `${text}-- new ${r}\n`;
    const c0 = process.cpuUsage();
    validate(input);
    const c = process.cpuUsage(c0);
    times.push((c.user + c.system) / 1000);
  }
  return times.slice(3);
}

function dt(text: string, rounds: number): number[] {
  const v = dtValidator();
  const times: number[] = [];
  for (let r = 0; r < rounds + 2; r++) {
    const input = `${text}-- run ${r}\n`;
    const t0 = performance.now();
    v.validate(input);
    times.push(performance.now() - t0);
  }
  return times.slice(2);
}

async function main(): Promise<void> {
  const runs = Number(process.argv[2] ?? 7);
  const text = generateFile('mix', 1000, 0);
  const boot = median([0, 1, 2].map(() => {
    const t = performance.now();
    spawnSync(process.execPath, ['-e', '']);
    return performance.now() - t;
  }));
  const fresh = [];
  for (let i = 0; i < runs; i++) fresh.push(await firstDiagnostics(text));
  console.log(`lsp bench: a clean 1,000-line file (${text.length} chars), ${fresh[0].count} diagnostics (semantic), node ${process.version}`);
  console.log(`first diagnostics in a fresh server (median of ${runs}):`);
  console.log(`  bare node start                                     ${boot.toFixed(0)} ms`);
  console.log(`  spawn + initialize                                  ${median(fresh.map((r) => r.startMs)).toFixed(0)} ms`);
  console.log(`  didOpen -> first publishDiagnostics (first 150 lines) ${median(fresh.map((r) => r.viewMs)).toFixed(0)} ms (target 150 ms)`);
  console.log(`  didOpen -> publishDiagnostics of the whole file     ${median(fresh.map((r) => r.wholeMs)).toFixed(0)} ms`);
  const cpu = fresh.flatMap((r) => (r.cpuMs !== undefined ? [r.cpuMs] : []));
  if (cpu.length) console.log(`  server CPU from spawn to the first publish          ${median(cpu).toFixed(0)} ms (less sensitive to a loaded machine than wall time)`);

  const server = median(await warmRevalidation(text, 24));
  const local = median(inProcess(text, 24));
  const base = median(dt(text, 7));
  console.log('warm re-validation after a one-number edit in the middle (median):');
  console.log(`  dt-sql-parser validate (whole text)              ${base.toFixed(2)} ms`);
  console.log(`  server: didChange -> publishDiagnostics          ${server.toFixed(2)} ms  ratio ${(base / server).toFixed(1)}x`);
  console.log(`  in process: edit + checkDocument (memo)          ${local.toFixed(2)} ms  ratio ${(base / local).toFixed(1)}x`);
  const v = dtValidator();
  const dtCpu = median(cpuPerNewText(text, 5, (t) => v.validate(t)));
  const full = median(cpuPerNewText(text, 9, (t) => checkDocument(createLanguageDocument(t), { syntaxOnly: true })));
  console.log('warm validation of a new document (issue #3: a full validation in a warm process, no memo; CPU ms, median):');
  console.log(`  dt-sql-parser validate (whole text)               ${dtCpu.toFixed(2)} ms`);
  console.log(`  in process: new document + checkDocument (syntax) ${full.toFixed(2)} ms  ratio ${(dtCpu / full).toFixed(1)}x  (target >= 10x)`);
}

void main();
