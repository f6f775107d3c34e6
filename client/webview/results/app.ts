/**
 * The results panel: receives host messages (protocol.ts), keeps the materialized stream,
 * and drives the toolbar, counters, virtual table, row pane and chart. Incoming batches are
 * applied at once (or buffered while paused); the screen follows at most once per animation
 * frame, and an expensive sort/filter over a large table is re-run at most every few frames.
 */
import { ChartView } from './chart';
import { ColumnMenu } from './column-menu';
import { CountersBar, RateMeter } from './counters';
import { rowObject, toCsv, toJson } from './export';
import { PanelHost } from './host';
import { Materializer } from './materializer';
import {
  ChangeBatch,
  ChartSettings,
  HostToPanel,
  OpenMessage,
  PanelSnapshot,
  Phase,
  UiState,
  ViewMode,
} from './protocol';
import { runQuery } from './query';
import { RowPane } from './row-pane';
import { changelogSource, DisplayColumn, displayColumns, RowSource, tableSource, TextCache } from './source';
import { el, VirtualTable } from './virtual-table';

const SNAPSHOT_TABLE_ROWS = 20_000;
const SNAPSHOT_HISTORY_ROWS = 5_000;
const SAVE_DELAY_MS = 1500;
const CHART_INTERVAL_MS = 200;

export const DEFAULT_UI: UiState = {
  mode: 'table',
  sort: null,
  filters: {},
  search: '',
  hidden: [],
  chart: { kind: 'line', time: '', series: '', value: '' },
};

export class ResultsApp {
  private open: OpenMessage | null = null;
  private columns: DisplayColumn[] = [];
  private m = new Materializer(null);
  private cache = new TextCache([]);
  private phase: Phase = 'PENDING';
  private message = '';
  private endedAt: number | null = null;
  private lateRows = 0;
  /** The sources' lag while the statement runs and the engine can tell. */
  private backlog: number | null = null;
  private paused = false;
  private buffered: ChangeBatch[] = [];
  private bufferedRows = 0;
  private ui: UiState = DEFAULT_UI;
  private readonly rate = new RateMeter();
  private source: RowSource;
  private ids: Int32Array = new Int32Array(0);
  private selected: { id: number; column: number } | null = null;

  private frame = 0;
  private shownVersion = -1;
  private viewStale = true;
  private columnsStale = true;
  private lastQueryAt = 0;
  private lastQueryMs = 0;
  private chartVersion = -1;
  private chartStale = true;
  private lastChartAt = 0;
  private saveTimer: ReturnType<typeof setTimeout> | undefined;

  private readonly title: HTMLElement;
  private readonly modeButtons = new Map<ViewMode, HTMLButtonElement>();
  private readonly searchInput: HTMLInputElement;
  private readonly pauseButton: HTMLButtonElement;
  private readonly columnMenu: ColumnMenu;
  private readonly counters: CountersBar;
  private readonly tableWrap: HTMLElement;
  private readonly table: VirtualTable;
  private readonly emptyNote: HTMLElement;
  private readonly rowPane: RowPane;
  private readonly chart: ChartView;

