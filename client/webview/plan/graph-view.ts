/**
 * Draws a plan graph as SVG with DOM calls only (every name, key and figure is a text node):
 * one box per operator (name; kind and changelog mode; upsert key; watermark; detail; and, for
 * a running statement, records in/out, watermark, state size, a source's splits and lag, a
 * keyed stage's parallelism and where its subtasks run, late rows, errors; a source's box
 * tooltip lists each split with its subtask, watermark and lag), one arrow per edge labelled
 * with its exchange and keys. Positions come from layout.ts.
 */
import { svg } from '../dom';
import { changelogKind, clip, formatChangelogMode, formatCount, formatKeys, formatParallelism, formatSplits, formatWatermark, splitDetails } from './format';
import { layeredLayout } from './layout';
import type { OperatorFigures, PlanGraph, PlanNode } from './protocol';

const NODE_WIDTH = 260;
const LINE = 16;
const PAD = 8;
/** Characters that fit in a line of a box at the view's font size. */
const LINE_CHARS = 38;

interface Line {
  readonly text: string;
  readonly className: string;
  /** The unclipped text, as a tooltip, when it was clipped. */
  readonly full?: string;
  readonly metric?: string;
}

/** Up to `max` lines of at most LINE_CHARS characters, broken at spaces where possible; the last one clipped. */
function wrap(text: string, max: number): string[] {
  const out: string[] = [];
  let rest = text;
  while (rest.length > LINE_CHARS && out.length < max - 1) {
    const space = rest.lastIndexOf(' ', LINE_CHARS);
    const cut = space > LINE_CHARS / 2 ? space : LINE_CHARS;
    out.push(rest.slice(0, cut));
    rest = rest.slice(cut).trimStart();
  }
  out.push(clip(rest, LINE_CHARS));
  return out;
}

function line(className: string, text: string, metric?: string, maxLines = 2): Line[] {
  const parts = wrap(text, maxLines);
  const clipped = parts.join(' ').length < text.length;
  return parts.map((part) => ({ text: part, className, ...(clipped ? { full: text } : {}), ...(metric ? { metric } : {}) }));
}

function nodeLines(node: PlanNode, figures: OperatorFigures | undefined, live: boolean): Line[] {
  const lines = [...line('node-name', node.name), ...line('node-mode', `${node.kind} · ${formatChangelogMode(node.changelogMode)}`)];
  const key = formatKeys(node.upsertKey);
  if (key) lines.push(...line('node-key', `key: ${key}`));
  const wm = formatWatermark(node.watermark);
  if (wm) lines.push(...line('node-watermark', `watermark: ${wm}`));
  if (node.detail) lines.push(...line('node-detail', node.detail, undefined, 3));
  if (live) {
    lines.push(...line('node-metric', `in ${formatCount(figures?.recordsIn)} · out ${formatCount(figures?.recordsOut)}`, 'records', 1));
    const opWm = figures?.watermark === undefined || figures.watermark === null ? 'none yet' : formatWatermark(figures.watermark);
    lines.push(...line('node-metric', `wm ${opWm}`, 'watermark', 1));
    lines.push(...line('node-metric', `state ${formatCount(figures?.stateSize)}`, 'state', 1));
    const splits = formatSplits(figures);
    if (splits) lines.push(...line('node-metric', splits, 'splits', 1));
    const parallelism = formatParallelism(figures);
    if (parallelism) lines.push(...line('node-metric', parallelism, 'parallelism', 1));
    if (figures?.lateDropped || figures?.errors) {
      lines.push(...line('node-metric node-alert', `late ${formatCount(figures.lateDropped ?? 0)} · errors ${formatCount(figures.errors ?? 0)}`, 'late', 1));
    }
  }
  return lines;
}

