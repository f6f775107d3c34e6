/**
 * Semantic tokens: the lexer gives keywords, strings, numbers, comments and hints; each parsed
 * statement's AST gives names their role (table, column, function, named argument, option key,
 * declarations) and marks data types. Names in a statement that does not parse keep no token
 * (the TextMate grammar colours them). Tokens never span lines.
 */
import type { Identifier, ObjectName, Statement } from '../sql';
import { walkNodes, type AnyNode } from './ast-nodes';
import { keywordOf, lexTokens, T } from './lex';
import type { LanguageDocument } from './language-document';

/** The legend, in the order the server declares it. */
export const SEMANTIC_TOKEN_TYPES = [
  'keyword',
  'function',
  'type',
  'string',
  'number',
  'comment',
  'operator',
  'parameter',
  'variable',
  'class',
  'decorator',
  'property',
] as const;
export const SEMANTIC_TOKEN_MODIFIERS = ['declaration'] as const;

export type SemanticTokenType = (typeof SEMANTIC_TOKEN_TYPES)[number];

export interface SemanticToken {
  readonly line: number;
  readonly character: number;
  readonly length: number;
  readonly type: SemanticTokenType;
  readonly declaration: boolean;
}

interface Role {
  readonly type: SemanticTokenType;
  readonly declaration: boolean;
}

const LEXICAL: Readonly<Record<number, SemanticTokenType>> = {
  [T.STRING]: 'string',
  [T.UNICODE_STRING]: 'string',
  [T.BINARY_STRING]: 'string',
  [T.UNTERMINATED_STRING]: 'string',
  [T.DOUBLE_QUOTED]: 'string',
  [T.HINT_STRING]: 'string',
  [T.INTEGER_VALUE]: 'number',
  [T.DECIMAL_VALUE]: 'number',
  [T.EXPONENT_VALUE]: 'number',
  [T.HINT_NUMBER]: 'number',
  [T.LINE_COMMENT]: 'comment',
  [T.BLOCK_COMMENT]: 'comment',
  [T.UNTERMINATED_BLOCK_COMMENT]: 'comment',
  [T.HINT_START]: 'decorator',
  [T.HINT_END]: 'decorator',
  [T.HINT_NAME]: 'decorator',
  [T.ARROW]: 'operator',
};

const DECLARING: ReadonlySet<string> = new Set(['createTable', 'createMaterializedTable', 'createView', 'createFunction', 'createModel', 'createConnection']);

/** Roles of names by document offset, and the document ranges of data types. */
function astRoles(ast: Statement, base: number, roles: Map<number, Role>, types: [number, number][]): void {
  const mark = (id: Identifier | undefined, type: SemanticTokenType, declaration = false): void => {
    if (id) roles.set(base + id.start, { type, declaration });
  };
  const markName = (n: ObjectName | undefined, type: SemanticTokenType, declaration = false): void => {
    if (n) for (const p of n.parts) mark(p, type, declaration);
  };
  walkNodes(ast as unknown as AnyNode, (node) => {
    switch (node.kind) {
      case 'namedTable':
        markName(node.name as ObjectName, 'class');
        break;
      case 'tableQuery':
      case 'tableArgument':
      case 'insert':
        markName(node.table as ObjectName, 'class');
        break;
      case 'tableAlias':
      case 'cte':
        mark(node.name as Identifier, 'class', true);
        break;
      case 'columnRef': {
        const parts = node.parts as readonly Identifier[];
        parts.forEach((p, i) => mark(p, i === parts.length - 1 || parts.length === 1 ? 'variable' : 'class'));
        break;
      }
      case 'call':
        markName(node.name as ObjectName, 'function');
        break;
      case 'argument':
        mark(node.name as Identifier | undefined, 'parameter');
        break;
      case 'descriptor':
        for (const c of node.columns as readonly Identifier[]) mark(c, 'variable');
        break;
      case 'physicalColumn':
      case 'metadataColumn':
      case 'computedColumn':
        mark(node.name as Identifier, 'variable', true);
        break;
      case 'rowTypeField':
        mark(node.name as Identifier, 'property', true);
        break;
      case 'selectExpression':
        mark(node.alias as Identifier | undefined, 'variable', true);
        break;
      case 'property':
        roles.set(base + node.start, { type: 'property', declaration: false });
        break;
      case 'simpleType':
      case 'rowType':
      case 'collectionType':
      case 'mapType':
      case 'intervalType':
      case 'rawType':
        types.push([base + node.start, base + node.end]);
        break;
      default:
        if (node.kind && DECLARING.has(node.kind)) markName(node.name as ObjectName, node.kind === 'createFunction' ? 'function' : 'class', true);
    }
  });
}

export function semanticTokens(doc: LanguageDocument): SemanticToken[] {
  const text = doc.text;
  const roles = new Map<number, Role>();
  const types: [number, number][] = [];
  for (const stmt of doc.statements) if (stmt.result.statement) astRoles(stmt.result.statement, stmt.slice.start, roles, types);
  types.sort((a, b) => a[0] - b[0]);

  const out: SemanticToken[] = [];
  let ti = 0;
  const openTypes: [number, number][] = [];
  for (const t of lexTokens(text)) {
    while (ti < types.length && types[ti][0] <= t.start) openTypes.push(types[ti++]);
    for (let i = openTypes.length - 1; i >= 0; i--) if (openTypes[i][1] <= t.start) openTypes.splice(i, 1);
    const role = roles.get(t.start);
    let type: SemanticTokenType | undefined;
    let declaration = false;
    if (role) {
      type = role.type;
      declaration = role.declaration;
    } else if (openTypes.length > 0 && (t.type === T.IDENTIFIER || keywordOf(t.type) !== undefined)) {
      type = 'type';
    } else {
      type = LEXICAL[t.type] ?? (keywordOf(t.type) !== undefined ? 'keyword' : undefined);
    }
    if (type) pushSplit(doc, t.start, t.end, type, declaration, out);
  }
  return out;
}

/** One token per line the text range covers. */
function pushSplit(doc: LanguageDocument, start: number, end: number, type: SemanticTokenType, declaration: boolean, out: SemanticToken[]): void {
  const s = doc.positionAt(start);
  const e = doc.positionAt(end);
  if (s.line === e.line) {
    if (e.character > s.character) out.push({ line: s.line, character: s.character, length: e.character - s.character, type, declaration });
    return;
  }
  for (let line = s.line; line <= e.line; line++) {
    const lineStart = line === s.line ? start : doc.offsetAt({ line, character: 0 });
    const lineEnd = line === e.line ? end : doc.offsetAt({ line: line + 1, character: 0 });
    const seg = doc.text.slice(lineStart, lineEnd).replace(/\r?\n$/, '');
    if (seg.length > 0) {
      const p = doc.positionAt(lineStart);
      out.push({ line: p.line, character: p.character, length: seg.length, type, declaration });
    }
  }
}

/** LSP's relative encoding: deltaLine, deltaStart, length, type index, modifier bits. */
export function encodeSemanticTokens(tokens: readonly SemanticToken[]): number[] {
  const data: number[] = [];
  let line = 0;
  let char = 0;
  for (const t of tokens) {
    const dl = t.line - line;
    data.push(dl, dl === 0 ? t.character - char : t.character, t.length, SEMANTIC_TOKEN_TYPES.indexOf(t.type), t.declaration ? 1 : 0);
    line = t.line;
    char = t.character;
  }
  return data;
}
