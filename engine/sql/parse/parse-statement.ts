/**
 * The parse facade for one statement: text -> typed AST + diagnostics. Never throws.
 *
 * Two-stage parsing: SLL prediction with a bail-out error strategy first (fast, right for almost
 * every statement); only when that fails, the same tokens again with full LL prediction, which is
 * exact, still bailing at the first error. One statement gives at most one syntax error (the
 * first: later ones are nearly always its cascade), plus lexical errors (unterminated strings,
 * names, comments) and the checks the AST builder makes (unknown type names, ...).
 * Lexer and parser instances are reused (single-threaded JS: nothing else can interleave).
 */
import {
  BailErrorStrategy,
  CommonTokenStream,
  ParseCancellationException,
  PredictionMode,
  RecognitionException,
  Token,
  type Parser,
} from 'antlr4ng';
import type { Diagnostic, Position } from '../../diagnostic';
import { FlinkSqlLexer } from '../generated/FlinkSqlLexer';
import { FlinkSqlParser, type SingleStatementContext } from '../generated/FlinkSqlParser';
import type { Statement } from '../ast/statement';
import { Builder, SYNTAX_SOURCE } from './builder';
import { charStream } from './char-stream';
import { statement as buildStatement } from './build-statement';
import { SourceMap } from './source-map';
import { syntaxErrorDiagnostic } from './syntax-error';

export interface ParseOptions {
  /** Document offset of the statement's first character (default 0). */
  readonly baseOffset?: number;
  /** Document position of the statement's first character (default 0:0). */
  readonly basePosition?: Position;
}

export interface ParseResult {
  /** Undefined when the statement has a syntax error (or no code at all). */
  readonly statement: Statement | undefined;
  readonly diagnostics: Diagnostic[];
}

class QuietBail extends BailErrorStrategy {
  override reportError(_recognizer: Parser, _e: RecognitionException): void {
    // the facade reports; building ANTLR's own message text would be wasted work
  }
}

let lexer: FlinkSqlLexer | undefined;
let parser: FlinkSqlParser | undefined;

function instances(): { lexer: FlinkSqlLexer; parser: FlinkSqlParser } {
  if (!lexer || !parser) {
    lexer = new FlinkSqlLexer(charStream(''));
    lexer.removeErrorListeners();
    parser = new FlinkSqlParser(new CommonTokenStream(lexer));
    parser.removeErrorListeners();
    parser.errorHandler = new QuietBail();
    parser.buildParseTrees = true;
  }
  return { lexer, parser };
}

const LEXICAL_ERRORS: Readonly<Record<number, { code: string; message: string }>> = {
  [FlinkSqlLexer.UNTERMINATED_STRING]: { code: 'syntax/unterminated-string', message: "unterminated string literal: it needs a closing '" },
  [FlinkSqlLexer.UNTERMINATED_QUOTED_IDENTIFIER]: {
    code: 'syntax/unterminated-identifier',
    message: 'unterminated quoted name: it needs a closing `',
  },
  [FlinkSqlLexer.UNTERMINATED_BLOCK_COMMENT]: { code: 'syntax/unterminated-comment', message: 'unterminated comment: it needs a closing */' },
};

function tryParse(p: FlinkSqlParser, mode: number): SingleStatementContext | RecognitionException {
  p.interpreter.predictionMode = mode;
  // ANTLR signals a syntax error by throwing, twice (the exception and the bail-out wrapping it):
  // capturing their stack traces through the deep rule recursion was about 6% of the cost of a
  // statement with an error. Nobody reads them; parseStatement reports our own bugs by message.
  const limit = Error.stackTraceLimit;
  Error.stackTraceLimit = 0;
  try {
    return p.singleStatement();
  } catch (err) {
    const cause = err instanceof ParseCancellationException ? (err as { cause?: unknown }).cause : err;
    if (cause instanceof RecognitionException) return cause;
    throw err;
  } finally {
    Error.stackTraceLimit = limit;
  }
}

export function parseStatement(text: string, opts: ParseOptions = {}): ParseResult {
  const map = new SourceMap(text, opts.baseOffset ?? 0, opts.basePosition ?? { line: 0, character: 0 });
  try {
    return parseWith(text, map);
  } catch (err) {
    // a bug of ours must not take a language request down: report it where the statement is
    const end = map.unit(text.length);
    return {
      statement: undefined,
      diagnostics: [
        {
          range: map.range(0, end),
          severity: 'error',
          code: 'syntax/internal-error',
          message: `internal parser error: ${err instanceof Error ? err.message : String(err)}`,
          source: SYNTAX_SOURCE,
        },
      ],
    };
  }
}

function parseWith(text: string, map: SourceMap): ParseResult {
  const { lexer: lx, parser: p } = instances();
  lx.inputStream = charStream(text);
  const tokens = new CommonTokenStream(lx);
  tokens.fill();
  const all = tokens.getTokens();
  const diagnostics: Diagnostic[] = [];

  // lexical errors first; everything after an unterminated token is part of it
  let cutoff = Infinity;
  let hasCode = false;
  for (const t of all) {
    let lexical = LEXICAL_ERRORS[t.type];
    if (lexical && t.type === FlinkSqlLexer.UNTERMINATED_BLOCK_COMMENT && t.text?.startsWith('/*+')) {
      lexical = { code: 'syntax/unterminated-hint', message: 'unterminated hint: it needs a closing */' };
    }
    if (lexical) {
      const s = map.unit(t.start);
      const lineEnd = text.indexOf('\n', s);
      const e = lineEnd < 0 ? map.unit(t.stop + 1) : Math.min(lineEnd, map.unit(t.stop + 1));
      diagnostics.push({ range: map.range(s, Math.max(e, s + 1)), severity: 'error', code: lexical.code, message: lexical.message, source: SYNTAX_SOURCE });
      cutoff = Math.min(cutoff, t.tokenIndex);
    } else if (t.channel === Token.DEFAULT_CHANNEL && t.type !== Token.EOF) {
      hasCode = true;
    }
  }
  if (!hasCode) return { statement: undefined, diagnostics };

  p.tokenStream = tokens;
  let result = tryParse(p, PredictionMode.SLL);
  if (result instanceof RecognitionException) {
    tokens.seek(0);
    p.reset();
    result = tryParse(p, PredictionMode.LL);
  }
  if (result instanceof RecognitionException) {
    const offending = result.offendingToken;
    const afterCutoff = cutoff !== Infinity && (!offending || offending.type === Token.EOF || offending.tokenIndex > cutoff);
    if (!afterCutoff) {
      diagnostics.push(syntaxErrorDiagnostic({ tokens: all, map, vocabulary: p.vocabulary }, result));
    }
    return { statement: undefined, diagnostics };
  }
  if (diagnostics.length > 0) return { statement: undefined, diagnostics };
  const b = new Builder(map);
  const statement = buildStatement(b, result.statement());
  diagnostics.push(...b.diagnostics);
  return { statement, diagnostics };
}
