/**
 * Turns the parser's first failure into one plain-words diagnostic: what was unexpected, what
 * fits there ("expected an expression", "expected ')' or ','"), a missing closing parenthesis
 * named by where it opened, "did you mean FROM?" for misspelt keywords (with a fix).
 */
import { Token, type IntervalSet, type RecognitionException, type Vocabulary } from 'antlr4ng';
import type { Diagnostic, DiagnosticFix } from '../../diagnostic';
import { suggest } from '../../text/did-you-mean';
import * as P from '../generated/FlinkSqlParser';
import { SYNTAX_SOURCE } from './builder';
import type { SourceMap } from './source-map';

const T = P.FlinkSqlParser;

/** Keywords that start clauses: the usual targets of a typo that the parser took for a name. */
const CLAUSE_KEYWORDS = [
  'SELECT', 'FROM', 'WHERE', 'GROUP', 'HAVING', 'ORDER', 'LIMIT', 'OFFSET', 'JOIN', 'LEFT', 'RIGHT',
  'INNER', 'OUTER', 'CROSS', 'FULL', 'UNION', 'EXCEPT', 'INTERSECT', 'WINDOW', 'VALUES', 'INTO', 'WITH',
  'TABLE', 'INSERT', 'CREATE', 'ALTER', 'DROP', 'BETWEEN', 'LIKE', 'DISTINCT', 'LATERAL', 'PARTITION',
];

/** Token types that can begin an expression other than a name: their presence means "an expression". */
const EXPRESSION_STARTERS = [T.INTEGER_VALUE, T.STRING, T.CASE, T.CAST, T.NOT];

/** Keywords that end an expression's clause: a '(' still open when one of these comes was never closed. */
const CLAUSE_ENDERS = new Set([
  T.FROM, T.WHERE, T.GROUP, T.HAVING, T.ORDER, T.LIMIT, T.OFFSET, T.FETCH, T.UNION, T.EXCEPT, T.INTERSECT,
  T.JOIN, T.ON, T.WINDOW, T.SELECT, T.WITH, T.SEMICOLON, T.INSERT, T.VALUES, T.INTO, T.SET, T.PARTITIONED,
  T.COMMENT, T.WATERMARK, T.PRIMARY, T.DISTRIBUTED, T.LEFT, T.RIGHT, T.INNER, T.CROSS, T.FULL, T.USING,
]);

/** Tokens after which an operand must follow: at a failure right after one, "an expression" is expected. */
const TAKES_OPERAND = new Set([
  T.EQ, T.NEQ, T.LT, T.LTE, T.GT, T.GTE, T.PLUS, T.MINUS_SIGN, T.STAR, T.SLASH, T.PERCENT, T.CONCAT, T.AND, T.OR,
  T.WHERE, T.HAVING, T.ON, T.WHEN, T.THEN, T.ELSE, T.LIKE, T.ILIKE, T.BETWEEN, T.ESCAPE,
]);

/** Keywords that begin a statement: one appearing where the previous statement could end means a missing ';'. */
const STATEMENT_STARTERS = new Set([
  T.SELECT, T.INSERT, T.UPSERT, T.CREATE, T.ALTER, T.DROP, T.SHOW, T.DESCRIBE, T.USE, T.EXPLAIN, T.EXECUTE,
  T.DELETE, T.UPDATE, T.TRUNCATE, T.CALL, T.LOAD, T.UNLOAD, T.ANALYZE, T.STOP, T.RESET, T.REMOVE,
]);

export interface SyntaxErrorContext {
  readonly tokens: readonly Token[];
  readonly map: SourceMap;
  readonly vocabulary: Vocabulary;
}

/** Punctuation shared with the hint mode loses its literal name in the vocabulary. */
const PUNCTUATION: Readonly<Record<number, string>> = {
  [T.LPAREN]: "'('",
  [T.RPAREN]: "')'",
  [T.COMMA]: "','",
  [T.EQ]: "'='",
  [T.DOT]: "'.'",
};

function display(vocab: Vocabulary, type: number): string {
  if (type === Token.EOF) return 'end of statement';
  const punct = PUNCTUATION[type];
  if (punct) return punct;
  const lit = vocab.getLiteralName(type);
  if (lit) {
    const inner = lit.slice(1, -1);
    return /^[A-Z_]+$/.test(inner) ? inner : `'${inner}'`;
  }
  switch (type) {
    case T.STRING:
      return 'a string';
    case T.INTEGER_VALUE:
      return 'a number';
    case T.IDENTIFIER:
      return 'a name';
    default:
      return (vocab.getSymbolicName(type) ?? String(type)).toLowerCase().replace(/_/g, ' ');
  }
}

