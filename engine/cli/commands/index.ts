/** The table of `tideline` subcommands, in the order `--help` lists them. */
import type { Command } from '../command';
import { checkCommand } from './check';
import { formatCommand } from './format';
import { runCommand } from './run';
import { explainCommand } from './explain';
import { serveCommand } from './serve';
import { tokenCommand } from './token';

export const COMMANDS: readonly Command[] = [checkCommand, formatCommand, runCommand, explainCommand, serveCommand, tokenCommand];