  constructor(root: HTMLElement, private readonly host: PanelHost) {
    const app = el('div', 'app');
    const toolbar = el('div', 'toolbar');
    this.title = el('span', 'title');
    const modes = el('div', 'modes');
    modes.setAttribute('role', 'tablist');
    for (const [mode, label] of [['table', 'Table'], ['changelog', 'Changelog'], ['chart', 'Chart']] as const) {
      const b = button(`mode mode-${mode}`, label, () => this.setUi({ mode }));
      b.setAttribute('role', 'tab');
      this.modeButtons.set(mode, b);
      modes.appendChild(b);
    }
    this.searchInput = el('input', 'search');
    this.searchInput.type = 'search';
    this.searchInput.placeholder = 'Search';
    this.searchInput.setAttribute('aria-label', 'Search all columns');
    this.searchInput.addEventListener('input', () => this.setUi({ search: this.searchInput.value }));
    toolbar.append(this.title, modes, this.searchInput);
    this.columnMenu = new ColumnMenu(toolbar, (column, visible) => {
      const hidden = this.ui.hidden.filter((c) => c !== column);
      this.setUi({ hidden: visible ? hidden : [...hidden, column] });
    });
    this.pauseButton = button('pause', 'Pause', () => this.setPaused(!this.paused));
    toolbar.append(
      this.pauseButton,
      button('copy-cell', 'Copy cell', () => this.copyCell()),
      button('copy-row-toolbar', 'Copy row', () => this.copyRow()),
      button('export-csv', 'Export CSV', () => this.exportRows('csv')),
      button('export-json', 'Export JSON', () => this.exportRows('json')),
    );
    app.appendChild(toolbar);
    this.counters = new CountersBar(app);
    const main = el('div', 'main');
    this.tableWrap = el('div', 'table-wrap');
    main.appendChild(this.tableWrap);
    this.table = new VirtualTable(this.tableWrap, {
      sort: (column) => this.cycleSort(column),
      filter: (column, text) => this.setUi({ filters: { ...this.ui.filters, [String(column)]: text } }),
      select: (id, column) => this.select(id, column),
    });
    this.table.root.addEventListener('keydown', (e) => this.onKey(e));
    this.emptyNote = el('p', 'empty-note');
    this.tableWrap.appendChild(this.emptyNote);
    this.rowPane = new RowPane(main, (text) => this.host.copy(text));
    this.chart = new ChartView(main, (chart: ChartSettings) => this.setUi({ chart }));
    app.appendChild(main);
    root.appendChild(app);
    this.source = tableSource(this.m, this.columns, this.cache);

    window.addEventListener('message', (e: MessageEvent) => this.handle(e.data as HostToPanel));
    setInterval(() => this.requestFrame(), 1000);
    // VS Code unloads a hidden panel's page (retainContextWhenHidden is off): save on the way out.
    window.addEventListener('pagehide', () => this.saveNow());
    document.addEventListener('visibilitychange', () => {
      if (document.visibilityState === 'hidden') this.saveNow();
    });
    const saved = host.loadState();
    if (saved) this.restore(saved);
    this.requestFrame();
    host.post({ type: 'ready' });
  }

  handle(msg: HostToPanel): void {
    if (typeof msg !== 'object' || msg === null) return;
    switch (msg.type) {
      case 'open':
        this.reset(msg);
        break;
      case 'batch':
        if (!this.open || msg.statementId !== this.open.statementId) return;
        if (!Array.isArray(msg.batch?.kinds) || !Array.isArray(msg.batch.rows)) return;
        if (this.paused) {
          this.buffered.push(msg.batch);
          this.bufferedRows += msg.batch.kinds.length;
        } else {
          this.applyBatch(msg.batch);
        }
        break;
      case 'counters':
        if (msg.statementId !== this.open?.statementId) return;
        this.lateRows = msg.lateRows;
        if (typeof msg.backlog === 'number' && Number.isFinite(msg.backlog)) this.backlog = msg.backlog;
        break;
      case 'status':
        if (msg.statementId !== this.open?.statementId) return;
        this.phase = msg.phase;
        this.message = msg.message ?? '';
        this.endedAt = msg.endedAt ?? this.endedAt;
        if (msg.phase !== 'RUNNING' && msg.phase !== 'PENDING') this.backlog = null;
        break;
      case 'restore':
        if (!this.open) this.restore(msg.snapshot);
        break;
      default:
        return;
    }
    this.saveSoon();
    this.requestFrame();
  }

  private reset(open: OpenMessage): void {
    if (open.statementId !== this.open?.statementId) {
      // Another statement: its columns differ, so sort, filters, search and hidden columns start over.
      this.ui = { ...DEFAULT_UI, mode: this.ui.mode, chart: { ...DEFAULT_UI.chart, kind: this.ui.chart.kind } };
      this.searchInput.value = '';
    }
    this.open = open;
    this.columns = displayColumns(open.schema);
    this.m = new Materializer(open.upsertKey);
    this.cache = new TextCache(this.columns);
    this.phase = 'RUNNING';
    this.message = '';
    this.endedAt = null;
    this.lateRows = 0;
    this.backlog = null;
    this.buffered = [];
    this.bufferedRows = 0;
    this.selected = null;
    this.rowPane.hide();
    this.title.textContent = open.title;
    this.title.title = open.title;
    this.sourceChanged();
  }

