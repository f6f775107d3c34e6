/**
 * `tideline`: the engine on the command line. Subcommands live in ./commands/, one file
 * each; this file only dispatches, prints help and maps errors to exit codes:
 * 0 ok, 1 findings or a failed statement, 2 usage or environment error.
 */
import { TIDELINE_VERSION } from '../version';
import { formatOptionHelp, parseArgs, UsageError } from './args';
import { EXIT_USAGE, type CliIo, type Command } from './command';
import { COMMANDS } from './commands';
import { didYouMeanSuffix } from '../text/did-you-mean';

function mainHelp(): string {
  const w = Math.max(...COMMANDS.map((c) => c.name.length));
  return [
    `tideline ${TIDELINE_VERSION} — Flink SQL, checked and run locally`,
    '',
    'Usage: tideline <command> [options] [files]',
    '',
    'Commands:',
    ...COMMANDS.map((c) => `  ${c.name.padEnd(w)}  ${c.summary}`),
    '',
    'Run `tideline <command> --help` for a command\'s options.',
    'Exit codes: 0 ok, 1 findings or a failed statement, 2 usage or environment error.',
  ].join('\n');
}

function commandHelp(c: Command): string {
  return [`Usage: ${c.usage}`, '', c.summary, '', 'Options:', formatOptionHelp(c.options), '  --help  show this help'].join('\n');
}

export async function runCli(argv: readonly string[], io: CliIo): Promise<number> {
  const [first, ...rest] = argv;
  if (first === undefined || first === '--help' || first === '-h' || first === 'help') {
    (first === undefined ? io.err : io.out)(mainHelp() + '\n');
    return first === undefined ? EXIT_USAGE : 0;
  }
  if (first === '--version' || first === '-v') {
    io.out(`${TIDELINE_VERSION}\n`);
    return 0;
  }
  const command = COMMANDS.find((c) => c.name === first);
  if (!command) {
    io.err(`tideline: unknown command '${first}'${didYouMeanSuffix(first, COMMANDS.map((c) => c.name))}\nRun 'tideline --help' for the list.\n`);
    return EXIT_USAGE;
  }
  if (rest.includes('--help') || rest.includes('-h')) {
    io.out(commandHelp(command) + '\n');
    return 0;
  }
  try {
    const args = parseArgs(rest, command.options);
    return await command.run(args, io);
  } catch (err) {
    if (err instanceof UsageError) {
      io.err(`tideline ${command.name}: ${err.message}\nUsage: ${command.usage}\n`);
      return EXIT_USAGE;
    }
    throw err;
  }
}

/** The process entry: runs the command line of this process and sets its exit code. */
export function main(): void {
  const io: CliIo = {
    out: (t) => process.stdout.write(t),
    err: (t) => process.stderr.write(t),
    isTTY: Boolean(process.stdout.isTTY),
    cwd: process.cwd(),
  };
  runCli(process.argv.slice(2), io).then(
    (code) => {
      process.exitCode = code;
    },
    (err: unknown) => {
      process.stderr.write(`tideline: internal error: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`);
      process.exitCode = EXIT_USAGE;
    },
  );
}

if (require.main === module) main();
