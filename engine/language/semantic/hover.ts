/**
 * Hover: a column shows its type and the relation and table it comes from (and the column's
 * comment); a table or view its schema, watermark, key and provenance (catalog/describe.ts); a
 * CTE or alias its columns; a function its signatures, description and example. Names come
 * from the analyzer's name uses; a function name is also found lexically (`NAME(`), so a
 * statement that does not parse still gets function hovers.
 */
import type { Position, Range } from '../../diagnostic';
import { nameAt, type NameUse } from '../../analyzer';
import { hoverMarkdown } from '../../catalog/describe';
import type { ObjectPath } from '../../catalog/model';
import type { Field } from '../../planner/logical/plan';
import { printType } from '../../types/print';
import type { LogicalType } from '../../types/logical-type';
import type { LanguageDocument } from '../language-document';
import { toDocumentRange } from '../language-document';
import { lexTokens } from '../lex';
import { isWordToken } from '../completion/cursor-context';
import { analyzeAt, positionIn } from './analyze-at';
import { functionMarkdown, namedFunction } from './function-markdown';
import type { SemanticSource } from './semantic-source';

export interface LanguageHover {
  readonly markdown: string;
  readonly range: Range;
}

const pathText = (p: ObjectPath): string => `${p.catalog}.${p.database}.${p.name}`;

/** A column's type; the NULL type of a column is unknown (a user-defined table function's columns, typed in its class). */
function columnType(t: LogicalType): string {
  return t.kind === 'NULL' ? 'unknown' : printType(t);
}

/** Columns as a markdown table (hover, the `*` inlay hint's tooltip). */
export function fieldsTable(fields: readonly Field[]): string {
  return ['| column | type |', '|---|---|', ...fields.map((f) => `| \`${f.name}\` | \`${columnType(f.type)}\` |`)].join('\n');
}

function nameMarkdown(n: NameUse, source: SemanticSource): string | undefined {
  switch (n.kind) {
    case 'table': {
      const catalog = source.catalog();
      return hoverMarkdown(n.path, n.object, catalog.status({ catalog: n.path.catalog, database: n.path.database }));
    }
    case 'cte':
      return `**WITH query** \`${n.name}\`\n\n${fieldsTable(n.fields)}`;
    case 'alias':
      return `**alias** \`${n.name}\`\n\n${fieldsTable(n.fields)}`;
    case 'column': {
      const out = [`**column** \`${n.name}\` \`${columnType(n.type)}\``];
      const origin = n.table ? pathText(n.table) : undefined;
      if (n.relation && origin && n.relation !== n.table?.name) out.push('', `From \`${n.relation}\` (\`${origin}\`)`);
      else if (origin || n.relation) out.push('', `From \`${origin ?? n.relation}\``);
      const comment = n.table ? columnComment(n.table, n.name, source) : undefined;
      if (comment) out.push('', comment);
      return out.join('\n');
    }
    case 'field':
      return `**field** \`${n.name}\` \`${printType(n.type)}\``;
    case 'selectStar':
      return `**\`*\` expands to ${n.fields.length === 1 ? '1 column' : `${n.fields.length} columns`}**\n\n${fieldsTable(n.fields)}`;
    case 'selectItem':
      return `**column** \`${n.name}\` \`${printType(n.type)}\``;
    case 'function': {
      if (n.implementation !== undefined) {
        return `**user-defined function** \`${n.name}\`\n\nImplemented by the Java class \`${n.implementation}\`: Tideline checks the query around it but cannot run the class.`;
      }
      const fn = namedFunction(n.name);
      return fn ? functionMarkdown(fn) : undefined;
    }
  }
}

function columnComment(path: ObjectPath, column: string, source: SemanticSource): string | undefined {
  const o = source.catalog().view().catalogs.get(path.catalog)?.databases.get(path.database)?.objects.get(path.name);
  return o?.columns.find((c) => c.name === column)?.comment;
}

/** `NAME(` under the cursor, as a built-in function. */
function lexicalFunction(text: string, offset: number): { markdown: string; start: number; end: number } | undefined {
  const tokens = lexTokens(text);
  const i = tokens.findIndex((t) => t.start <= offset && offset <= t.end && isWordToken(t.type));
  if (i < 0) return undefined;
  const t = tokens[i];
  if (!/^\s*\(/.test(text.slice(t.end))) return undefined;
  const fn = namedFunction(text.slice(t.start, t.end));
  return fn ? { markdown: functionMarkdown(fn), start: t.start, end: t.end } : undefined;
}

export function hoverAt(doc: LanguageDocument, position: Position, source: SemanticSource): LanguageHover | undefined {
  const offset = doc.offsetAt(position);
  const stmt = doc.statementAt(offset);
  if (!stmt || offset < stmt.slice.start || offset > stmt.slice.end) return undefined;
  const rel = offset - stmt.slice.start;
  const analyzed = analyzeAt(doc, stmt.slice.start, source);
  const name = analyzed ? nameAt(analyzed.analysis.info, positionIn(stmt.text, rel)) : undefined;
  const markdown = name ? nameMarkdown(name, source) : undefined;
  if (name && markdown) return { markdown, range: toDocumentRange(stmt, name.range) };
  const fn = lexicalFunction(stmt.text, rel);
  if (!fn) return undefined;
  return { markdown: fn.markdown, range: { start: doc.positionAt(stmt.slice.start + fn.start), end: doc.positionAt(stmt.slice.start + fn.end) } };
}
