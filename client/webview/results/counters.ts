/**
 * The counters bar (rows, +I/-U/+U/-D, rate, late rows, source lag when known, elapsed time, phase) and the rate
 * meter behind it: changes per second over the last few seconds of arrivals.
 */
import { el } from './virtual-table';
import { KindCounts, Phase } from './protocol';

const WINDOW_MS = 3000;

export class RateMeter {
  private readonly times: number[] = [];
  private readonly counts: number[] = [];

  add(n: number, now = performance.now()): void {
    this.times.push(now);
    this.counts.push(n);
    this.trim(now);
  }

  /** Changes per second over the window ending now. */
  rate(now = performance.now()): number {
    this.trim(now);
    let sum = 0;
    for (const c of this.counts) sum += c;
    return (sum * 1000) / WINDOW_MS;
  }

  private trim(now: number): void {
    let drop = 0;
    while (drop < this.times.length && this.times[drop] < now - WINDOW_MS) drop++;
    if (drop) {
      this.times.splice(0, drop);
      this.counts.splice(0, drop);
    }
  }
}

export interface CounterValues {
  readonly rows: number;
  readonly counts: KindCounts;
  readonly rate: number;
  readonly lateRows: number;
  /** Records the sources have not read yet (Kafka: consumer lag); null when unknown (the counter is hidden). */
  readonly backlog: number | null;
  readonly elapsedMs: number | null;
  readonly phase: Phase;
  readonly message: string;
  readonly paused: boolean;
  readonly buffered: number;
}

export function formatElapsed(ms: number): string {
  const s = Math.max(0, Math.floor(ms / 1000));
  const h = Math.floor(s / 3600);
  const mm = String(Math.floor(s / 60) % 60).padStart(2, '0');
  const ss = String(s % 60).padStart(2, '0');
  return h ? `${h}:${mm}:${ss}` : `${mm}:${ss}`;
}

const number = new Intl.NumberFormat('en-US');

export class CountersBar {
  private readonly fields = new Map<string, HTMLSpanElement>();

  constructor(parent: HTMLElement) {
    const bar = el('div', 'counters');
    for (const [name, label] of [
      ['phase', ''],
      ['rows', 'rows'],
      ['inserts', '+I'],
      ['updatesBefore', '-U'],
      ['updatesAfter', '+U'],
      ['deletes', '-D'],
      ['rate', 'rate'],
      ['late', 'late'],
      ['lag', 'lag'],
      ['elapsed', 'elapsed'],
      ['message', ''],
    ] as const) {
      const item = el('span', `counter counter-${name}`);
      if (label) {
        const l = el('span', 'counter-label');
        l.textContent = label;
        item.appendChild(l);
      }
      const v = el('span', 'counter-value');
      v.dataset.counter = name;
      item.appendChild(v);
      bar.appendChild(item);
      this.fields.set(name, v);
    }
    parent.appendChild(bar);
  }

  update(v: CounterValues): void {
    const set = (name: string, text: string): void => {
      const f = this.fields.get(name)!;
      if (f.textContent !== text) f.textContent = text;
    };
    set('phase', v.paused ? `PAUSED (${number.format(v.buffered)} buffered)` : v.phase);
    set('rows', number.format(v.rows));
    set('inserts', number.format(v.counts.inserts));
    set('updatesBefore', number.format(v.counts.updatesBefore));
    set('updatesAfter', number.format(v.counts.updatesAfter));
    set('deletes', number.format(v.counts.deletes));
    set('rate', `${number.format(Math.round(v.rate))}/s`);
    set('late', number.format(v.lateRows));
    set('lag', v.backlog === null ? '' : number.format(v.backlog));
    const lag = this.fields.get('lag')!.parentElement!;
    if (lag.hidden !== (v.backlog === null)) lag.hidden = v.backlog === null;
    set('elapsed', v.elapsedMs === null ? '—' : formatElapsed(v.elapsedMs));
    set('message', v.message);
  }
}