function tokenShown(t: Token): string {
  if (t.type === Token.EOF) return 'end of statement';
  const text = t.text ?? '';
  return `'${text.length > 40 ? text.slice(0, 37) + '...' : text}'`;
}

/** "an expression", "a name", "a data type" or a short list of tokens. */
function expectedPhrase(ctx: SyntaxErrorContext, expected: IntervalSet | null, e: RecognitionException): string | undefined {
  if (!expected || expected.length === 0) return undefined;
  const types = expected.toArray().filter((t) => t !== T.SEMICOLON);
  if (types.length === 0 || (types.length === 1 && types[0] === Token.EOF)) return undefined;
  if (types.includes(T.IDENTIFIER)) {
    if (e.ctx instanceof P.TypeCoreContext || e.ctx instanceof P.DataTypeContext) return 'a data type';
    if (EXPRESSION_STARTERS.every((s) => types.includes(s))) return 'an expression';
    if (types.includes(T.STRING) && types.includes(T.TRUE)) return 'a value';
    if (!types.includes(T.INTEGER_VALUE)) return 'a name';
  }
  if (types.includes(T.SELECT) && types.includes(T.VALUES)) return 'a query';
  const shown = types.filter((t) => t !== Token.EOF && t < T.HINT_END).map((t) => display(ctx.vocabulary, t));
  if (shown.length === 0) return undefined;
  if (shown.length > 4) return `${shown.slice(0, 4).join(', ')} or another`;
  return shown.length === 1 ? shown[0] : `${shown.slice(0, -1).join(', ')} or ${shown[shown.length - 1]}`;
}

function sameCase(written: string, keyword: string): string {
  return written === written.toLowerCase() ? keyword.toLowerCase() : keyword;
}

function isWordToken(t: Token): boolean {
  return t.type === T.IDENTIFIER || (t.type > 0 && t.type < T.EQ);
}

