/**
 * `tideline check`: diagnostics for SQL files, as a compiler prints them
 * (`file:line:col severity message [code]`) or as JSON. Exit 1 when any error is found.
 */
import { readFileSync } from 'node:fs';
import { formatDiagnostic, type Diagnostic } from '../../diagnostic';
import { checkText } from '../../check/check-text';
import { optionFlag, optionString, UsageError } from '../args';
import { EXIT_FINDINGS, EXIT_OK, type Command } from '../command';
import { expandFileArgs } from '../files';
import { openCliCheckCatalog } from '../cli-catalogs';

export const checkCommand: Command = {
  name: 'check',
  summary: 'report errors in SQL files, as file:line:col severity message',
  usage: 'tideline check [--syntax-only] [--format text|json] <files, folders or globs>',
  options: [
    { name: 'syntax-only', description: 'skip catalog and type checks (for files whose tables live elsewhere)' },
    { name: 'format', value: 'text|json', choices: ['text', 'json'], description: 'output format (default text)' },
  ],
  async run(args, io) {
    if (args.positionals.length === 0) throw new UsageError('name at least one file, folder or glob');
    const files = expandFileArgs(args.positionals, io.cwd);
    const json = optionString(args, 'format') === 'json';
    const syntaxOnly = optionFlag(args, 'syntax-only');
    let errors = 0;
    let warnings = 0;
    const report: { file: string; diagnostics: Diagnostic[] }[] = [];
    // Kafka connections (credentials file) resolve topic tables; a syntax-only check needs no catalog.
    const catalogs = syntaxOnly ? undefined : await openCliCheckCatalog(io);
    try {
      for (const file of files) {
        const diagnostics = checkText(readFileSync(file, 'utf8'), { syntaxOnly, ...(catalogs ? { catalog: catalogs.manager } : {}) });
        for (const d of diagnostics) {
          if (d.severity === 'error') errors++;
          else if (d.severity === 'warning') warnings++;
          if (!json) io.out(formatDiagnostic(file, d) + '\n');
        }
        report.push({ file, diagnostics });
      }
    } finally {
      catalogs?.close();
    }
    if (json) {
      const flat = report.flatMap((r) =>
        r.diagnostics.map((d) => ({ file: r.file, range: d.range, severity: d.severity, code: d.code, message: d.message, source: d.source })),
      );
      io.out(JSON.stringify(flat, null, 2) + '\n');
    } else {
      const plural = (n: number, w: string) => `${n} ${w}${n === 1 ? '' : 's'}`;
      io.err(`checked ${plural(files.length, 'file')}: ${plural(errors, 'error')}, ${plural(warnings, 'warning')}\n`);
    }
    return errors > 0 ? EXIT_FINDINGS : EXIT_OK;
  },
};
