/**
 * Statement splitting throughput on a generated 10,000-line file (SELECT / INSERT / CREATE mix
 * with comments, strings, backticks and a statement set). Prints MB/s and, as a baseline
 * measured in the same run, the speed of a plain char-code scan that does nothing.
 * Run: node out/test/bench/split.js
 */
import { splitStatements } from '../../engine/sql/split/split-statements';
import { generateFile } from './split-corpus';

function measure(label: string, text: string, fn: (t: string) => number): number {
  for (let w = 0; w < 5; w++) fn(text);
  const runs = 30;
  const t0 = process.hrtime.bigint();
  let sink = 0;
  for (let r = 0; r < runs; r++) sink += fn(text);
  const ms = Number(process.hrtime.bigint() - t0) / 1e6 / runs;
  const mbs = text.length / 1e6 / (ms / 1000);
  console.log(`${label.padEnd(28)} ${ms.toFixed(2).padStart(7)} ms/file  ${mbs.toFixed(1).padStart(7)} MB/s  (${sink / runs})`);
  return ms;
}

const text = generateFile(10_000);
console.log(`split bench: 10,000 lines, ${(text.length / 1e6).toFixed(2)} MB`);
const base = measure('baseline char-code scan', text, (t) => {
  let s = 0;
  for (let i = 0; i < t.length; i++) if (t.charCodeAt(i) === 59) s++;
  return s;
});
const split = measure('splitStatements', text, (t) => splitStatements(t).length);
console.log(`ratio split/baseline: ${(split / base).toFixed(2)}x`);
