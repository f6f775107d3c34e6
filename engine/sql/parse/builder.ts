/**
 * The state shared by the parse-tree -> AST functions: where nodes are (source map) and the
 * diagnostics found while building (unknown type names and the like).
 */
import type { ParserRuleContext, TerminalNode, Token } from 'antlr4ng';
import type { Diagnostic } from '../../diagnostic';
import type { Node } from '../ast/node';
import { SourceMap } from './source-map';

export const SYNTAX_SOURCE = 'tideline-syntax';

export class Builder {
  readonly diagnostics: Diagnostic[] = [];

  constructor(readonly map: SourceMap) {}

  /** Location of a rule context (or of several: from the first to the last). */
  loc(first: ParserRuleContext, last: ParserRuleContext = first): Node {
    const startTok = first.start!;
    const stopTok = last.stop ?? last.start!;
    return this.span(startTok, stopTok.stop >= stopTok.start ? stopTok : startTok);
  }

  /** Location from one token to another (inclusive). */
  span(from: Token, to: Token): Node {
    const s = this.map.unit(from.start);
    const e = this.map.unit(Math.max(to.stop + 1, from.start));
    return { range: this.map.range(s, e), start: this.map.offset(s), end: this.map.offset(e) };
  }

  /** The source text of a token (cheaper than the token's own text, built from code points). */
  text(t: Token): string {
    return this.map.text.slice(this.map.unit(t.start), this.map.unit(t.stop + 1));
  }

  tok(t: Token | TerminalNode): Node {
    const token = 'symbol' in t ? t.symbol : t;
    return this.span(token, token);
  }

  error(at: Node, code: string, message: string): void {
    this.diagnostics.push({ range: at.range, severity: 'error', code, message, source: SYNTAX_SOURCE });
  }
}
