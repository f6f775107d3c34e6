/** Names, string values and properties: the leaves every other builder uses. */
import type { ParserRuleContext, Token } from 'antlr4ng';
import * as P from '../generated/FlinkSqlParser';
import type { Identifier, ObjectName, Property } from '../ast/node';
import type { Builder } from './builder';

export function identifier(b: Builder, ctx: P.IdentifierContext): Identifier {
  const token = ctx.start!;
  const text = b.text(token);
  const quoted = token.type === P.FlinkSqlParser.QUOTED_IDENTIFIER;
  return {
    kind: 'identifier',
    value: quoted ? unquote(text, '`') : text,
    quoted,
    ...b.loc(ctx),
  };
}

export function identifiers(b: Builder, list: readonly P.IdentifierContext[]): Identifier[] {
  return list.map((c) => identifier(b, c));
}

export function objectName(b: Builder, ctx: P.TablePathContext | P.QualifiedNameContext): ObjectName {
  return { kind: 'objectName', parts: identifiers(b, ctx.identifier()), ...b.loc(ctx) };
}

export function columnNames(b: Builder, ctx: P.ColumnNameListContext | null): Identifier[] {
  return ctx ? identifiers(b, ctx.identifier()) : [];
}

/** 'it''s' -> it's; `a``b` -> a`b. */
export function unquote(text: string, quote: string): string {
  const inner = text.slice(1, -1);
  return inner.includes(quote) ? inner.split(quote + quote).join(quote) : inner;
}

/** The value of one string token: plain, U&'...' (with \XXXX and \+XXXXXX escapes). */
export function stringTokenValue(token: Token): string {
  const text = token.text ?? '';
  if (token.type === P.FlinkSqlParser.UNICODE_STRING) return decodeUnicode(unquote(text.slice(2), "'"));
  return unquote(text, "'");
}

function decodeUnicode(s: string): string {
  return s.replace(/\\(\\|\+[0-9a-fA-F]{6}|[0-9a-fA-F]{4})/g, (_m, esc: string) => {
    if (esc === '\\') return '\\';
    const hex = esc.startsWith('+') ? esc.slice(1) : esc;
    const cp = parseInt(hex, 16);
    return cp <= 0x10ffff ? String.fromCodePoint(cp) : _m;
  });
}

/** Adjacent string parts concatenated: 'a' 'b' -> ab. */
export function stringValue(ctx: P.StringLiteralContext): string {
  let out = '';
  for (const child of ctx.children) {
    const t = (child as { symbol?: Token }).symbol;
    if (t) out += stringTokenValue(t);
  }
  return out;
}

export function propertyKeyText(ctx: P.PropertyKeyContext): string {
  const s = ctx.stringLiteral();
  return s ? stringValue(s) : ctx.qualifiedName()!.identifier().map((i) => identifierText(i)).join('.');
}

function identifierText(ctx: P.IdentifierContext): string {
  const text = ctx.getText();
  return ctx.QUOTED_IDENTIFIER() ? unquote(text, '`') : text;
}

export function propertyValueText(ctx: P.PropertyValueContext): string {
  const s = ctx.stringLiteral();
  if (s) return stringValue(s);
  const id = ctx.identifier();
  if (id) return identifierText(id);
  return ctx.getText();
}

export function properties(b: Builder, ctx: P.PropertyListContext | null): Property[] {
  if (!ctx) return [];
  return ctx.property().map((p) => property(b, p, p.propertyKey(), p.propertyValue()));
}

export function property(b: Builder, whole: ParserRuleContext, key: P.PropertyKeyContext, value: P.PropertyValueContext): Property {
  return {
    kind: 'property',
    key: propertyKeyText(key),
    value: propertyValueText(value),
    keyRange: b.loc(key).range,
    valueRange: b.loc(value).range,
    ...b.loc(whole),
  };
}

export function withOptions(b: Builder, ctx: P.WithOptionsContext | null): Property[] {
  return ctx ? properties(b, ctx.propertyList()) : [];
}

export function keyList(ctx: P.KeyListContext): string[] {
  return ctx.propertyKey().map(propertyKeyText);
}

export function comment(ctx: P.CommentClauseContext | null): string | undefined {
  return ctx ? stringValue(ctx.stringLiteral()) : undefined;
}
