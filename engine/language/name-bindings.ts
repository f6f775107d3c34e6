/**
 * Names a statement defines and uses, from its AST alone: CTE names (`WITH t AS (...)` used as
 * `FROM t`, `TABLE t`) and table aliases (`FROM orders o` used as `o.id`, `o.*`). Scoping follows
 * SQL: a CTE is visible in its query (later CTEs, the body, nested subqueries); an alias in its
 * SELECT (every clause, and subqueries nested in it). Names match exactly (Flink identifiers are
 * case-sensitive). Ranges are statement-relative.
 */
import type { Range } from '../diagnostic';
import type { Identifier, ObjectName, Query, Select, Statement, TableRef } from '../sql';
import { childNodes, type AnyNode } from './ast-nodes';

export interface NameBinding {
  readonly kind: 'cte' | 'alias';
  readonly name: string;
  readonly definition: Identifier;
  /** Every use, in source order. */
  readonly references: Range[];
  readonly referenceOffsets: { readonly start: number; readonly end: number }[];
}

type Scope = Map<string, NameBinding>;

function lookup(scopes: readonly Scope[], name: string): NameBinding | undefined {
  for (let i = scopes.length - 1; i >= 0; i--) {
    const b = scopes[i].get(name);
    if (b) return b;
  }
  return undefined;
}

function define(kind: NameBinding['kind'], id: Identifier, scope: Scope, all: NameBinding[]): void {
  const b: NameBinding = { kind, name: id.value, definition: id, references: [], referenceOffsets: [] };
  scope.set(id.value, b);
  all.push(b);
}

function use(b: NameBinding | undefined, id: Identifier): void {
  if (!b) return;
  b.references.push(id.range);
  b.referenceOffsets.push({ start: id.start, end: id.end });
}

/** Aliases a FROM clause introduces (not those inside its subqueries). */
function fromAliases(ref: TableRef | undefined, out: Identifier[]): void {
  if (!ref) return;
  if (ref.kind === 'join') {
    fromAliases(ref.left, out);
    fromAliases(ref.right, out);
    return;
  }
  if (ref.kind === 'matchRecognize') fromAliases(ref.input, out);
  if (ref.alias) out.push(ref.alias.name);
}

/** Every CTE and alias binding of a statement, with its uses. */
export function nameBindings(statement: Statement): NameBinding[] {
  const all: NameBinding[] = [];
  const ctes: Scope[] = [];
  const aliases: Scope[] = [];

  const singleName = (n: ObjectName): Identifier | undefined => (n.parts.length === 1 ? n.parts[0] : undefined);

  const visit = (node: AnyNode): void => {
    switch (node.kind) {
      case 'query': {
        const q = node as unknown as Query;
        const scope: Scope = new Map();
        ctes.push(scope);
        for (const cte of q.with) {
          define('cte', cte.name, scope, all);
          visit(cte.query as unknown as AnyNode);
        }
        for (const c of childNodes(node)) if (c.kind !== 'cte') visit(c);
        ctes.pop();
        return;
      }
      case 'select': {
        const s = node as unknown as Select;
        const scope: Scope = new Map();
        const ids: Identifier[] = [];
        fromAliases(s.from, ids);
        for (const id of ids) define('alias', id, scope, all);
        aliases.push(scope);
        for (const c of childNodes(node)) visit(c);
        aliases.pop();
        return;
      }
      case 'namedTable':
      case 'tableQuery':
      case 'tableArgument': {
        const name = (node.kind === 'namedTable' ? node.name : node.table) as ObjectName;
        const id = singleName(name);
        if (id) use(lookup(ctes, id.value), id);
        break;
      }
      case 'columnRef': {
        const parts = node.parts as readonly Identifier[];
        if (parts.length >= 2) use(lookup(aliases, parts[0].value), parts[0]);
        break;
      }
      case 'selectStar': {
        const q = node.qualifier as ObjectName | undefined;
        if (q && q.parts.length >= 1) use(lookup(aliases, q.parts[0].value), q.parts[0]);
        break;
      }
    }
    for (const c of childNodes(node)) visit(c);
  };
  visit(statement as unknown as AnyNode);
  return all;
}

/** The binding whose definition or one of whose uses covers a statement-relative offset. */
export function bindingAt(bindings: readonly NameBinding[], offset: number): NameBinding | undefined {
  return bindings.find(
    (b) =>
      (b.definition.start <= offset && offset <= b.definition.end) ||
      b.referenceOffsets.some((r) => r.start <= offset && offset <= r.end),
  );
}
