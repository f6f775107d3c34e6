/**
 * Generic traversal of the typed AST: every object with a numeric `start`/`end` and a `range` is a
 * node; its children are the nodes found in its fields (arrays and plain objects are searched
 * through). Used by features that care about node ranges rather than node kinds (selection
 * ranges, semantic tokens, name bindings).
 */
import type { Node } from '../sql';

export type AnyNode = Node & { readonly kind?: string; readonly [key: string]: unknown };

const SKIP_KEYS = new Set(['range', 'keyRange', 'valueRange', 'start', 'end']);

export function isNode(v: unknown): v is AnyNode {
  return typeof v === 'object' && v !== null && typeof (v as Node).start === 'number' && typeof (v as Node).end === 'number' && 'range' in v;
}

function collect(value: unknown, out: AnyNode[]): void {
  if (Array.isArray(value)) {
    for (const v of value) collect(v, out);
  } else if (isNode(value)) {
    out.push(value);
  } else if (typeof value === 'object' && value !== null) {
    for (const [k, v] of Object.entries(value)) if (!SKIP_KEYS.has(k)) collect(v, out);
  }
}

/** The direct child nodes of a node, in source order. */
export function childNodes(node: AnyNode): AnyNode[] {
  const out: AnyNode[] = [];
  for (const [k, v] of Object.entries(node)) if (!SKIP_KEYS.has(k)) collect(v, out);
  return out.sort((a, b) => a.start - b.start || b.end - a.end);
}

/** Visits every node depth-first, parents before children; `parents` is the chain above `node`. */
export function walkNodes(root: AnyNode, visit: (node: AnyNode, parents: readonly AnyNode[]) => void): void {
  const parents: AnyNode[] = [];
  const go = (n: AnyNode): void => {
    visit(n, parents);
    parents.push(n);
    for (const c of childNodes(n)) go(c);
    parents.pop();
  };
  go(root);
}

/** The chain of nodes containing a statement-relative offset, outermost first. */
export function nodesAt(root: AnyNode, offset: number): AnyNode[] {
  const chain: AnyNode[] = [];
  let cur: AnyNode | undefined = root;
  while (cur && cur.start <= offset && offset <= cur.end) {
    chain.push(cur);
    cur = childNodes(cur).find((c) => c.start <= offset && offset <= c.end && c.end > c.start);
  }
  return chain;
}
