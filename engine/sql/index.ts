/**
 * engine/sql: text -> statements -> typed AST. The ANTLR parse tree never leaves this folder.
 */
export { parseStatement, type ParseOptions, type ParseResult } from './parse/parse-statement';
export { parseScript, type ParsedScript, type ParsedStatement, type Splitter } from './parse/parse-script';
export { toLogicalType } from './ast/to-logical-type';
export { nameText } from './ast/node';
export type * from './ast/node';
export type * from './ast/data-type';
export type * from './ast/expression';
export type * from './ast/query';
export type * from './ast/statement';
