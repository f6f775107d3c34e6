/**
 * Signature help for built-in functions: the innermost unclosed `NAME(` before the cursor in
 * the statement under it (lexed up to the cursor only), every signature of NAME from the
 * function table, and the active parameter by the commas at that call's own nesting level.
 */
import { Token } from 'antlr4ng';
import type { Position } from '../../diagnostic';
import { parameterLabels, signatureLabel, type FunctionDef } from '../../types/functions';
import type { LanguageDocument } from '../language-document';
import { T, type LexToken } from '../lex';
import { cursorContext, isWordToken } from '../completion/cursor-context';
import { namedFunction } from './function-markdown';

export interface LanguageSignature {
  readonly label: string;
  readonly documentation?: string;
  /** Each parameter as [start, end) offsets into `label`. */
  readonly parameters: readonly (readonly [number, number])[];
}

export interface LanguageSignatureHelp {
  readonly signatures: readonly LanguageSignature[];
  readonly activeSignature: number;
  readonly activeParameter: number;
}

/** The function call around the end of `tokens`: its name, the index of the argument at the end, and where its `(` ends. */
export function openCall(prefix: string, tokens: readonly LexToken[]): { name: string; argument: number; argsStart: number } | undefined {
  let depth = 0;
  let commas = 0;
  for (let i = tokens.length - 1; i >= 0; i--) {
    const t = tokens[i];
    if (t.channel !== Token.DEFAULT_CHANNEL) continue;
    if (t.type === T.RPAREN || t.type === T.RBRACKET) depth++;
    else if (t.type === T.LBRACKET) {
      if (depth > 0) depth--;
      else commas = 0; // inside an unclosed `[`: its commas are not the call's
    }
    else if (t.type === T.COMMA && depth === 0) commas++;
    else if (t.type === T.LPAREN) {
      if (depth > 0) {
        depth--;
        continue;
      }
      const before = previousCode(tokens, i);
      if (before && isWordToken(before.type)) return { name: prefix.slice(before.start, before.end), argument: commas, argsStart: t.end };
      // a parenthesized expression: the call (if any) is further out
      commas = 0;
    }
  }
  return undefined;
}

function previousCode(tokens: readonly LexToken[], i: number): LexToken | undefined {
  for (let j = i - 1; j >= 0; j--) if (tokens[j].channel === Token.DEFAULT_CHANNEL) return tokens[j];
  return undefined;
}

function signatures(fn: FunctionDef): LanguageSignature[] {
  const documentation = fn.example ? `${fn.description}\n\nExample: \`${fn.example}\`` : fn.description;
  const count = fn.syntax !== undefined ? fn.syntax.split('\n').length : fn.signatures.length;
  return Array.from({ length: Math.max(count, 1) }, (_, i) => {
    const label = signatureLabel(fn, i);
    const parameters: [number, number][] = [];
    if (fn.syntax === undefined && fn.signatures[i]) {
      let from = label.indexOf('(') + 1;
      const sig = fn.signatures[i];
      // named parameters (window TVFs) render as `NAME => TYPE`
      for (const p of parameterLabels(sig).map((l, k) => (sig[k].named ? l.replace(' ', ' => ') : l).replace(/\.\.\.$/, ''))) {
        const at = label.indexOf(p, from);
        if (at < 0) break;
        parameters.push([at, at + p.length]);
        from = at + p.length;
      }
    }
    return { label, documentation, parameters };
  });
}

export function signatureHelpAt(doc: LanguageDocument, position: Position): LanguageSignatureHelp | undefined {
  const ctx = cursorContext(doc, doc.offsetAt(position));
  if (ctx.where === 'comment') return undefined;
  const call = openCall(ctx.prefix, ctx.tokens);
  const fn = call && namedFunction(call.name);
  if (!call || !fn) return undefined;
  const sigs = signatures(fn);
  const variadic = (i: number): boolean => fn.signatures[i]?.some((p) => p.variadic) ?? false;
  let active = sigs.findIndex((s, i) => s.parameters.length > call.argument || variadic(i));
  if (active < 0) active = 0;
  const n = sigs[active].parameters.length;
  const activeParameter = n === 0 ? 0 : Math.min(call.argument, n - 1);
  return { signatures: sigs, activeSignature: active, activeParameter };
}
