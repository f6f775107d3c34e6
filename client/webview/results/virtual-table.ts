/**
 * A virtualized table: a fixed row height, a sticky header (name, type, sort, filter input)
 * and a small pool of row elements repositioned as the view scrolls, so the DOM holds only the
 * visible rows whatever the row count. Renders at most once per animation frame, and only
 * writes cells whose text changed.
 */
import { setHighlightedText } from './highlight';
import { KIND_SYMBOLS } from './protocol';
import { DisplayColumn, OP_COLUMN, RowSource } from './source';
import { el } from '../dom';

export const ROW_HEIGHT = 22;
const OVERSCAN = 6;
const OP_WIDTH = 48;
const COLUMN_WIDTH = 170;

export interface TableEvents {
  sort(column: number): void;
  filter(column: number, text: string): void;
  select(id: number, column: number): void;
}

interface CellEl extends HTMLDivElement {
  _key?: string;
}

interface RowEl extends HTMLDivElement {
  _cells: CellEl[];
}

export class VirtualTable {
  readonly root: HTMLDivElement;
  private readonly head: HTMLDivElement;
  private readonly body: HTMLDivElement;
  private pool: RowEl[] = [];
  private columns: readonly DisplayColumn[] = [];
  private source: RowSource | null = null;
  private ids: Int32Array = new Int32Array(0);
  private needle = '';
  private selected: { id: number; column: number } | null = null;
  private frame = 0;

  constructor(parent: HTMLElement, private readonly events: TableEvents) {
    this.root = el('div', 'grid');
    this.root.tabIndex = 0;
    this.head = el('div', 'grid-head');
    this.body = el('div', 'grid-body');
    this.root.append(this.head, this.body);
    parent.appendChild(this.root);
    this.root.addEventListener('scroll', () => this.schedule(), { passive: true });
    new ResizeObserver(() => this.schedule()).observe(this.root);
    this.body.addEventListener('click', (e) => {
      const cell = (e.target as HTMLElement).closest<HTMLElement>('.td');
      const row = cell?.parentElement;
      if (!cell || !row?.dataset.id) return;
      this.events.select(Number(row.dataset.id), Number(cell.dataset.col));
    });
  }

  /** New columns (mode switch, show/hide) with the current sort and filters. */
  setColumns(columns: readonly DisplayColumn[], sort: { column: number; dir: 'asc' | 'desc' } | null, filters: Readonly<Record<string, string>>): void {
    this.columns = columns;
    const template = columns.map((c) => `${c.index === OP_COLUMN ? OP_WIDTH : COLUMN_WIDTH}px`).join(' ');
    const width = columns.reduce((w, c) => w + (c.index === OP_COLUMN ? OP_WIDTH : COLUMN_WIDTH), 0);
    this.root.style.setProperty('--cols', template || '1fr');
    this.root.style.setProperty('--grid-width', `${width}px`);
    this.head.textContent = '';
    for (const c of columns) {
      const th = el('div', 'th');
      th.dataset.col = String(c.index);
      const name = el('button', 'th-name');
      name.type = 'button';
      name.title = `Sort by ${c.name}`;
      const label = el('span', 'th-label');
      label.textContent = c.name;
      const arrow = el('span', 'th-sort');
      arrow.textContent = sort?.column === c.index ? (sort.dir === 'asc' ? '▲' : '▼') : '';
      name.append(label, arrow);
      name.addEventListener('click', () => this.events.sort(c.index));
      const type = el('div', 'th-type');
      type.textContent = c.type;
      const filter = el('input', 'th-filter');
      filter.type = 'text';
      filter.placeholder = 'filter';
      filter.setAttribute('aria-label', `Filter ${c.name}`);
      filter.value = filters[String(c.index)] ?? '';
      filter.addEventListener('input', () => this.events.filter(c.index, filter.value));
      th.append(name, type, filter);
      this.head.appendChild(th);
    }
    for (const r of this.pool) r.remove();
    this.pool = [];
    this.schedule();
  }

  /** New rows to show (ids into the source, in display order). */
  setRows(source: RowSource, ids: Int32Array, search: string): void {
    this.source = source;
    this.ids = ids;
    this.needle = search.trim().toLowerCase();
    this.body.style.height = `${ids.length * ROW_HEIGHT}px`;
    this.schedule();
  }

  setSelected(sel: { id: number; column: number } | null): void {
    this.selected = sel;
    this.schedule();
  }

  /** Scrolls so that display row `index` is the first visible one. */
  scrollToRow(index: number): void {
    this.root.scrollTop = index * ROW_HEIGHT;
    this.schedule();
  }

  /** Scrolls the least needed to show display row `index` whole. */
  revealRow(index: number): void {
    const top = index * ROW_HEIGHT;
    const visible = this.root.clientHeight - this.head.offsetHeight;
    if (top < this.root.scrollTop) this.root.scrollTop = top;
    else if (top + ROW_HEIGHT > this.root.scrollTop + visible) this.root.scrollTop = top + ROW_HEIGHT - visible;
    this.schedule();
  }

  /** Renders now (tests and benchmarks call this to avoid waiting for a frame). */
  renderNow(): void {
    if (this.frame) cancelAnimationFrame(this.frame);
    this.frame = 0;
    this.render();
  }

  private schedule(): void {
    if (!this.frame) this.frame = requestAnimationFrame(() => {
      this.frame = 0;
      this.render();
    });
  }

  private render(): void {
    const src = this.source;
    const ids = this.ids;
    const visibleHeight = Math.max(0, this.root.clientHeight - this.head.offsetHeight);
    const first = Math.max(0, Math.floor(this.root.scrollTop / ROW_HEIGHT) - OVERSCAN);
    const last = Math.min(ids.length, Math.ceil((this.root.scrollTop + visibleHeight) / ROW_HEIGHT) + OVERSCAN);
    const needed = src ? Math.max(0, last - first) : 0;
    while (this.pool.length < needed) this.pool.push(this.makeRow());
    while (this.pool.length > needed) this.pool.pop()!.remove();
    for (let i = 0; i < needed; i++) {
      const index = first + i;
      const id = ids[index];
      const row = this.pool[i];
      row.style.transform = `translateY(${index * ROW_HEIGHT}px)`;
      row.dataset.index = String(index);
      row.dataset.id = String(id);
      const kind = src!.kind(id);
      row.dataset.kind = kind === null ? '' : KIND_SYMBOLS[kind] ?? '';
      row.classList.toggle('odd', index % 2 === 1);
      for (let c = 0; c < this.columns.length; c++) {
        const col = this.columns[c].index;
        const cell = row._cells[c];
        const text = src!.text(id, col);
        const key = `${this.needle}\u0000${text}`;
        if (cell._key !== key) {
          cell._key = key;
          setHighlightedText(cell, text, this.needle);
        }
        const sel = this.selected !== null && this.selected.id === id && this.selected.column === col;
        cell.classList.toggle('selected', sel);
      }
    }
  }

  private makeRow(): RowEl {
    const row = el('div', 'tr') as RowEl;
    row.setAttribute('role', 'row');
    row._cells = this.columns.map((c) => {
      const cell = el('div', 'td') as CellEl;
      cell.dataset.col = String(c.index);
      if (c.index === OP_COLUMN) cell.classList.add('op');
      else if (c.kind === 'number') cell.classList.add('num');
      return cell;
    });
    row.append(...row._cells);
    this.body.appendChild(row);
    return row;
  }
}

export { el };
