/**
 * The chart view: a line or bar chart (SVG) of a value column over a time column, one series
 * per value of a key column, drawn from the materialized table and redrawn as it changes.
 * Defaults: time = `window_start` (else the first time column), series = the first text column,
 * value = the first numeric column. Labels are text nodes.
 */
import { formatValue } from './format';
import { WireRow } from './materializer';
import { ChartSettings } from './protocol';
import { DisplayColumn } from './source';
import { el, svg } from '../dom';

const MAX_SERIES = 10;
const MAX_TIMES = 200;
const HEIGHT = 320;
const MARGIN = { left: 64, right: 16, top: 12, bottom: 28 };

export interface ChartAxes {
  readonly time: DisplayColumn | null;
  readonly series: DisplayColumn | null;
  readonly value: DisplayColumn | null;
}

export function chartAxes(columns: readonly DisplayColumn[], s: ChartSettings): ChartAxes {
  const named = (n: string): DisplayColumn | undefined => (n ? columns.find((c) => c.name === n) : undefined);
  const isTime = (c: DisplayColumn): boolean => c.kind === 'timestamp' || c.kind === 'timestamp_ltz' || c.kind === 'date';
  const time = named(s.time) ?? columns.find((c) => c.name.toLowerCase() === 'window_start' && isTime(c)) ?? columns.find(isTime) ?? null;
  const series = s.series === '(none)' ? null : named(s.series) ?? columns.find((c) => c !== time && (c.kind === 'string' || c.kind === 'boolean')) ?? null;
  const value = named(s.value) ?? columns.find((c) => c.kind === 'number' && c !== series) ?? null;
  return { time, series, value };
}

export interface ChartData {
  readonly times: number[];
  /** Series name -> value per time (index into times), NaN where missing. */
  readonly series: Map<string, Float64Array>;
  readonly droppedSeries: number;
}

export function chartData(rows: readonly WireRow[], axes: ChartAxes): ChartData {
  const { time, series, value } = axes;
  if (!time || !value) return { times: [], series: new Map(), droppedSeries: 0 };
  const bySeries = new Map<string, Map<number, number>>();
  const allTimes = new Set<number>();
  for (const row of rows) {
    const t = row[time.index];
    const v = row[value.index];
    if (typeof t !== 'number' || typeof v !== 'number') continue;
    const name = series ? formatValue(row[series.index], series.kind) : value.name;
    let m = bySeries.get(name);
    if (!m) bySeries.set(name, (m = new Map()));
    m.set(t, v);
    allTimes.add(t);
  }
  const times = [...allTimes].sort((a, b) => a - b).slice(-MAX_TIMES);
  const slot = new Map(times.map((t, i) => [t, i]));
  const ranked = [...bySeries.entries()].sort((a, b) => b[1].size - a[1].size || (a[0] < b[0] ? -1 : 1));
  const kept = ranked.slice(0, MAX_SERIES).sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
  const out = new Map<string, Float64Array>();
  for (const [name, m] of kept) {
    const values = new Float64Array(times.length).fill(NaN);
    for (const [t, v] of m) {
      const i = slot.get(t);
      if (i !== undefined) values[i] = v;
    }
    out.set(name, values);
  }
  return { times, series: out, droppedSeries: Math.max(0, ranked.length - MAX_SERIES) };
}


function niceNumber(n: number): string {
  const a = Math.abs(n);
  if (a >= 1e9) return `${(n / 1e9).toFixed(1)}G`;
  if (a >= 1e6) return `${(n / 1e6).toFixed(1)}M`;
  if (a >= 1e4) return `${(n / 1e3).toFixed(1)}k`;
  return Number.isInteger(n) ? String(n) : n.toFixed(2);
}

export class ChartView {
  readonly root: HTMLDivElement;
  private readonly controls: HTMLDivElement;
  private readonly plot: HTMLDivElement;
  private readonly legend: HTMLDivElement;
  private readonly selects: Record<'kind' | 'time' | 'series' | 'value', HTMLSelectElement>;

  constructor(parent: HTMLElement, private readonly change: (s: ChartSettings) => void) {
    this.root = el('div', 'chart');
    this.controls = el('div', 'chart-controls');
    this.plot = el('div', 'chart-plot');
    this.legend = el('div', 'chart-legend');
    const mk = (name: 'kind' | 'time' | 'series' | 'value', label: string): HTMLSelectElement => {
      const l = el('label', 'chart-control');
      const span = el('span', 'chart-control-label');
      span.textContent = label;
      const s = el('select', `chart-${name}`);
      s.addEventListener('change', () => this.change(this.settings()));
      l.append(span, s);
      this.controls.appendChild(l);
      return s;
    };
    this.selects = { kind: mk('kind', 'Chart'), time: mk('time', 'Time'), series: mk('series', 'Series'), value: mk('value', 'Value') };
    setOptions(this.selects.kind, ['line', 'bar'], 'line');
    this.root.append(this.controls, this.plot, this.legend);
    parent.appendChild(this.root);
  }

  settings(): ChartSettings {
    return {
      kind: this.selects.kind.value === 'bar' ? 'bar' : 'line',
      time: this.selects.time.value,
      series: this.selects.series.value,
      value: this.selects.value.value,
    };
  }