/** Replaces the content of `host` with the drawn graph. */
export function drawGraph(host: Element, graph: PlanGraph, figures: ReadonlyMap<string, OperatorFigures>, live: boolean): SVGSVGElement {
  const ids = new Set<string>();
  const nodes = graph.nodes.filter((n) => typeof n?.id === 'string' && !ids.has(n.id) && ids.add(n.id));
  const edges = graph.edges.filter((e) => ids.has(e?.from) && ids.has(e?.to));
  const lines = new Map(nodes.map((n) => [n.id, nodeLines(n, figures.get(n.id), live)]));
  const layout = layeredLayout({
    nodes: nodes.map((n) => ({ id: n.id, width: NODE_WIDTH, height: lines.get(n.id)!.length * LINE + 2 * PAD })),
    edges,
  });

  const root = svg('svg', { class: 'graph', width: layout.width, height: layout.height, viewBox: `0 0 ${layout.width} ${layout.height}`, role: 'img' });
  const title = svg('title', {});
  title.textContent = `Plan with ${nodes.length} operators`;
  root.append(title);
  const defs = svg('defs', {});
  const marker = svg('marker', { id: 'arrow', viewBox: '0 0 10 10', refX: 10, refY: 5, markerWidth: 8, markerHeight: 8, orient: 'auto-start-reverse' });
  marker.append(svg('path', { d: 'M 0 0 L 10 5 L 0 10 z', class: 'arrow-head' }));
  defs.append(marker);
  root.append(defs);

  // Where an edge leaves its source and enters its target: spread along the box edge, in the
  // order of the nodes at the other end, so two inputs of a join arrive side by side.
  const anchor = (ends: readonly (typeof edges)[number][], self: (e: (typeof edges)[number]) => string, other: (e: (typeof edges)[number]) => string) => {
    const at = new Map<(typeof edges)[number], number>();
    const groups = new Map<string, (typeof edges)[number][]>();
    for (const e of ends) groups.set(self(e), [...(groups.get(self(e)) ?? []), e]);
    for (const [id, group] of groups) {
      const box = layout.nodes.get(id)!;
      group.sort((p, q) => layout.nodes.get(other(p))!.x - layout.nodes.get(other(q))!.x);
      group.forEach((e, i) => at.set(e, box.x + (box.width * (i + 1)) / (group.length + 1)));
    }
    return at;
  };
  const starts = anchor(edges, (e) => e.from, (e) => e.to);
  const ends = anchor(edges, (e) => e.to, (e) => e.from);

  const edgeLayer = svg('g', { class: 'edges' });
  for (const e of edges) {
    const a = layout.nodes.get(e.from)!;
    const b = layout.nodes.get(e.to)!;
    const x1 = starts.get(e)!;
    const y1 = a.y + a.height;
    const x2 = ends.get(e)!;
    const y2 = b.y;
    const dy = Math.max(24, (y2 - y1) / 2);
    const g = svg('g', { class: 'edge' });
    g.dataset.from = e.from;
    g.dataset.to = e.to;
    g.append(svg('path', { class: 'edge-path', d: `M ${x1} ${y1} C ${x1} ${y1 + dy}, ${x2} ${y2 - dy}, ${x2} ${y2}`, 'marker-end': 'url(#arrow)' }));
    const keys = formatKeys(e.keys);
    const labelText = [e.exchange ?? '', keys ? `[${keys}]` : ''].filter(Boolean).join(' ');
    if (labelText) {
      const label = svg('text', { class: 'edge-label', x: (x1 + x2) / 2 + 6, y: (y1 + y2) / 2 + 4 });
      label.textContent = clip(labelText, LINE_CHARS);
      g.append(label);
    }
    edgeLayer.append(g);
  }
  root.append(edgeLayer);

  const nodeLayer = svg('g', { class: 'nodes' });
  for (const n of nodes) {
    const p = layout.nodes.get(n.id)!;
    const g = svg('g', { class: 'node', transform: `translate(${p.x} ${p.y})` });
    g.dataset.id = n.id;
    g.dataset.changelog = changelogKind(n.changelogMode);
    const tip = svg('title', {});
    tip.textContent = [n.name, `${n.kind} · ${formatChangelogMode(n.changelogMode)}`, n.detail ?? '', ...(live ? splitDetails(figures.get(n.id)) : [])].filter(Boolean).join('\n');
    g.append(tip, svg('rect', { class: 'node-box', width: p.width, height: p.height, rx: 4, ry: 4 }));
    lines.get(n.id)!.forEach((l, i) => {
      const t = svg('text', { class: l.className, x: PAD, y: PAD + (i + 1) * LINE - 4 });
      if (l.metric) t.dataset.metric = l.metric;
      t.textContent = l.text;
      if (l.full) {
        const full = svg('title', {});
        full.textContent = l.full;
        t.append(full);
      }
      g.append(t);
    });
    nodeLayer.append(g);
  }
  root.append(nodeLayer);
  host.replaceChildren(root);
  return root;
}