export function syntaxErrorDiagnostic(ctx: SyntaxErrorContext, e: RecognitionException): Diagnostic {
  const { tokens, map } = ctx;
  const offending = e.offendingToken ?? tokens[tokens.length - 1];
  const index = offending.tokenIndex;
  const visible = tokens.filter((t) => t.channel === Token.DEFAULT_CHANNEL);
  const pos = visible.findIndex((t) => t.tokenIndex === index);
  const previous = pos > 0 ? visible[pos - 1] : undefined;
  const isEof = offending.type === Token.EOF;
  const anchor = isEof && previous ? previous : offending;
  const rangeOf = (t: Token) => {
    const s = map.unit(t.start);
    const end = t.type === Token.EOF ? s : map.unit(t.stop + 1);
    return map.range(s, end);
  };
  const range = rangeOf(anchor);
  const make = (code: string, message: string, fixes?: DiagnosticFix[]): Diagnostic =>
    fixes ? { range, severity: 'error', code, message, source: SYNTAX_SOURCE, fixes } : { range, severity: 'error', code, message, source: SYNTAX_SOURCE };

  if (offending.type === T.ERROR_CHAR || offending.type === T.HINT_ERROR_CHAR) {
    return make('syntax/unexpected-character', `unexpected character ${tokenShown(offending)}`);
  }
  if (offending.type === T.DOUBLE_QUOTED) {
    return make('syntax/double-quotes', `double quotes are not used in Flink SQL: write 'text' for a string or \`name\` for a name`);
  }

  if (offending.type === T.HINT_START) {
    const close = visible.slice(pos).find((t) => t.type === T.HINT_END);
    const hintRange = close ? map.range(map.unit(offending.start), map.unit(close.stop + 1)) : range;
    return {
      range: hintRange,
      severity: 'error',
      code: 'syntax/misplaced-hint',
      message: 'a hint is not allowed here: put /*+ ... */ right after SELECT, after a table name, or after INSERT INTO <table>',
      source: SYNTAX_SOURCE,
    };
  }
  if (offending.type === T.HINT_END && previous?.type === T.HINT_START) {
    return make('syntax/empty-hint', "empty hint: name one, e.g. /*+ OPTIONS('key' = 'value') */");
  }

  // parentheses still open at the failure point
  const open: Token[] = [];
  for (let i = 0; i < pos; i++) {
    const t = visible[i];
    if (t.type === T.LPAREN || t.type === T.HINT_LPAREN) open.push(t);
    else if ((t.type === T.RPAREN || t.type === T.HINT_RPAREN) && open.length > 0) open.pop();
  }
  const expected = e.getExpectedTokens();
  if (open.length > 0 && expected?.contains(T.RPAREN) && (isEof || CLAUSE_ENDERS.has(offending.type))) {
    const p = map.position(map.unit(open[open.length - 1].start));
    return make('syntax/missing-parenthesis', `missing closing parenthesis for '(' at ${p.line + 1}:${p.character + 1}`);
  }
  if (offending.type === T.RPAREN && open.length === 0) {
    return make('syntax/unexpected-token', `unexpected ')', there is no '(' to close`);
  }
  if (offending.type === T.HINT_END && open.length > 0) {
    const p = map.position(map.unit(open[open.length - 1].start));
    return make('syntax/missing-parenthesis', `missing closing parenthesis for '(' at ${p.line + 1}:${p.character + 1}`);
  }

  // "did you mean": the offending word, or a word just before it that was taken for an alias
  const keywordCandidates = (set: IntervalSet | null): string[] => {
    const out = [...CLAUSE_KEYWORDS];
    if (set) for (const t of set.toArray()) if (t > 0 && t < T.EQ) out.push(display(ctx.vocabulary, t));
    return out;
  };
  if (offending.type === T.IDENTIFIER) {
    const fromExpected = expected ? expected.toArray().filter((t) => t > 0 && t < T.EQ).map((t) => display(ctx.vocabulary, t)) : [];
    let s = suggest(offending.text ?? '', fromExpected, 1);
    if (s.length === 0) s = suggest(offending.text ?? '', keywordCandidates(expected), 1);
    if (s.length > 0) {
      const kw = sameCase(offending.text ?? '', s[0]);
      return make('syntax/unexpected-token', `unexpected ${tokenShown(offending)}, did you mean ${s[0]}?`, [
        { title: `Replace with ${kw}`, range, newText: kw },
      ]);
    }
  }
  if (previous && previous.type === T.IDENTIFIER && !isEof) {
    const s = suggest(previous.text ?? '', CLAUSE_KEYWORDS, 1);
    if (s.length > 0) {
      const prevRange = rangeOf(previous);
      const kw = sameCase(previous.text ?? '', s[0]);
      return {
        range: prevRange,
        severity: 'error',
        code: 'syntax/unexpected-token',
        message: `unexpected '${previous.text}', did you mean ${s[0]}?`,
        source: SYNTAX_SOURCE,
        fixes: [{ title: `Replace with ${kw}`, range: prevRange, newText: kw }],
      };
    }
  }

  const canEnd = !expected || expected.contains(Token.EOF) || expected.contains(T.SEMICOLON);
  if (STATEMENT_STARTERS.has(offending.type) && canEnd && previous) {
    return make('syntax/missing-semicolon', `unexpected ${tokenShown(offending)}, is a ';' missing before it?`);
  }
  // after an operator the set ANTLR reports belongs to the decision that started before it
  const inOptions = e.ctx instanceof P.PropertyContext || e.ctx instanceof P.PropertyValueContext || e.ctx instanceof P.SetStatementContext;
  const what = previous && TAKES_OPERAND.has(previous.type) && !inOptions ? 'an expression' : expectedPhrase(ctx, expected, e);
  if (isEof) {
    return make('syntax/unexpected-end', what ? `unexpected end of statement, expected ${what}` : 'unexpected end of statement');
  }
  const after = previous && previous.type === T.COMMA ? ` after ','` : '';
  if (what) return make('syntax/unexpected-token', `unexpected ${tokenShown(offending)}${after}, expected ${what}`);
  const isKeyword = offending.type > 0 && offending.type < T.EQ;
  if (isKeyword) {
    return make('syntax/unexpected-token', `unexpected ${tokenShown(offending)} here: a clause is out of order or not allowed in this statement`);
  }
  const missingSeparator = previous && isWordToken(offending) && (isWordToken(previous) || previous.type === T.RPAREN);
  return make(
    'syntax/unexpected-token',
    `unexpected ${tokenShown(offending)}${missingSeparator ? ', is a comma or an operator missing before it?' : ''}`,
  );
}
