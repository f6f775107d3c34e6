/**
 * A layered layout of a directed acyclic graph (Sugiyama's scheme, small): layers by longest
 * path from the sources (then each node as close above its consumers as it can be), order within a layer by barycenters over a few up and down sweeps
 * (fewer crossings), then coordinates: layers top to bottom, nodes centred in their layer.
 * Pure functions over ids and sizes, no DOM. A cycle (not expected in a plan) does not hang:
 * its nodes go below everything else.
 */

export interface LayoutInput {
  readonly nodes: readonly { readonly id: string; readonly width: number; readonly height: number }[];
  readonly edges: readonly { readonly from: string; readonly to: string }[];
}

export interface PlacedNode {
  readonly id: string;
  readonly layer: number;
  /** Top-left corner. */
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

export interface Layout {
  readonly nodes: ReadonlyMap<string, PlacedNode>;
  /** Node ids per layer, left to right. */
  readonly layers: readonly (readonly string[])[];
  readonly width: number;
  readonly height: number;
}

export interface Spacing {
  readonly gapX: number;
  readonly gapY: number;
  readonly margin: number;
}

const SWEEPS = 4;

export function layeredLayout(input: LayoutInput, spacing: Spacing = { gapX: 40, gapY: 64, margin: 16 }): Layout {
  const ids = input.nodes.map((n) => n.id);
  const known = new Set(ids);
  const edges = input.edges.filter((e) => known.has(e.from) && known.has(e.to) && e.from !== e.to);
  const preds = new Map<string, string[]>(ids.map((id) => [id, []]));
  const succs = new Map<string, string[]>(ids.map((id) => [id, []]));
  for (const e of edges) {
    preds.get(e.to)!.push(e.from);
    succs.get(e.from)!.push(e.to);
  }

  // Layers: longest path from a source (Kahn's order).
  const layer = new Map<string, number>();
  const indegree = new Map(ids.map((id) => [id, preds.get(id)!.length]));
  const queue = ids.filter((id) => indegree.get(id) === 0);
  for (const id of queue) layer.set(id, 0);
  for (let i = 0; i < queue.length; i++) {
    const id = queue[i]!;
    for (const s of succs.get(id)!) {
      layer.set(s, Math.max(layer.get(s) ?? 0, layer.get(id)! + 1));
      indegree.set(s, indegree.get(s)! - 1);
      if (indegree.get(s) === 0) queue.push(s);
    }
  }
  // A node feeding only later layers moves down next to its first consumer (a second source of
  // a join sits beside the first one's last operator, not at the top with a long edge).
  for (let i = queue.length - 1; i >= 0; i--) {
    const id = queue[i]!;
    const next = succs.get(id)!.map((s) => layer.get(s)!);
    if (next.length) layer.set(id, Math.min(...next) - 1);
  }
  const ordered = new Set(queue);
  let deepest = Math.max(-1, ...layer.values());
  for (const id of ids) if (!ordered.has(id)) layer.set(id, ++deepest); // in a cycle

  const layers: string[][] = [];
  for (const id of ids) (layers[layer.get(id)!] ??= []).push(id);
  for (let l = 0; l < layers.length; l++) layers[l] ??= [];

  // Order: barycenter of neighbours in the layer above (down sweep) or below (up sweep).
  const position = new Map<string, number>();
  const index = (): void => layers.forEach((ls) => ls.forEach((id, i) => position.set(id, i)));
  index();
  const reorder = (ls: string[], neighbours: (id: string) => string[]): void => {
    const bary = new Map(
      ls.map((id, i) => {
        const ns = neighbours(id).filter((n) => position.has(n));
        return [id, ns.length ? ns.reduce((a, n) => a + position.get(n)!, 0) / ns.length : i] as const;
      }),
    );
    ls.sort((a, b) => bary.get(a)! - bary.get(b)! || position.get(a)! - position.get(b)!);
    ls.forEach((id, i) => position.set(id, i));
  };
  for (let sweep = 0; sweep < SWEEPS; sweep++) {
    if (sweep % 2 === 0) for (let l = 1; l < layers.length; l++) reorder(layers[l]!, (id) => preds.get(id)!);
    else for (let l = layers.length - 2; l >= 0; l--) reorder(layers[l]!, (id) => succs.get(id)!);
  }

  // Coordinates.
  const size = new Map(input.nodes.map((n) => [n.id, n]));
  const rowWidth = layers.map((ls) => ls.reduce((a, id) => a + size.get(id)!.width, 0) + Math.max(0, ls.length - 1) * spacing.gapX);
  const width = Math.max(0, ...rowWidth) + 2 * spacing.margin;
  const placed = new Map<string, PlacedNode>();
  let y = spacing.margin;
  layers.forEach((ls, l) => {
    const rowHeight = Math.max(0, ...ls.map((id) => size.get(id)!.height));
    let x = (width - rowWidth[l]!) / 2;
    for (const id of ls) {
      const s = size.get(id)!;
      placed.set(id, { id, layer: l, x, y: y + (rowHeight - s.height) / 2, width: s.width, height: s.height });
      x += s.width + spacing.gapX;
    }
    y += rowHeight + spacing.gapY;
  });
  const height = layers.length ? y - spacing.gapY + spacing.margin : 2 * spacing.margin;
  return { nodes: placed, layers, width, height };
}
