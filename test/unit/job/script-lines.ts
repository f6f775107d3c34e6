/** Runs a script in process (runScript) and returns its query changelogs and EXPLAIN texts as lines. */
import { openCatalogs } from '../../../engine/catalog/setup';
import { lineFormatter, type LineFormatter } from '../../../engine/results/format/row-formats';
import type { ScriptOutput } from '../../../engine/job/output';
import { runScript } from '../../../engine/job/run-script';

export async function runScriptLines(sql: string, o: { stateDir: string; mode?: 'streaming' | 'batch'; timeoutMs?: number }): Promise<string[]> {
  const { manager } = await openCatalogs({ stateDir: o.stateDir });
  const lines: string[] = [];
  let f: LineFormatter | null = null;
  const output: ScriptOutput = {
    beginQuery: (info) => (f = lineFormatter('changelog', info.fields)),
    changes: (kinds, rows) => rows.forEach((r, i) => lines.push(f!.line(kinds[i]!, r))),
    endQuery: () => {},
    message: () => {},
    table: () => {},
    text: (t) => lines.push(t),
  };
  const r = await runScript(sql, { file: 'test.sql', catalog: manager, output, mode: o.mode ?? 'streaming', stateDir: o.stateDir, ...(o.timeoutMs ? { timeoutMs: o.timeoutMs } : {}) });
  if (r.failed) throw r.failed;
  return lines;
}
