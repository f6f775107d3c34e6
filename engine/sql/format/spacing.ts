/**
 * Where the formatter puts a space between two tokens on the same line. Line breaks are the
 * layout engine's business; this is only "a space or not" (and LineWriter adds one anyway when
 * gluing two tokens could change how they lex).
 */
import type { LayoutToken } from './layout-token';

/** Keywords followed by `(` with no space: function-like keywords and parameterised types. */
const CALL_KEYWORDS = new Set([
  'CAST', 'TRY_CAST', 'EXTRACT', 'CEIL', 'CEILING', 'FLOOR', 'DESCRIPTOR', 'ROW', 'RAW', 'TRIM',
  'POSITION', 'SUBSTRING', 'OVERLAY', 'TIMESTAMP', 'TIME', 'IF', 'LEFT', 'RIGHT', 'GROUPING',
  'CUBE', 'ROLLUP', 'TABLE', 'COUNT', 'MAP', 'ARRAY', 'MULTISET', 'CHAR', 'VARCHAR', 'DECIMAL',
  'JSON_OBJECT', 'JSON_ARRAY', 'JSON_VALUE', 'JSON_QUERY', 'JSON_EXISTS', 'COALESCE', 'NULLIF', 'HASH',
  'YEAR', 'MONTH', 'DAY', 'HOUR', 'MINUTE', 'SECOND', 'VARYING', 'UNNEST',
]);

/** Keywords after which `-`/`+` is a binary operator, not a sign. */
const VALUE_KEYWORDS = new Set(['NULL', 'TRUE', 'FALSE', 'UNKNOWN', 'END']);

export interface SpacingContext {
  /** Inside MATCH_RECOGNIZE's PATTERN (...). */
  readonly pattern: boolean;
  /**
   * `name (` gets a space (a table name before a column list: INSERT INTO t (a, b), LIKE src
   * (...)) rather than none (a function call or an alias column list: f(x), AS t(a, b)).
   */
  readonly nameCallsSpaced: boolean;
}

export function spaceBetween(p: LayoutToken | undefined, t: LayoutToken, ctx: SpacingContext): boolean {
  if (!p) return false;
  if (ctx.pattern && t.role !== 'lparen') return patternSpace(p, t);
  switch (t.role) {
    case 'comma':
    case 'semicolon':
    case 'rparen':
    case 'rbracket':
    case 'dot':
    case 'type-close':
    case 'type-open':
      return false;
    case 'lparen':
      if (p.role === 'type') return false;
      if (p.role === 'ident') return ctx.nameCallsSpaced;
      if (p.role === 'keyword') return !CALL_KEYWORDS.has(p.word);
      return p.role !== 'rparen' && p.role !== 'rbracket' && p.role !== 'lparen';
    case 'lbracket':
      return !(p.role === 'ident' || p.role === 'rparen' || p.role === 'rbracket' || (p.role === 'keyword' && (p.word === 'ARRAY' || p.word === 'MAP')));
    default:
      break;
  }
  return !(p.role === 'lparen' || p.role === 'lbracket' || p.role === 'dot' || p.role === 'type-open');
}

/** `-` or `+` used as a sign (written against its operand): `-1`, `(-x)`, `THEN -1`. */
export function isSign(p: LayoutToken | undefined, t: LayoutToken): boolean {
  if (t.role !== 'operator' || (t.text !== '-' && t.text !== '+')) return false;
  if (!p) return true;
  if (p.role === 'keyword') return !VALUE_KEYWORDS.has(p.word);
  return p.role === 'operator' || p.role === 'lparen' || p.role === 'lbracket' || p.role === 'comma';
}

/**
 * Row pattern spacing (MATCH_RECOGNIZE ... PATTERN (A B+ C{2,3}? | D)): quantifiers stick to
 * their variable; variables, groups and `|` are separated by spaces.
 */
function patternSpace(p: LayoutToken, t: LayoutToken): boolean {
  if (t.text === '|' || p.text === '|') return true;
  if (p.role === 'lparen') return false;
  const startsTerm = t.role === 'ident' || t.role === 'keyword' || t.role === 'lparen';
  const endsTerm = p.role === 'ident' || p.role === 'keyword' || p.role === 'rparen' || p.text === '}' || p.text === '+' || p.text === '*' || p.text === '?';
  return startsTerm && endsTerm;
}
