/**
 * What semantic checking adds to syntax-only validation (issue #4's target: under 50%), warm,
 * on generated 1,000- and 10,000-line files of two kinds: `resolving` (CREATE TABLEs, then
 * window aggregations and INSERTs over them: every name resolves, as in a working file) and
 * the parser bench's `mix` (whose queries name tables it never creates: thousands of unknown
 * names, each with a did-you-mean search over every table declared so far):
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

/** A file whose every name resolves: tables declared in it, queried and written after. */
function resolvingFile(lines: number): string {
  const out: string[] = [];
  for (let i = 0; out.length < lines; i++) {
    const t = `t_${Math.floor(i / 3)}`;
    if (i % 3 === 0) {
      out.push(
        `CREATE TABLE ${t} (`,
        `  id BIGINT, user_id STRING, amount DECIMAL(10, 2), status STRING, ts TIMESTAMP(3),`,
        `  WATERMARK FOR ts AS ts - INTERVAL '5' SECOND`,
        `) WITH ('connector' = 'datagen');`,
      );
    } else if (i % 3 === 1) {
      out.push(
        `SELECT window_start, window_end, user_id, COUNT(*) AS cnt, SUM(amount) AS total`,
        `FROM TABLE(TUMBLE(TABLE ${t}, DESCRIPTOR(ts), INTERVAL '1' MINUTE))`,
        `WHERE amount > ${i} AND status IN ('NEW', 'PAID')`,
        `GROUP BY window_start, window_end, user_id;`,
      );
    } else {
      out.push(`INSERT INTO ${t}`, `SELECT id, UPPER(user_id), amount + ${i}, COALESCE(status, 'unknown'), ts`, `FROM ${t} WHERE amount BETWEEN 1 AND 1000;`);
    }
  }
  return out.join('\n') + '\n';
}

function main(): void {
  const runs = Number(process.argv[2] ?? 7);
  for (const [kind, lines] of [['resolving', 1_000], ['resolving', 10_000], ['mix', 1_000], ['mix', 10_000]] as const) {
    const text = kind === 'mix' ? generateFile('mix', lines) : resolvingFile(lines);
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
      `  ${kind.padEnd(9)} ${lines.toLocaleString('en-US').padStart(6)} lines: syntax-only ${s.toFixed(1)} ms, syntax + semantic ${a.toFixed(1)} ms (${semanticDiagnostics} diagnostics): ` +
        `semantic checking adds ${(added * 100).toFixed(0)}% (target < 50%)`,
    );
  }
}

main();
