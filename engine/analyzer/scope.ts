/**
 * Scopes: the relations a FROM clause brings into view, laid side by side in one input row
 * (a join's row is left ++ right), and name lookup over them with Flink's rules: identifiers
 * compare case-sensitively; `a` must be unique across relations (ambiguous otherwise); `t.a`
 * picks relation `t`; a name that is not a relation may be a ROW column followed by fields.
 */
import type { Range } from '../diagnostic';
import type { ObjectPath } from '../catalog/model';
import type { Field } from '../planner/logical/plan';

export interface Relation {
  /** Alias or table name; undefined for an unaliased subquery. */
  readonly name?: string;
  readonly fields: readonly Field[];
  /** Position of the relation's first column in the scope's row. */
  readonly offset: number;
  readonly table?: ObjectPath;
  readonly declaration?: Range;
  /** Columns not visible unqualified (the right side of JOIN ... USING / NATURAL JOIN). */
  readonly hiddenUnqualified?: ReadonlySet<string>;
  /** Its columns are not all known (a user-defined table function without a column list): names it may hold are not reported. */
  readonly opaque?: boolean;
}

export type ColumnLookup =
  | { readonly kind: 'found'; readonly index: number; readonly field: Field; readonly relation: Relation; readonly consumed: number }
  | { readonly kind: 'ambiguous'; readonly relations: readonly Relation[]; readonly name: string }
  | { readonly kind: 'unknown-column'; readonly name: string; readonly part: number; readonly candidates: readonly string[]; readonly relation?: Relation }
  /** Found in an enclosing query's scope (`scope`): a correlated reference. */
  | { readonly kind: 'outer'; readonly scope: Scope; readonly found: Extract<ColumnLookup, { kind: 'found' }> }
  /** The FROM clause failed to resolve (already reported): every name is silently unknown. */
  | { readonly kind: 'opaque' };

export class Scope {
  readonly fields: Field[];

  constructor(
    readonly relations: readonly Relation[],
    readonly parent?: Scope,
    readonly opaque = false,
  ) {
    this.fields = relations.flatMap((r) => [...r.fields]);
  }

  static empty(parent?: Scope): Scope {
    return new Scope([], parent);
  }

  /** Relations of both scopes, the right one shifted after the left one's columns. */
  static join(left: Scope, right: Scope, hiddenRight?: ReadonlySet<string>): Scope {
    const shift = left.fields.length;
    const moved = right.relations.map((r) => ({
      ...r,
      offset: r.offset + shift,
      ...(hiddenRight ? { hiddenUnqualified: new Set([...(r.hiddenUnqualified ?? []), ...hiddenRight]) } : {}),
    }));
    return new Scope([...left.relations, ...moved], left.parent);
  }

  relation(name: string): Relation | undefined {
    return this.relations.find((r) => r.name === name);
  }

  lookup(parts: readonly string[]): ColumnLookup {
    if (parts.length >= 2) {
      const rel = this.relation(parts[0]);
      if (rel) {
        const i = rel.fields.findIndex((f) => f.name === parts[1]);
        if (i < 0) {
          if (this.opaque || rel.opaque) return { kind: 'opaque' };
          return { kind: 'unknown-column', name: parts[1], part: 1, candidates: rel.fields.map((f) => f.name), relation: rel };
        }
        return { kind: 'found', index: rel.offset + i, field: rel.fields[i], relation: rel, consumed: 2 };
      }
    }
    const name = parts[0];
    const hits: { rel: Relation; i: number }[] = [];
    for (const rel of this.relations) {
      if (rel.hiddenUnqualified?.has(name)) continue;
      const i = rel.fields.findIndex((f) => f.name === name);
      if (i >= 0) hits.push({ rel, i });
    }
    if (hits.length > 1) return { kind: 'ambiguous', relations: hits.map((h) => h.rel), name };
    if (hits.length === 1) {
      const { rel, i } = hits[0];
      return { kind: 'found', index: rel.offset + i, field: rel.fields[i], relation: rel, consumed: 1 };
    }
    if (this.opaque || this.relations.some((r) => r.opaque)) return { kind: 'opaque' };
    if (this.parent) {
      const up = this.parent.lookup(parts);
      if (up.kind === 'found') return { kind: 'outer', scope: this.parent, found: up };
      if (up.kind === 'outer') return up;
    }
    const candidates = [...new Set(this.relations.flatMap((r) => r.fields.map((f) => f.name)))];
    return { kind: 'unknown-column', name, part: 0, candidates };
  }
}
