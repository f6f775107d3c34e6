/**
 * Completion inside `WITH ( ... )`: option keys (those of the chosen connector, from the same
 * OptionSpec tables the analyzer checks; only `connector` until one is chosen) and values of
 * enum and boolean options, each with its one-line description.
 */
import { Token } from 'antlr4ng';
import type { OptionSpec } from '../../connectors/api';
import { CONNECTOR_OPTION, getConnector, optionsFor } from '../../connectors/registry';
import type { Range } from '../../diagnostic';
import { T, lexTokens, type LexToken } from '../lex';
import type { LanguageCompletionItem } from './completion-item';

/** Unquotes a `'...'` token text (also an unterminated one). */
function unquote(s: string): string {
  const body = s.startsWith("'") ? s.slice(1) : s;
  return (body.endsWith("'") && body.length > 0 ? body.slice(0, -1) : body).replace(/''/g, "'");
}

/** The WITH list the cursor is in: index of its `(` among `code` tokens, or -1. */
function openWithList(code: readonly LexToken[]): number {
  const opens: number[] = [];
  for (let i = 0; i < code.length; i++) {
    if (code[i].type === T.LPAREN) opens.push(i);
    else if (code[i].type === T.RPAREN) opens.pop();
  }
  const open = opens[opens.length - 1];
  return open !== undefined && open > 0 && code[open - 1].type === T.WITH ? open : -1;
}

/** `'key' = 'value'` pairs of the WITH list whose `(` starts `text`. */
function presentOptions(text: string): Record<string, string> {
  const code = lexTokens(text).filter((t) => t.channel === Token.DEFAULT_CHANNEL);
  const out: Record<string, string> = {};
  let depth = 0;
  for (let i = 0; i < code.length; i++) {
    const t = code[i];
    if (t.type === T.LPAREN) depth++;
    else if (t.type === T.RPAREN && --depth === 0) break;
    else if (depth === 1 && t.type === T.STRING && code[i + 1]?.type === T.EQ && code[i + 2]?.type === T.STRING) {
      out[unquote(text.slice(t.start, t.end)).toLowerCase()] = unquote(text.slice(code[i + 2].start, code[i + 2].end));
    }
  }
  return out;
}

function docOf(spec: OptionSpec): string {
  const facts = [spec.required ? 'required' : 'optional', spec.type, spec.default !== undefined ? `default ${spec.default}` : undefined];
  return `${spec.description}\n\n(${facts.filter(Boolean).join(', ')})`;
}

function keySnippet(key: string): string {
  return key.replace('#', '${1:column}');
}

function valueChoices(spec: OptionSpec): readonly string[] {
  if (spec.values && spec.values.length) return spec.values;
  if (spec.type === 'boolean') return ['true', 'false'];
  return [];
}

export interface OptionCompletionInput {
  /** The whole statement text (to see options after the cursor too). */
  readonly statementText: string;
  /** Offset of the cursor in `statementText`. */
  readonly cursor: number;
  /** The tokens of `statementText.slice(0, cursor)`. */
  readonly prefixTokens: readonly LexToken[];
  /** Maps a statement offset range to a document range. */
  readonly toRange: (start: number, end: number) => Range;
}

/** Items when the cursor is in a WITH option list; undefined when it is not (other completion applies). */
export function optionItems(input: OptionCompletionInput): LanguageCompletionItem[] | undefined {
  const { statementText, cursor, prefixTokens } = input;
  const last = prefixTokens[prefixTokens.length - 1];
  // in the prefix, a string the cursor is in is unterminated and ends at the cursor
  const inString = last !== undefined && last.type === T.UNTERMINATED_STRING && last.end === cursor;
  const code = prefixTokens.filter((t) => t.channel === Token.DEFAULT_CHANNEL && t !== (inString ? last : undefined));
  const open = openWithList(code);
  if (open < 0) return undefined;

  const prev = code[code.length - 1];
  const present = presentOptions(statementText.slice(code[open].start));
  const wordStart = inString ? last.start + 1 : cursor;
  const range = input.toRange(wordStart, cursor);

  const connector = present['connector'] !== undefined ? getConnector(present['connector']) : undefined;
  const specs: OptionSpec[] = [CONNECTOR_OPTION, ...(connector ? optionsFor(connector, present) : [])];

  if (prev.type === T.EQ) {
    const keyToken = code[code.length - 2];
    if (!keyToken || keyToken.type !== T.STRING) return [];
    const key = unquote(statementText.slice(keyToken.start, keyToken.end)).toLowerCase();
    const spec = specs.find((s) => s.key === key);
    if (!spec) return [];
    return valueChoices(spec).map((v, i) => ({
      label: v,
      kind: 'value' as const,
      detail: spec.key,
      documentation: spec.description,
      insertText: inString ? v : `'${v}'`,
      range,
      sortText: String(i).padStart(4, '0'),
    }));
  }
  if (prev.type !== T.LPAREN && prev.type !== T.COMMA) return [];
  const out: LanguageCompletionItem[] = [];
  for (const spec of specs) {
    if (present[spec.key.toLowerCase()] !== undefined) continue;
    const choices = valueChoices(spec);
    const value = choices.length ? `\${2|${choices.join(',')}|}` : spec.default !== undefined ? `\${2:${spec.default}}` : '$2';
    out.push({
      label: spec.key,
      kind: 'property',
      detail: `${spec.type}${spec.required ? ' (required)' : ''}`,
      documentation: docOf(spec),
      insertText: inString ? keySnippet(spec.key) : `'${keySnippet(spec.key)}' = '${value}'`,
      snippet: true,
      range,
      sortText: `${spec.required ? '0' : '1'}${spec.key}`,
      filterText: inString ? spec.key : `'${spec.key}`,
    });
  }
  return out;
}
