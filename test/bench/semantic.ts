/**
 * What semantic checking adds to syntax-only validation (issue #4's target: under 50%), warm,
 * on generated 1,000- and 10,000-line files (the parser bench's mix: CREATE TABLEs, then
 * queries and INSERTs over them, so names resolve against the file's own declarations):
 * `checkText(text, { syntaxOnly: true })` vs `checkText(text)` (parse + analyzer over the
 * examples catalog), the median CPU time of this process each. Both parse the whole text, so
 * the difference is the analyzer's.
 * Run: node out/test/bench/semantic.js [runs]
 */
import { checkText } from '../../engine/check/check-text';
import { generateFile } from './parser-corpus';

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)]!;
}

/** Median CPU ms of `fn` over distinct inputs (a trailing comment differs, so nothing answers from a cache). */
function cpu(text: string, runs: number, fn: (t: string) => number): { ms: number; diagnostics: number } {
  let diagnostics = 0;
  for (let w = 0; w < 2; w++) diagnostics = fn(`${text}-- warm ${w}\n`);
  const times: number[] = [];
  for (let r = 0; r < runs; r++) {
    const input = `${text}-- run ${r}\n`;
    const c0 = process.cpuUsage();
    fn(input);
    const c = process.cpuUsage(c0);
    times.push((c.user + c.system) / 1000);
  }
  return { ms: median(times), diagnostics };
}

function main(): void {
  const runs = Number(process.argv[2] ?? 7);
  for (const lines of [1_000, 10_000]) {
    const text = generateFile('mix', lines);
    // Interleave so load on the machine falls on both alike.
    const syntax: number[] = [];
    const full: number[] = [];
    let semanticDiagnostics = 0;
    for (let round = 0; round < 3; round++) {
      syntax.push(cpu(text, runs, (t) => checkText(t, { syntaxOnly: true }).length).ms);
      const f = cpu(text, runs, (t) => checkText(t).length);
      full.push(f.ms);
      semanticDiagnostics = f.diagnostics;
    }
    const s = median(syntax);
    const a = median(full);
    const added = (a - s) / s;
    console.log(
      `  ${lines.toLocaleString('en-US').padStart(6)} lines: syntax-only ${s.toFixed(1)} ms, syntax + semantic ${a.toFixed(1)} ms (${semanticDiagnostics} diagnostics): ` +
        `semantic checking adds ${(added * 100).toFixed(0)}% (target < 50%)`,
    );
  }
}

main();
