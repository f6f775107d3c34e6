/**
 * Completion items for a column slot, from the relations of the innermost SELECT around the
 * cursor: after `alias.` the columns of that relation (or the fields of a ROW column); otherwise
 * every column of every relation (a name two relations share is inserted qualified), then the
 * relation names themselves. Columns rank before functions (`2`) and keywords.
 */
import type { Range } from '../../diagnostic';
import type { ScopeInfo } from '../../analyzer';
import type { Field } from '../../planner/logical/plan';
import type { LogicalType } from '../../types/logical-type';
import { printType } from '../../types/print';
import { quoteIdentifierIfNeeded } from '../../catalog/model';
import type { LanguageCompletionItem } from '../completion/completion-item';

type Relation = ScopeInfo['relations'][number];

function byName<V extends { readonly name?: string }>(list: readonly V[], name: string): V | undefined {
  return list.find((r) => r.name === name) ?? list.find((r) => r.name?.toLowerCase() === name.toLowerCase());
}

function origin(r: Relation): string {
  const t = r.table ? `${r.table.catalog}.${r.table.database}.${r.table.name}` : undefined;
  return r.name && t && r.name !== r.table?.name ? `${r.name} (${t})` : (t ?? r.name ?? 'subquery');
}

function fieldItem(f: Field, detailFrom: string, range: Range, rank: number, insert?: string): LanguageCompletionItem {
  return {
    label: f.name,
    kind: 'column',
    detail: `${printType(f.type)} · ${detailFrom}`,
    insertText: insert ?? quoteIdentifierIfNeeded(f.name),
    range,
    sortText: `0${String(rank).padStart(5, '0')}`,
  };
}

/** The fields of a ROW type (after `column.`), or undefined. */
function rowFields(t: LogicalType): readonly Field[] | undefined {
  return t.kind === 'ROW' ? t.fields.map((f) => ({ name: f.name, type: f.type })) : undefined;
}

export function columnItems(scope: ScopeInfo | undefined, qualifier: readonly string[], range: Range): LanguageCompletionItem[] {
  const relations = scope?.relations ?? [];
  if (qualifier.length > 0) return qualifiedItems(relations, qualifier, range);
  const seen = new Map<string, number>();
  for (const r of relations) for (const f of r.fields) seen.set(f.name, (seen.get(f.name) ?? 0) + 1);
  const out: LanguageCompletionItem[] = [];
  let rank = 0;
  for (const r of relations) {
    for (const f of r.fields) {
      const shared = (seen.get(f.name) ?? 0) > 1 && r.name !== undefined;
      const insert = shared ? `${quoteIdentifierIfNeeded(r.name!)}.${quoteIdentifierIfNeeded(f.name)}` : undefined;
      out.push(fieldItem(f, origin(r), range, rank++, insert));
    }
  }
  for (const r of relations) {
    if (r.name === undefined) continue;
    out.push({ label: r.name, kind: 'table', detail: origin(r), insertText: quoteIdentifierIfNeeded(r.name), range, sortText: `0~${r.name}` });
  }
  return out;
}

function qualifiedItems(relations: readonly Relation[], qualifier: readonly string[], range: Range): LanguageCompletionItem[] {
  // `alias.` / `table.` names a relation; `alias.col.` or `col.` a ROW column's fields
  const rel = byName(relations, qualifier[0]);
  let fields: readonly Field[] | undefined;
  let from: string;
  let rest: readonly string[];
  if (rel) {
    fields = rel.fields;
    from = origin(rel);
    rest = qualifier.slice(1);
  } else {
    const owner = relations.find((r) => byName(r.fields, qualifier[0]));
    if (!owner) return [];
    fields = owner.fields;
    from = origin(owner);
    rest = qualifier;
  }
  for (const part of rest) {
    const f: Field | undefined = fields && byName(fields, part);
    fields = f ? rowFields(f.type) : undefined;
    if (!fields) return [];
    from = `${from}.${f!.name}`;
  }
  return fields.map((f, i) => fieldItem(f, from, range, i));
}
