/**
 * `tideline run`: executes a SQL file's statements in order on the embedded engine (DDL
 * persists in the state directory). Results go to stdout in the chosen format; messages to
 * stderr. Exit 1 when a statement fails (the message names file:line), 2 on usage errors.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { runScript } from '../../job/run-script';
import { WorkerPool } from '../../pools/worker-pool';
import { subtaskWorkerScript } from '../../runtime/parallel/worker-script';
import { TerminalOutput, type OutputFormat } from '../../job/terminal-output';
import { optionFlag, optionNumber, optionString, UsageError, type ParsedArgs } from '../args';
import { EXIT_FINDINGS, EXIT_OK, type CliIo, type Command } from '../command';
import { openCliCatalogs } from '../cli-catalogs';

export const RUN_OPTIONS = [
  { name: 'mode', value: 'streaming|snapshot', choices: ['streaming', 'snapshot'], description: 'runtime mode (default streaming; snapshot = batch: bounded input, final results)' },
  { name: 'format', value: 'table|changelog|jsonl|csv', choices: ['table', 'changelog', 'jsonl', 'csv'], description: 'result format (default table)' },
  { name: 'max-rows', value: 'N', description: 'stop a query after N changes (table: keep the newest N rows)' },
  { name: 'timeout', value: 'SECONDS', description: 'stop each query / INSERT after this long' },
  { name: 'state-dir', value: 'DIR', description: 'where the local catalog, local topics and INSERT checkpoints live (default ./.tideline)' },
  { name: 'from-scratch', description: "discard the file's INSERT checkpoints and start over instead of resuming" },
] as const;

/** Reads the file, opens the catalogs; a usage problem throws UsageError. */
export async function openScript(args: ParsedArgs, io: CliIo) {
  if (args.positionals.length !== 1) throw new UsageError('name exactly one SQL file');
  const file = args.positionals[0]!;
  let text: string;
  try {
    text = readFileSync(resolve(io.cwd, file), 'utf8');
  } catch (e) {
    throw new UsageError(`cannot read ${file}: ${e instanceof Error ? e.message : String(e)}`);
  }
  const stateDir = resolve(io.cwd, optionString(args, 'state-dir') ?? '.tideline');
  const { manager, close } = await openCliCatalogs(stateDir, io);
  return { file, text, stateDir, manager, close };
}

/**
 * Where a script's INSERT checkpoints live: `<state>/checkpoints/<file name>-<hash of its
 * absolute path>/statement-<n>`, so re-running the same file resumes its statements.
 */
export function cliCheckpointDir(stateDir: string, absoluteFile: string): string {
  const hash = createHash('sha256').update(absoluteFile).digest('hex').slice(0, 8);
  return join(stateDir, 'checkpoints', `${basename(absoluteFile).replace(/[^A-Za-z0-9._-]/g, '_')}-${hash}`);
}

export const runCommand: Command = {
  name: 'run',
  summary: 'run a SQL file on the embedded engine and print the results',
  usage: 'tideline run [--mode streaming|snapshot] [--format table|changelog|jsonl|csv] [--max-rows N] [--timeout SECONDS] [--state-dir DIR] [--from-scratch] <file.sql>',
  options: RUN_OPTIONS,
  async run(args, io) {
    const { file, text, stateDir, manager, close } = await openScript(args, io);
    const format = (optionString(args, 'format') ?? 'table') as OutputFormat;
    const timeout = optionNumber(args, 'timeout');
    const maxRows = optionNumber(args, 'max-rows');
    const output = new TerminalOutput({
      format,
      out: io.out,
      err: io.err,
      isTTY: io.isTTY,
      ...(process.stdout.rows ? { rows: process.stdout.rows } : {}),
      ...(maxRows !== undefined ? { maxRows } : {}),
    });
    const signal = { stopped: false };
    const onInterrupt = () => {
      if (signal.stopped) process.exit(130);
      signal.stopped = true;
    };
    process.on('SIGINT', onInterrupt);
    // A private pool of worker threads for keyed stages at SET 'parallelism.default' > 1.
    const script = subtaskWorkerScript();
    const workers = script !== undefined ? new WorkerPool({ script, maxWorkers: 128, idleMs: 1000 }) : undefined;
    try {
      const result = await runScript(text, {
        file,
        catalog: manager,
        stateDir,
        mode: optionString(args, 'mode') === 'snapshot' ? 'batch' : 'streaming',
        ...(timeout !== undefined ? { timeoutMs: timeout * 1000 } : {}),
        ...(maxRows !== undefined ? { maxRows } : {}),
        output,
        signal,
        checkpoints: { dir: cliCheckpointDir(stateDir, resolve(io.cwd, file)), fromScratch: optionFlag(args, 'from-scratch') },
        ...(workers !== undefined ? { workers } : {}),
      });
      if (result.failed) {
        io.err(`tideline run: ${result.failed.message}\n`);
        return EXIT_FINDINGS;
      }
      return EXIT_OK;
    } finally {
      process.off('SIGINT', onInterrupt);
      await workers?.shutdown();
      close();
    }
  },
};


