import * as assert from 'node:assert/strict';
import { test } from 'node:test';
import { layeredLayout } from '../../../client/webview/plan/layout';

const box = (id: string, height = 40) => ({ id, width: 100, height });

test('layers by longest path, each input right above its consumer, centred, without overlap', () => {
  const layout = layeredLayout({
    nodes: [box('src1'), box('src2'), box('calc'), box('join', 60), box('agg'), box('sink')],
    edges: [
      { from: 'src1', to: 'calc' },
      { from: 'calc', to: 'join' },
      { from: 'src2', to: 'join' },
      { from: 'join', to: 'agg' },
      { from: 'agg', to: 'sink' },
    ],
  });
  assert.deepEqual(layout.layers.map((l) => [...l].sort()), [['src1'], ['calc', 'src2'], ['join'], ['agg'], ['sink']]);
  const n = (id: string) => layout.nodes.get(id)!;
  for (const [a, b] of [['src1', 'calc'], ['calc', 'join'], ['src2', 'join'], ['join', 'agg'], ['agg', 'sink']] as const) {
    assert.ok(n(b).y >= n(a).y + n(a).height, `${b} is not below ${a}`);
  }
  const [left, right] = [n('calc'), n('src2')].sort((a, b) => a.x - b.x);
  assert.ok(left!.x + left!.width <= right!.x, 'two boxes of a layer overlap');
  // A single node in a layer sits in the middle of the widest layer.
  assert.equal(n('sink').x + n('sink').width / 2, layout.width / 2);
  assert.ok(layout.height >= n('sink').y + n('sink').height);
});

test('orders a layer by its inputs so edges do not cross', () => {
  // a->x, b->y, with the second layer listed the other way round.
  const layout = layeredLayout({
    nodes: [box('a'), box('b'), box('y'), box('x')],
    edges: [
      { from: 'a', to: 'x' },
      { from: 'b', to: 'y' },
    ],
  });
  const x = (id: string) => layout.nodes.get(id)!.x;
  assert.equal(Math.sign(x('a') - x('b')), Math.sign(x('x') - x('y')));
});

test('a cycle, a self-loop and edges to unknown nodes do not hang or throw', () => {
  const layout = layeredLayout({
    nodes: [box('a'), box('b'), box('c')],
    edges: [
      { from: 'a', to: 'b' },
      { from: 'b', to: 'c' },
      { from: 'c', to: 'b' },
      { from: 'a', to: 'a' },
      { from: 'a', to: 'ghost' },
    ],
  });
  assert.equal(layout.nodes.size, 3);
  assert.equal(new Set([...layout.nodes.values()].map((p) => `${p.x},${p.y}`)).size, 3, 'two nodes share a place');
  assert.deepEqual(layeredLayout({ nodes: [], edges: [] }).nodes.size, 0);
});
