/**
 * The analyzer over a file of N CREATE TABLEs followed by a query (issue #4): each CREATE lays
 * its table over the catalog view for the statements after it. Prints the analysis time for
 * N = 250 and 500 next to the parse time of the same file (the baseline of the same run), and
 * the growth 250 -> 500 (2x is linear, 4x quadratic).
 * Run: node out/test/bench/analyzer-creates.js
 */
import { parseScript } from '../../engine/sql';
import { analyzeScript, defaultCatalog } from '../../engine/analyzer';

function file(n: number): string {
  const out: string[] = [];
  for (let i = 0; i < n; i++) {
    out.push(`CREATE TABLE t${i} (id BIGINT, name STRING, ts TIMESTAMP(3), WATERMARK FOR ts AS ts - INTERVAL '5' SECOND) WITH ('connector' = 'datagen');`);
  }
  out.push(`SELECT t0.id, t${n - 1}.name FROM t0 JOIN t${n - 1} ON t0.id = t${n - 1}.id;`);
  return out.join('\n') + '\n';
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
}

function measure(n: number): { parse: number; analyze: number; errors: number } {
  const text = file(n);
  const parses: number[] = [];
  const analyses: number[] = [];
  let errors = 0;
  for (let r = 0; r < 7; r++) {
    const t0 = performance.now();
    const script = parseScript(text);
    const t1 = performance.now();
    errors = analyzeScript({ text, script }, defaultCatalog()).diagnostics.length + script.diagnostics.length;
    const t2 = performance.now();
    parses.push(t1 - t0);
    analyses.push(t2 - t1);
  }
  return { parse: median(parses), analyze: median(analyses), errors };
}

measure(50); // JIT and parser DFA warm-up
const a = measure(250);
const b = measure(500);
console.log('analyzer over N CREATE TABLEs + a query (median of 7, ms)');
console.log(`  N=250  parse ${a.parse.toFixed(1)}  analyze ${a.analyze.toFixed(1)}  (${a.errors} diagnostics)`);
console.log(`  N=500  parse ${b.parse.toFixed(1)}  analyze ${b.analyze.toFixed(1)}  (${b.errors} diagnostics)`);
console.log(`  analyze/parse at 500: ${(b.analyze / b.parse).toFixed(2)}x; growth 250 -> 500: analyze ${(b.analyze / a.analyze).toFixed(2)}x, parse ${(b.parse / a.parse).toFixed(2)}x`);
