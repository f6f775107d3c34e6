/**
 * `tideline explain`: the logical and physical plan of every query and INSERT in a SQL file
 * (catalog statements before them run, so tables the file creates resolve). Exit 1 when a
 * statement fails to analyze or plan.
 */
import { runScript } from '../../job/run-script';
import { TerminalOutput } from '../../job/terminal-output';
import { EXIT_FINDINGS, EXIT_OK, type Command } from '../command';
import { openScript } from './run';

export const explainCommand: Command = {
  name: 'explain',
  summary: 'print the logical and physical plans of the queries in a SQL file',
  usage: 'tideline explain [--state-dir DIR] <file.sql>',
  options: [{ name: 'state-dir', value: 'DIR', description: 'where the local catalog lives (default ./.tideline)' }],
  async run(args, io) {
    const { file, text, stateDir, manager, close } = await openScript(args, io);
    const output = new TerminalOutput({ format: 'changelog', out: io.out, err: io.err, isTTY: false });
    const result = await runScript(text, { file, catalog: manager, stateDir, explainOnly: true, output }).finally(close);
    if (result.failed) {
      io.err(`tideline explain: ${result.failed.message}\n`);
      return EXIT_FINDINGS;
    }
    return EXIT_OK;
  },
};
