/** Loads syntaxes/flinksql.tmLanguage.json with vscode-textmate + vscode-oniguruma and tokenizes text. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as oniguruma from 'vscode-oniguruma';
import * as vsctm from 'vscode-textmate';

const root = join(__dirname, '..', '..', '..', '..');

export interface Token {
  readonly line: number;
  readonly text: string;
  readonly scopes: readonly string[];
}

let grammar: Promise<vsctm.IGrammar> | undefined;

export function loadGrammar(): Promise<vsctm.IGrammar> {
  grammar ??= (async () => {
    const wasm = readFileSync(join(root, 'node_modules', 'vscode-oniguruma', 'release', 'onig.wasm'));
    await oniguruma.loadWASM(wasm.buffer.slice(wasm.byteOffset, wasm.byteOffset + wasm.byteLength));
    const registry = new vsctm.Registry({
      onigLib: Promise.resolve({
        createOnigScanner: (patterns: string[]) => new oniguruma.OnigScanner(patterns),
        createOnigString: (s: string) => new oniguruma.OnigString(s),
      }),
      loadGrammar: async (scopeName: string) => {
        if (scopeName !== 'source.flinksql') return null;
        const path = join(root, 'syntaxes', 'flinksql.tmLanguage.json');
        return vsctm.parseRawGrammar(readFileSync(path, 'utf8'), path);
      },
    });
    const g = await registry.loadGrammar('source.flinksql');
    if (!g) throw new Error('grammar source.flinksql did not load');
    return g;
  })();
  return grammar;
}

export async function tokenize(text: string): Promise<Token[]> {
  const g = await loadGrammar();
  const out: Token[] = [];
  let state = vsctm.INITIAL;
  const lines = text.split(/\r?\n/);
  for (let line = 0; line < lines.length; line++) {
    const r = g.tokenizeLine(lines[line], state);
    for (const t of r.tokens) {
      out.push({ line, text: lines[line].slice(t.startIndex, t.endIndex), scopes: t.scopes });
    }
    state = r.ruleStack;
  }
  return out;
}

export function fixture(name: string): string {
  return readFileSync(join(root, 'test', 'fixtures', 'textmate', name), 'utf8');
}

/** The innermost scope of the n-th token (0-based) whose text is exactly `text`. */
export function scopeOf(tokens: readonly Token[], text: string, nth = 0): string {
  const hits = tokens.filter((t) => t.text === text);
  const t = hits[nth];
  if (!t) throw new Error(`no token #${nth} with text ${JSON.stringify(text)}; tokens: ${tokens.map((x) => x.text).join('|')}`);
  return t.scopes[t.scopes.length - 1];
}

export function scopesOf(tokens: readonly Token[], text: string, nth = 0): readonly string[] {
  const t = tokens.filter((x) => x.text === text)[nth];
  if (!t) throw new Error(`no token #${nth} with text ${JSON.stringify(text)}`);
  return t.scopes;
}
