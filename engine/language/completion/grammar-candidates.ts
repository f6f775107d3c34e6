/**
 * antlr4-c3 over the tokens of the statement prefix: which keywords may come next (with the
 * keywords that must follow them, `GROUP BY`), and which name slots are open. Preferred rules
 * stop c3 at `tablePath`, `functionName` and `identifier`, so names become slots instead of the
 * hundreds of non-reserved keywords an identifier may be.
 */
import { CodeCompletionCore } from 'antlr4-c3';
import { CommonTokenStream, CharStream } from 'antlr4ng';
import { FlinkSqlParser } from '../../sql/generated/FlinkSqlParser';
import { FlinkSqlLexer } from '../../sql/generated/FlinkSqlLexer';
import { keywordOf } from '../lex';
import type { CompletionSlot } from './completion-item';

export interface GrammarCandidates {
  /** Keyword phrases valid at the caret: `SELECT`, `GROUP BY`, `IF NOT EXISTS`. */
  readonly keywords: readonly string[];
  readonly slots: readonly CompletionSlot[];
}

let parser: FlinkSqlParser | undefined;
let lexer: FlinkSqlLexer | undefined;

const PREFERRED = new Set([FlinkSqlParser.RULE_tablePath, FlinkSqlParser.RULE_functionName, FlinkSqlParser.RULE_identifier]);

function ruleNames(list: readonly number[]): string[] {
  return list.map((r) => FlinkSqlParser.ruleNames[r]);
}

/**
 * Candidates at the end of `prefix` (statement text up to the cursor); `onWord` when the prefix
 * ends with the partial word being completed (the caret is then on that word's token).
 */
export function grammarCandidates(prefix: string, onWord: boolean, qualifier: string | undefined): GrammarCandidates {
  if (!lexer || !parser) {
    lexer = new FlinkSqlLexer(CharStream.fromString(''));
    lexer.removeErrorListeners();
    parser = new FlinkSqlParser(new CommonTokenStream(lexer));
    parser.removeErrorListeners();
  }
  lexer.inputStream = CharStream.fromString(prefix);
  lexer.reset();
  const tokens = new CommonTokenStream(lexer);
  tokens.fill();
  // the last token is EOF; the caret is on the partial word before it, or on EOF
  const caret = tokens.size - 1 - (onWord ? 1 : 0);
  parser.tokenStream = tokens;
  const core = new CodeCompletionCore(parser);
  core.preferredRules = PREFERRED;
  const found = core.collectCandidates(caret);

  const keywords: string[] = [];
  for (const [type, following] of found.tokens) {
    const kw = keywordOf(type);
    if (!kw) continue;
    const rest = following.map(keywordOf);
    keywords.push(rest.length > 0 && rest.every((k) => k !== undefined) ? [kw, ...rest].join(' ') : kw);
  }

  const slots: CompletionSlot[] = [];
  for (const [rule, { ruleList }] of found.rules) {
    const rules = ruleNames(ruleList);
    const parent = rules[rules.length - 1];
    if (rule === FlinkSqlParser.RULE_tablePath) {
      // a table path that names an existing table (not CREATE TABLE's new name)
      if (parent !== 'createTableBody' && parent !== 'createBody') slots.push({ kind: 'table', rules });
    } else if (rule === FlinkSqlParser.RULE_functionName) {
      const callParent = rules[rules.length - 2];
      const tableFunction = callParent === 'tableFactor';
      slots.push({ kind: 'function', tableFunction, rules });
      if (!tableFunction) slots.push({ kind: 'column', rules, ...(qualifier ? { qualifier } : {}) });
    } else if (rule === FlinkSqlParser.RULE_identifier && parent === 'postfixExpression') {
      slots.push({ kind: 'column', rules, ...(qualifier ? { qualifier } : {}) });
    }
  }
  return { keywords, slots };
}