  private restore(s: PanelSnapshot): void {
    if (s.open) this.reset(s.open);
    this.m.load(s.tableRows, s.history, s.counts);
    this.phase = s.phase;
    this.message = s.message;
    this.endedAt = s.endedAt;
    this.lateRows = s.lateRows;
    this.ui = { ...DEFAULT_UI, ...s.ui };
    this.searchInput.value = this.ui.search;
    this.sourceChanged();
  }

  private applyBatch(batch: ChangeBatch): void {
    this.m.apply(batch.kinds, batch.rows);
    this.rate.add(batch.kinds.length);
  }

  private setPaused(paused: boolean): void {
    this.paused = paused;
    this.pauseButton.textContent = paused ? 'Resume' : 'Pause';
    this.pauseButton.setAttribute('aria-pressed', String(paused));
    if (!paused) {
      for (const b of this.buffered) this.applyBatch(b);
      this.buffered = [];
      this.bufferedRows = 0;
    }
    this.host.post({ type: 'paused', paused });
    this.requestFrame();
  }

  private setUi(patch: Partial<UiState>): void {
    const before = this.ui;
    this.ui = { ...this.ui, ...patch };
    if (patch.mode !== undefined && patch.mode !== before.mode) {
      this.selected = null;
      this.rowPane.hide();
      this.sourceChanged();
    }
    if (patch.hidden !== undefined || patch.sort !== undefined) this.columnsStale = true;
    if (patch.chart !== undefined) this.chartStale = true;
    this.viewStale = true;
    this.saveSoon();
    this.requestFrame();
  }

  private sourceChanged(): void {
    this.source = this.ui.mode === 'changelog' ? changelogSource(this.m, this.columns, this.cache) : tableSource(this.m, this.columns, this.cache);
    this.columnsStale = true;
    this.viewStale = true;
    this.chartStale = true;
    this.shownVersion = -1;
  }

  private cycleSort(column: number): void {
    const s = this.ui.sort;
    const next = s?.column !== column ? { column, dir: 'asc' as const } : s.dir === 'asc' ? { column, dir: 'desc' as const } : null;
    this.setUi({ sort: next });
  }

  private select(id: number, column: number): void {
    this.selected = { id, column };
    this.table.setSelected(this.selected);
    this.rowPane.show(rowObject(this.source, id));
  }

  /** Ctrl/Cmd+C copies the selected cell; arrow keys move the selection; Escape closes the row pane. */
  private onKey(e: KeyboardEvent): void {
    const sel = this.selected;
    if ((e.ctrlKey || e.metaKey) && e.key === 'c' && sel && !String(window.getSelection() ?? '')) {
      e.preventDefault();
      this.copyCell();
      return;
    }
    if (e.key === 'Escape') {
      this.rowPane.hide();
      return;
    }
    if (!sel || !['ArrowUp', 'ArrowDown', 'ArrowLeft', 'ArrowRight'].includes(e.key)) return;
    e.preventDefault();
    const cols = this.source.columns.filter((c) => !this.ui.hidden.includes(c.index)).map((c) => c.index);
    let index = this.ids.indexOf(sel.id);
    let col = Math.max(0, cols.indexOf(sel.column));
    if (e.key === 'ArrowUp') index--;
    else if (e.key === 'ArrowDown') index++;
    else if (e.key === 'ArrowLeft') col--;
    else col++;
    index = Math.min(this.ids.length - 1, Math.max(0, index));
    col = Math.min(cols.length - 1, Math.max(0, col));
    if (index < 0 || cols.length === 0) return;
    this.select(this.ids[index], cols[col]);
    this.table.revealRow(index);
  }

  private copyCell(): void {
    if (this.selected) this.host.copy(this.source.text(this.selected.id, this.selected.column));
  }

  private copyRow(): void {
    if (this.selected) this.host.copy(JSON.stringify(rowObject(this.source, this.selected.id), null, 2));
  }

  /** All rows of the current mode (the table in chart mode), in the current sort, unfiltered. */
  private exportRows(format: 'csv' | 'json'): void {
    const ids = runQuery(this.source, { sort: this.ui.sort, filters: {}, search: '', hidden: [] });
    const content = format === 'csv' ? toCsv(this.source, ids) : toJson(this.source, ids);
    const base = (this.open?.title ?? 'results').replace(/[^\w.-]+/g, '_').replace(/^_+|_+$/g, '').slice(0, 60) || 'results';
    this.host.save(format, `${base}-${this.ui.mode === 'changelog' ? 'changelog' : 'table'}.${format}`, content);
  }

