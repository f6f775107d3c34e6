// Generates the TypeScript lexer and parser from grammars/*.g4 with antlr4ng-cli (needs Java 17).
// Usage: node scripts/generate-parser.mjs [outDir]   (default engine/sql/generated)
// Output is deterministic: the same grammar always gives the same bytes, so a test can prove the
// committed files are fresh (test/unit/sql/generated-fresh.test.ts).
import { spawnSync } from 'node:child_process';
import { mkdirSync, readdirSync, rmSync, existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve, dirname } from 'node:path';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const outDir = resolve(process.argv[2] ?? join(root, 'engine/sql/generated'));
const require = createRequire(import.meta.url);
const jar = join(dirname(require.resolve('antlr4ng-cli/package.json')), 'antlr4-4.13.2-SNAPSHOT-complete.jar');

mkdirSync(outDir, { recursive: true });
// Run from the grammars folder with bare file names so the "Generated from" header never
// contains a machine-specific path.
const res = spawnSync(
  'java',
  ['-jar', jar, '-Dlanguage=TypeScript', '-no-visitor', '-no-listener', '-Xexact-output-dir', '-o', outDir,
    'FlinkSqlLexer.g4', 'FlinkSqlParser.g4'],
  { cwd: join(root, 'grammars'), stdio: 'inherit' },
);
if (res.status !== 0) {
  console.error('antlr failed');
  process.exit(res.status ?? 1);
}
// Generated code is not ours to lint or type-check strictly (it has unused imports).
for (const name of readdirSync(outDir)) {
  if (!name.endsWith('.ts')) continue;
  const file = join(outDir, name);
  writeFileSync(file, '// @ts-nocheck\n' + readFileSync(file, 'utf8'));
}
// Keep only the TypeScript sources: .interp/.tokens files are build by-products.
for (const name of readdirSync(outDir)) {
  if (!name.endsWith('.ts')) rmSync(join(outDir, name));
}
if (!existsSync(join(outDir, 'FlinkSqlParser.ts'))) {
  console.error('no parser generated');
  process.exit(1);
}
console.log(`generated ${readdirSync(outDir).join(', ')} in ${outDir}`);
