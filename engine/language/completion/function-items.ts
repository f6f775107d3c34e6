/**
 * Function names from the built-in function table (engine/types/functions), with the first
 * signature as detail and the description as documentation. Operators are left out; in FROM
 * only table functions (window TVFs) are offered.
 */
import { allFunctions, signatureLabel, type FunctionDef } from '../../types/functions';
import type { Range } from '../../diagnostic';
import type { LanguageCompletionItem } from './completion-item';

const WORD = /^[A-Z_][A-Z0-9_]*$/;

function insertText(fn: FunctionDef, name: string): string {
  return fn.syntax !== undefined && !fn.syntax.includes('(') ? name : `${name}($1)`;
}

export function functionItems(range: Range, tableFunctionsOnly: boolean, lowerCase: boolean): LanguageCompletionItem[] {
  const out: LanguageCompletionItem[] = [];
  for (const fn of allFunctions()) {
    if (fn.kind === 'operator' || (tableFunctionsOnly && fn.kind !== 'table')) continue;
    for (const n of [fn.name, ...fn.aliases]) {
      if (!WORD.test(n)) continue;
      const name = lowerCase ? n.toLowerCase() : n;
      out.push({
        label: name,
        kind: 'function',
        detail: signatureLabel(fn),
        documentation: fn.example ? `${fn.description}\n\nExample: \`${fn.example}\`` : fn.description,
        insertText: insertText(fn, name),
        snippet: true,
        range,
        sortText: `2${name}`,
      });
    }
  }
  return out;
}