  private requestFrame(): void {
    if (!this.frame) this.frame = requestAnimationFrame(() => {
      this.frame = 0;
      this.render();
    });
  }

  private render(): void {
    const now = performance.now();
    const mode = this.ui.mode;
    for (const [m, b] of this.modeButtons) b.setAttribute('aria-selected', String(m === mode));
    this.tableWrap.hidden = mode === 'chart';
    this.chart.root.hidden = mode !== 'chart';
    if (mode === 'chart') this.rowPane.hide();
    if (this.columnsStale) {
      this.columnsStale = false;
      const visible = this.source.columns.filter((c) => !this.ui.hidden.includes(c.index));
      this.table.setColumns(visible, this.ui.sort, this.ui.filters);
      this.columnMenu.setColumns(this.source.columns, this.ui.hidden);
    }
    const dataChanged = this.shownVersion !== this.m.version;
    if (mode !== 'chart' && (this.viewStale || dataChanged)) {
      // Re-running an expensive sort/filter on every frame would starve the screen: space it out.
      const wait = this.viewStale ? 0 : Math.min(500, this.lastQueryMs * 4);
      if (now - this.lastQueryAt >= wait) {
        this.ids = runQuery(this.source, this.ui);
        this.lastQueryMs = performance.now() - now;
        this.lastQueryAt = now;
        this.viewStale = false;
        this.shownVersion = this.m.version;
        this.table.setRows(this.source, this.ids, this.ui.search);
      } else {
        setTimeout(() => this.requestFrame(), wait);
      }
    }
    if (mode === 'chart' && (this.chartStale || this.chartVersion !== this.m.version)) {
      if (this.chartStale || now - this.lastChartAt >= CHART_INTERVAL_MS) {
        this.chart.render(this.columns, this.m.tableRows(), this.ui.chart);
        this.chartStale = false;
        this.chartVersion = this.m.version;
        this.lastChartAt = now;
      } else {
        setTimeout(() => this.requestFrame(), CHART_INTERVAL_MS);
      }
    }
    const note = !this.open
      ? 'No results yet. Run a statement to see its results here.'
      : mode === 'chart'
        ? ''
        : this.source.ids().length === 0
          ? this.phase === 'RUNNING' || this.phase === 'PENDING'
            ? 'Waiting for the first rows…'
            : 'The statement produced no rows.'
          : this.ids.length === 0
            ? 'No rows match the filters.'
            : '';
    if (this.emptyNote.textContent !== note) this.emptyNote.textContent = note;
    this.emptyNote.hidden = note === '';
    this.counters.update({
      rows: this.m.size,
      counts: this.m.kindCounts,
      rate: this.rate.rate(now),
      lateRows: this.lateRows,
      backlog: this.backlog,
      elapsedMs: this.open ? (this.endedAt ?? Date.now()) - this.open.startedAt : null,
      phase: this.phase,
      message: this.message,
      paused: this.paused,
      buffered: this.bufferedRows,
    });
  }

  private snapshot(): PanelSnapshot {
    return {
      version: 1,
      open: this.open,
      phase: this.phase,
      message: this.message,
      endedAt: this.endedAt,
      lateRows: this.lateRows,
      counts: this.m.kindCounts,
      tableRows: this.m.tableRows(SNAPSHOT_TABLE_ROWS),
      history: this.m.historyTail(SNAPSHOT_HISTORY_ROWS),
      ui: this.ui,
    };
  }

  private saveSoon(): void {
    if (this.saveTimer === undefined) this.saveTimer = setTimeout(() => this.saveNow(), SAVE_DELAY_MS);
  }

  private saveNow(): void {
    if (this.saveTimer !== undefined) clearTimeout(this.saveTimer);
    this.saveTimer = undefined;
    this.host.saveState(this.snapshot());
  }
}

function button(className: string, label: string, onClick: () => void): HTMLButtonElement {
  const b = el('button', className);
  b.type = 'button';
  b.textContent = label;
  b.addEventListener('click', onClick);
  return b;
}
