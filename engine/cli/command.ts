/** The shape every `tideline` subcommand has; main.ts dispatches over a table of these. */
import type { OptionDef, ParsedArgs } from './args';

/** Exit codes, as documented in `tideline --help`. */
export const EXIT_OK = 0;
export const EXIT_FINDINGS = 1;
export const EXIT_USAGE = 2;

export interface CliIo {
  readonly out: (text: string) => void;
  readonly err: (text: string) => void;
  readonly isTTY: boolean;
  readonly cwd: string;
}

export interface Command {
  readonly name: string;
  readonly summary: string;
  /** e.g. `tideline check [options] <files or globs>` */
  readonly usage: string;
  readonly options: readonly OptionDef[];
  run(args: ParsedArgs, io: CliIo): Promise<number>;
}
