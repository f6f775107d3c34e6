/**
 * A small, strict command-line parser: `--flag`, `--key value`, `--key=value`, positional
 * arguments, `--` ends options. Unknown options are usage errors that name the option and
 * the closest known one.
 */
import { didYouMeanSuffix } from '../text/did-you-mean';

export interface OptionDef {
  readonly name: string;
  /** Takes a value (`--format json`); otherwise a boolean flag. */
  readonly value?: string;
  readonly description: string;
  /** Allowed values, checked. */
  readonly choices?: readonly string[];
  /** May be given several times (values collected). */
  readonly repeatable?: boolean;
}

export interface ParsedArgs {
  readonly options: Map<string, string | true | string[]>;
  readonly positionals: string[];
}

export class UsageError extends Error {}

export function parseArgs(argv: readonly string[], defs: readonly OptionDef[]): ParsedArgs {
  const byName = new Map(defs.map((d) => [d.name, d]));
  const options = new Map<string, string | true | string[]>();
  const positionals: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '--') {
      positionals.push(...argv.slice(i + 1));
      break;
    }
    if (!arg.startsWith('--') || arg === '-') {
      if (arg.startsWith('-') && arg.length > 1) throw new UsageError(`unknown option '${arg}' (options start with --)`);
      positionals.push(arg);
      continue;
    }
    const eq = arg.indexOf('=');
    const name = arg.slice(2, eq < 0 ? undefined : eq);
    const def = byName.get(name);
    if (!def) {
      throw new UsageError(`unknown option '--${name}'${didYouMeanSuffix(name, defs.map((d) => d.name)).replace(/'([^']+)'/g, "'--$1'")}`);
    }
    if (!def.value) {
      if (eq >= 0) throw new UsageError(`option '--${name}' takes no value`);
      options.set(name, true);
      continue;
    }
    let value: string | undefined;
    if (eq >= 0) value = arg.slice(eq + 1);
    else {
      value = argv[i + 1];
      i++;
    }
    if (value === undefined) throw new UsageError(`option '--${name}' needs a value: --${name} ${def.value}`);
    if (def.choices && !def.choices.includes(value)) {
      throw new UsageError(`option '--${name}' must be one of ${def.choices.join(', ')} (got '${value}')`);
    }
    if (def.repeatable) {
      const prev = options.get(name);
      options.set(name, Array.isArray(prev) ? [...prev, value] : [value]);
    } else options.set(name, value);
  }
  return { options, positionals };
}

export function optionString(args: ParsedArgs, name: string): string | undefined {
  const v = args.options.get(name);
  return typeof v === 'string' ? v : Array.isArray(v) ? v[v.length - 1] : undefined;
}

export function optionFlag(args: ParsedArgs, name: string): boolean {
  return args.options.get(name) === true;
}

export function optionNumber(args: ParsedArgs, name: string): number | undefined {
  const v = optionString(args, name);
  if (v === undefined) return undefined;
  const n = Number(v);
  if (!Number.isFinite(n) || n < 0) throw new UsageError(`option '--${name}' needs a non-negative number (got '${v}')`);
  return n;
}

export function formatOptionHelp(defs: readonly OptionDef[]): string {
  const rows = defs.map((d) => [`--${d.name}${d.value ? ` ${d.value}` : ''}`, d.description]);
  const w = Math.max(...rows.map((r) => r[0].length));
  return rows.map(([a, b]) => `  ${a.padEnd(w)}  ${b}`).join('\n');
}