  render(columns: readonly DisplayColumn[], rows: readonly WireRow[], s: ChartSettings): void {
    const axes = chartAxes(columns, s);
    setOptions(this.selects.kind, ['line', 'bar'], s.kind);
    setOptions(this.selects.time, columns.filter((c) => c.kind.startsWith('timestamp') || c.kind === 'date').map((c) => c.name), axes.time?.name ?? '');
    setOptions(this.selects.series, ['(none)', ...columns.filter((c) => c.kind !== 'number').map((c) => c.name)], axes.series?.name ?? '(none)');
    setOptions(this.selects.value, columns.filter((c) => c.kind === 'number').map((c) => c.name), axes.value?.name ?? '');
    const data = chartData(rows, axes);
    this.draw(data, axes, s.kind);
  }

  private draw(data: ChartData, axes: ChartAxes, kind: 'line' | 'bar'): void {
    this.plot.textContent = '';
    this.legend.textContent = '';
    if (!axes.time || !axes.value) {
      const p = el('p', 'chart-empty');
      p.textContent = 'A chart needs a time column (TIMESTAMP, TIMESTAMP_LTZ or DATE) and a numeric column.';
      this.plot.appendChild(p);
      return;
    }
    const width = Math.max(320, this.plot.clientWidth || 800);
    const root = svg('svg', { width, height: HEIGHT, viewBox: `0 0 ${width} ${HEIGHT}`, role: 'img', class: `chart-svg chart-${kind}` });
    const w = width - MARGIN.left - MARGIN.right;
    const h = HEIGHT - MARGIN.top - MARGIN.bottom;
    const { times, series } = data;
    let lo = 0;
    let hi = 0;
    for (const values of series.values()) {
      for (const v of values) {
        if (Number.isNaN(v)) continue;
        lo = Math.min(lo, v);
        hi = Math.max(hi, v);
      }
    }
    if (hi === lo) hi = lo + 1;
    const y = (v: number): number => MARGIN.top + h - ((v - lo) / (hi - lo)) * h;
    const t0 = times[0] ?? 0;
    const t1 = times.at(-1) ?? 1;
    const xLine = (i: number): number => MARGIN.left + (times.length < 2 ? w / 2 : ((times[i] - t0) / (t1 - t0)) * w);
    const band = w / Math.max(1, times.length);
    const axis = svg('g', { class: 'chart-axis' });
    for (let k = 0; k <= 4; k++) {
      const v = lo + ((hi - lo) * k) / 4;
      axis.appendChild(svg('line', { x1: MARGIN.left, x2: MARGIN.left + w, y1: y(v), y2: y(v), class: 'chart-grid' }));
      const label = svg('text', { x: MARGIN.left - 6, y: y(v) + 4, 'text-anchor': 'end' });
      label.textContent = niceNumber(v);
      axis.appendChild(label);
    }
    const timeLabels = times.length ? [...new Set([0, Math.floor((times.length - 1) / 2), times.length - 1])] : [];
    for (const i of timeLabels) {
      const x = kind === 'bar' ? MARGIN.left + band * (i + 0.5) : xLine(i);
      const label = svg('text', { x, y: HEIGHT - 8, 'text-anchor': i === 0 ? 'start' : i === times.length - 1 ? 'end' : 'middle' });
      label.textContent = formatValue(times[i], axes.time.kind).replace(/\.000$/, '');
      axis.appendChild(label);
    }
    root.appendChild(axis);
    let n = 0;
    const count = series.size;
    for (const [name, values] of series) {
      const g = svg('g', { class: `chart-series series-${n % MAX_SERIES}` });
      g.dataset.series = name;
      if (kind === 'line') {
        let d = '';
        let pen = false;
        for (let i = 0; i < values.length; i++) {
          if (Number.isNaN(values[i])) continue;
          d += `${pen ? 'L' : 'M'}${xLine(i).toFixed(1)},${y(values[i]).toFixed(1)}`;
          pen = true;
        }
        g.appendChild(svg('path', { d, fill: 'none', class: 'chart-line' }));
        for (let i = 0; i < values.length; i++) {
          if (!Number.isNaN(values[i])) g.appendChild(svg('circle', { cx: xLine(i).toFixed(1), cy: y(values[i]).toFixed(1), r: 2.5, class: 'chart-point' }));
        }
      } else {
        const bw = Math.max(1, (band * 0.8) / count);
        for (let i = 0; i < values.length; i++) {
          if (Number.isNaN(values[i])) continue;
          const x = MARGIN.left + band * i + band * 0.1 + bw * n;
          const top = Math.min(y(values[i]), y(0));
          g.appendChild(svg('rect', { x: x.toFixed(1), y: top.toFixed(1), width: bw.toFixed(1), height: Math.abs(y(values[i]) - y(0)).toFixed(1), class: 'chart-bar' }));
        }
      }
      root.appendChild(g);
      const item = el('span', `chart-legend-item series-${n % MAX_SERIES}`);
      const swatch = el('span', 'chart-swatch');
      const label = el('span', 'chart-legend-label');
      label.textContent = name;
      item.append(swatch, label);
      this.legend.appendChild(item);
      n++;
    }
    if (data.droppedSeries) {
      const more = el('span', 'chart-legend-more');
      more.textContent = `+${data.droppedSeries} more series not shown`;
      this.legend.appendChild(more);
    }
    this.plot.appendChild(root);
  }
}

function setOptions(select: HTMLSelectElement, values: readonly string[], selected: string): void {
  const current = Array.from(select.options, (o) => o.value);
  if (current.length !== values.length || current.some((v, i) => v !== values[i])) {
    select.textContent = '';
    for (const v of values) {
      const o = document.createElement('option');
      o.value = v;
      o.textContent = v;
      select.appendChild(o);
    }
  }
  if (select.value !== selected) select.value = selected;
}
