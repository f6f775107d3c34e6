/**
 * dt-sql-parser's FlinkSQL (a devDependency), the baseline the parser and LSP benchmarks compare
 * against. It is ESM with extensionless imports, so its Flink entry is bundled with esbuild into
 * out/bench/ first (once).
 */
import { existsSync, mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { buildSync } from 'esbuild';

export interface Validator {
  /** Validates a whole text; returns the number of errors found. */
  validate(text: string): number;
}

const root = resolve(__dirname, '../../..');
const dtBundle = join(root, 'out/bench/dt-flink.cjs');

function bundleDt(): void {
  if (existsSync(dtBundle)) return;
  mkdirSync(join(root, 'out/bench'), { recursive: true });
  buildSync({
    entryPoints: [join(root, 'node_modules/dt-sql-parser/dist/parser/flink/index.js')],
    bundle: true,
    platform: 'node',
    format: 'cjs',
    outfile: dtBundle,
    logLevel: 'warning',
  });
}

export function dtValidator(): Validator {
  bundleDt();
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { FlinkSQL } = require(dtBundle) as { FlinkSQL: new () => { validate(t: string): unknown[] } };
  const flink = new FlinkSQL();
  // its inner parser also prints every error to the console: keep that I/O out of the timing
  return {
    validate: (t) => {
      const write = console.error;
      console.error = () => undefined;
      try {
        return flink.validate(t).length;
      } finally {
        console.error = write;
      }
    },
  };
}
