/**
 * Turns one statement's text into layout tokens with the ANTLR lexer and parser of engine/sql:
 * the lexer gives every token including comments (hidden channel) and hints; the parse tree
 * tells a keyword used as a keyword from a non-reserved keyword used as an identifier (whose
 * case must never change: Flink identifiers are case-sensitive) and finds type names.
 *
 * Returns undefined when the statement has a lexical or syntax error: such a statement is left
 * exactly as written.
 */
import {
  BailErrorStrategy,
  CharStream,
  CommonTokenStream,
  ParserRuleContext,
  PredictionMode,
  TerminalNode,
  Token,
  type ParseTree,
} from 'antlr4ng';
import { FlinkSqlLexer } from '../generated/FlinkSqlLexer';
import { FlinkSqlParser } from '../generated/FlinkSqlParser';
import type { LayoutToken, TokenRole } from './layout-token';

const ROLE_BY_NAME: Readonly<Record<string, TokenRole>> = {
  IDENTIFIER: 'ident',
  QUOTED_IDENTIFIER: 'ident',
  STRING: 'string',
  UNICODE_STRING: 'string',
  BINARY_STRING: 'string',
  DOUBLE_QUOTED: 'string',
  INTEGER_VALUE: 'number',
  DECIMAL_VALUE: 'number',
  EXPONENT_VALUE: 'number',
  LPAREN: 'lparen',
  RPAREN: 'rparen',
  LBRACKET: 'lbracket',
  RBRACKET: 'rbracket',
  COMMA: 'comma',
  DOT: 'dot',
  SEMICOLON: 'semicolon',
  LINE_COMMENT: 'line-comment',
  BLOCK_COMMENT: 'block-comment',
};

const KEYWORD_LITERAL = /^'[A-Z_][A-Z_0-9]*'$/;
const OPERATOR_LITERAL = /^'[-+*/%=<>!|^&]+'$/;

function lexicalRole(lexer: FlinkSqlLexer, type: number): TokenRole {
  const name = lexer.vocabulary.getSymbolicName(type) ?? '';
  const byName = ROLE_BY_NAME[name];
  if (byName) return byName;
  const literal = lexer.vocabulary.getLiteralName(type) ?? '';
  if (KEYWORD_LITERAL.test(literal)) return 'keyword';
  if (OPERATOR_LITERAL.test(literal)) return 'operator';
  return 'other';
}

/** Token index -> role decided by the parse tree (identifiers, type names, type brackets). */
function rolesFromTree(tree: ParseTree, out: Map<number, TokenRole>): void {
  const visit = (node: ParseTree, inherited: TokenRole | undefined): void => {
    if (node instanceof TerminalNode) {
      if (node.symbol.type === Token.EOF) return;
      const parentRule = node.parent instanceof ParserRuleContext ? node.parent.ruleIndex : -1;
      if (inherited) out.set(node.symbol.tokenIndex, inherited);
      // A keyword used as a function name (YEAR(ts), LEFT(s, 2)) is a name: kept as written.
      else if (parentRule === FlinkSqlParser.RULE_functionName) out.set(node.symbol.tokenIndex, 'ident');
      else if (parentRule === FlinkSqlParser.RULE_typeCore) {
        if (node.symbol.type === FlinkSqlLexer.LT) out.set(node.symbol.tokenIndex, 'type-open');
        else if (node.symbol.type === FlinkSqlLexer.GT) out.set(node.symbol.tokenIndex, 'type-close');
      }
      return;
    }
    if (!(node instanceof ParserRuleContext)) return;
    let role = inherited;
    if (node.ruleIndex === FlinkSqlParser.RULE_identifier) {
      const parent = node.parent;
      const isTypeName = parent?.ruleIndex === FlinkSqlParser.RULE_typeCore;
      const quoted = node.start?.type === FlinkSqlLexer.QUOTED_IDENTIFIER;
      role = isTypeName && !quoted ? 'type' : 'ident';
    }
    for (const child of node.children) visit(child, role);
  };
  visit(tree, undefined);
}

/** ANTLR offsets count code points; this maps them to UTF-16 offsets into `text`. */
function codePointOffsets(text: string): (cp: number) => number {
  if (!/[\uD800-\uDFFF]/.test(text)) return (cp) => cp;
  const map: number[] = [];
  for (let i = 0; i < text.length; i++) {
    map.push(i);
    const c = text.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length) i++;
  }
  map.push(text.length);
  return (cp) => map[Math.min(cp, map.length - 1)];
}

