/**
 * `tideline format`: rewrites SQL files in place with the formatter the language server
 * uses; `--check` writes nothing and exits 1 when a file would change (for CI).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { DEFAULT_FORMAT_OPTIONS, formatSql, type KeywordCase } from '../../sql/format/format-sql';
import { optionFlag, optionNumber, optionString, UsageError } from '../args';
import { EXIT_FINDINGS, EXIT_OK, type Command } from '../command';
import { expandFileArgs } from '../files';

export const formatCommand: Command = {
  name: 'format',
  summary: 'format SQL files in place (or check that they are formatted)',
  usage: 'tideline format [--check] [--keyword-case upper|lower|preserve] [--indent N] <files, folders or globs>',
  options: [
    { name: 'check', description: 'write nothing; exit 1 and list the files that are not formatted' },
    { name: 'keyword-case', value: 'upper|lower|preserve', choices: ['upper', 'lower', 'preserve'], description: 'keyword case (default upper)' },
    { name: 'indent', value: 'N', description: 'spaces per indentation level (default 2)' },
  ],
  async run(args, io) {
    if (args.positionals.length === 0) throw new UsageError('name at least one file, folder or glob');
    const files = expandFileArgs(args.positionals, io.cwd);
    const opts = {
      keywordCase: (optionString(args, 'keyword-case') as KeywordCase | undefined) ?? DEFAULT_FORMAT_OPTIONS.keywordCase,
      indent: optionNumber(args, 'indent') ?? DEFAULT_FORMAT_OPTIONS.indent,
    };
    const check = optionFlag(args, 'check');
    let changed = 0;
    for (const file of files) {
      const text = readFileSync(file, 'utf8');
      const formatted = formatSql(text, opts);
      if (formatted === text) continue;
      changed++;
      if (check) io.out(`${file}: not formatted\n`);
      else {
        writeFileSync(file, formatted);
        io.out(`${file}: formatted\n`);
      }
    }
    io.err(`${files.length} file${files.length === 1 ? '' : 's'}, ${changed} ${check ? 'not formatted' : 'changed'}\n`);
    return check && changed > 0 ? EXIT_FINDINGS : EXIT_OK;
  },
};