/**
 * `BEGIN STATEMENT SET; ...; END` is one statement for the splitter but a sequence of
 * statements for the grammar: each `;`-separated part is classified on its own.
 */
const BEGIN_SET = /^BEGIN\s+STATEMENT\s+SET\s*;/i;

export function classifyTokens(text: string): LayoutToken[] | undefined {
  if (!BEGIN_SET.test(text)) return classifyStatement(text);
  const out: LayoutToken[] = [];
  const lexer = new FlinkSqlLexer(CharStream.fromString(text));
  lexer.removeErrorListeners();
  const at = codePointOffsets(text);
  let from = 0;
  const part = (to: number): boolean => {
    const tokens = classifyStatement(text.slice(from, to));
    if (!tokens) return false;
    out.push(...tokens);
    return true;
  };
  for (let t = lexer.nextToken(); t.type !== Token.EOF; t = lexer.nextToken()) {
    if (t.type !== FlinkSqlLexer.SEMICOLON) continue;
    const semi = at(t.start);
    if (!part(semi)) return undefined;
    out.push({ role: 'semicolon', text: ';', word: '', ownLine: false });
    from = semi + 1;
  }
  return part(text.length) ? out : undefined;
}

let parser: FlinkSqlParser | undefined;

/**
 * The parse tree of a statement, or undefined on a syntax error. Two stages, as in the parse
 * facade: SLL prediction bailing at the first error (fast, right for almost every statement),
 * then full LL only when SLL failed.
 */
function parse(stream: CommonTokenStream): ParseTree | undefined {
  if (!parser) {
    parser = new FlinkSqlParser(stream);
    parser.removeErrorListeners();
    parser.errorHandler = new BailErrorStrategy();
  } else parser.tokenStream = stream;
  for (const mode of [PredictionMode.SLL, PredictionMode.LL]) {
    stream.seek(0);
    parser.reset();
    parser.interpreter.predictionMode = mode;
    try {
      return parser.singleStatement();
    } catch {
      // a syntax error under SLL may be SLL's weakness: retry with LL; under LL it is real
    }
  }
  return undefined;
}

function classifyStatement(text: string): LayoutToken[] | undefined {
  const at = codePointOffsets(text);
  const lexer = new FlinkSqlLexer(CharStream.fromString(text));
  lexer.removeErrorListeners();
  const stream = new CommonTokenStream(lexer);
  stream.fill();
  const all = stream.getTokens();
  for (const t of all) {
    if (t.channel !== Token.DEFAULT_CHANNEL && t.channel !== Token.HIDDEN_CHANNEL) return undefined; // ERRORS channel
    const name = lexer.vocabulary.getSymbolicName(t.type) ?? '';
    if (name === 'ERROR_CHAR' || name === 'HINT_ERROR_CHAR') return undefined;
  }

  const tree = parse(stream);
  if (!tree) return undefined;
  const treeRoles = new Map<number, TokenRole>();
  rolesFromTree(tree, treeRoles);

  const out: LayoutToken[] = [];
  let prevEnd = 0;
  for (let i = 0; i < all.length; i++) {
    const t = all[i];
    if (t.type === Token.EOF) break;
    const name = lexer.vocabulary.getSymbolicName(t.type) ?? '';
    const start = at(t.start);
    const ownLine = /[\r\n]/.test(text.slice(prevEnd, start));
    if (name === 'HINT_START') {
      // A hint is one token for layout purposes, byte-exact from `/*+` to `*/`.
      let j = i;
      while (j + 1 < all.length && (lexer.vocabulary.getSymbolicName(all[j].type) ?? '') !== 'HINT_END') j++;
      const end = at(all[j].stop + 1);
      out.push({ role: 'hint', text: text.slice(start, end), word: '', ownLine });
      prevEnd = end;
      i = j;
      continue;
    }
    let role = treeRoles.get(t.tokenIndex) ?? lexicalRole(lexer, t.type);
    if (role === 'keyword' && t.channel !== Token.DEFAULT_CHANNEL) role = 'other';
    const end = at(t.stop + 1);
    const src = text.slice(start, end);
    out.push({ role, text: src, word: role === 'keyword' || role === 'type' ? src.toUpperCase() : '', ownLine });
    prevEnd = end;
  }
  return out;
}
