/**
 * The Compute pools view: each pool with its CFU in use against its cap (numbers and a small
 * bar), the worker threads its statements hold (and in the tooltip those alive in the host), the CFU-seconds metered today and in total (`usage/get`), and its statements as
 * children. Actions: Create (name and max CFU by quick input, or as arguments), Edit max CFU,
 * Delete (modal confirmation), Refresh. Re-read when statements change (slots move with them).
 */
import * as vscode from 'vscode';
import type { EngineHost } from '../engine-host';
import { confirmedArg, guarded, nameArg } from './command-args';
import { errorText, type PoolView, type StatementView, type UsageReport } from './engine-types';
import type { StatementCache } from './statement-cache';
import { statementItem } from './statement-item';

export interface PoolElement {
  readonly name: string;
  readonly pool: PoolView;
  readonly todayCfuSeconds: number;
  readonly totalCfuSeconds: number;
}

type Element = PoolElement | StatementView;

const isPool = (e: unknown): e is PoolElement => typeof e === 'object' && e !== null && typeof (e as PoolElement).pool === 'object';

/** `▰▰▱▱` — one mark per eighth of the cap (at least one mark when anything is in use). */
export function cfuBar(inUse: number, cap: number): string {
  const width = 8;
  const filled = cap <= 0 ? 0 : Math.min(width, inUse > 0 ? Math.max(1, Math.round((inUse / cap) * width)) : 0);
  return '▰'.repeat(filled) + '▱'.repeat(width - filled);
}

export function formatCfuSeconds(seconds: number): string {
  if (seconds >= 3600) return `${(seconds / 3600).toFixed(1)} CFU·h`;
  if (seconds >= 60) return `${(seconds / 60).toFixed(1)} CFU·min`;
  return `${Math.round(seconds)} CFU·s`;
}

/** `1 worker thread`, `3 worker threads`. */
export function workerThreadsText(n: number): string {
  return `${n} worker thread${n === 1 ? '' : 's'}`;
}

const todayUtc = (): string => new Date().toISOString().slice(0, 10);

/** Re-reading pools after statement changes happens at most this often. */
const RELOAD_INTERVAL_MS = 1000;

export class PoolsTreeProvider implements vscode.TreeDataProvider<Element>, vscode.Disposable {
  private readonly emitter = new vscode.EventEmitter<void>();
  readonly onDidChangeTreeData = this.emitter.event;
  private readonly subscription: vscode.Disposable;
  private reloadTimer: ReturnType<typeof setTimeout> | undefined;
  /** Where a failure to list pools is shown. */
  view: vscode.TreeView<Element> | undefined;

  constructor(
    private readonly engine: EngineHost,
    private readonly cache: StatementCache,
  ) {
    this.subscription = cache.onDidChange(() => {
      this.reloadTimer ??= setTimeout(() => {
        this.reloadTimer = undefined;
        this.emitter.fire();
      }, RELOAD_INTERVAL_MS);
    });
  }

  refresh(): void {
    this.emitter.fire();
  }

  async getChildren(parent?: Element): Promise<Element[]> {
    if (parent) return isPool(parent) ? (await this.cache.all()).filter((s) => s.pool === parent.name) : [];
    let pools: PoolView[];
    try {
      pools = (await this.engine.request<{ pools: PoolView[] }>('pools/list', {})).pools;
      if (this.view) this.view.message = undefined;
    } catch (err) {
      if (this.view) this.view.message = `Cannot list compute pools: ${errorText(err)}`;
      return [];
    }
    const today = todayUtc();
    return Promise.all(
      pools.map(async (pool): Promise<PoolElement> => {
        const usage = await this.engine.request<UsageReport>('usage/get', { pool: pool.name }).catch(() => undefined);
        return {
          name: pool.name,
          pool,
          todayCfuSeconds: usage?.days.find((d) => d.day === today)?.cfuSeconds ?? 0,
          totalCfuSeconds: usage?.totalCfuSeconds ?? 0,
        };
      }),
    );
  }

  getTreeItem(e: Element): vscode.TreeItem {
    if (!isPool(e)) return statementItem(e);
    const { pool } = e;
    const item = new vscode.TreeItem(pool.name, vscode.TreeItemCollapsibleState.Collapsed);
    item.id = `pool:${pool.name}`;
    item.iconPath = new vscode.ThemeIcon(pool.cfuInUse > 0 ? 'server-process' : 'server');
    const pending = pool.pending > 0 ? ` · ${pool.pending} waiting` : '';
    const threads = pool.workerThreads ? ` · ${workerThreadsText(pool.workerThreads)}` : '';
    item.description = `${pool.cfuInUse}/${pool.maxCfu} CFU ${cfuBar(pool.cfuInUse, pool.maxCfu)}${pending}${threads} · today ${formatCfuSeconds(e.todayCfuSeconds)} · total ${formatCfuSeconds(e.totalCfuSeconds)}`;
    item.tooltip = [
      `Compute pool ${pool.name} (${pool.kind})`,
      `CFU in use: ${pool.cfuInUse} of ${pool.maxCfu}`,
      `Waiting statements: ${pool.pending}`,
      ...(pool.workerThreads !== undefined ? [`Worker threads: ${pool.workerThreads} held by its statements (${pool.workerThreadsAlive ?? 0} alive in the engine host, shared by its pools)`] : []),
      `Region: ${pool.region.join(', ')}`,
      `Metered today (UTC): ${e.todayCfuSeconds.toFixed(1)} CFU-seconds`,
      `Metered in total: ${e.totalCfuSeconds.toFixed(1)} CFU-seconds`,
    ].join('\n');
    item.contextValue = pool.name === 'default' ? 'pool-default' : 'pool';
    return item;
  }

  dispose(): void {
    if (this.reloadTimer !== undefined) clearTimeout(this.reloadTimer);
    this.subscription.dispose();
    this.emitter.dispose();
  }
}

function parseCfu(text: string): string | undefined {
  return /^\d+$/.test(text.trim()) && Number(text) >= 1 && Number(text) <= 1024 ? undefined : 'A whole number of CFU from 1 to 1024';
}

async function askCfu(prompt: string, value?: number): Promise<number | undefined> {
  const text = await vscode.window.showInputBox({ prompt, value: value === undefined ? '4' : String(value), validateInput: parseCfu });
  return text === undefined ? undefined : Number(text.trim());
}

function cfuArg(arg: unknown): number | undefined {
  return typeof arg === 'number' && Number.isInteger(arg) ? arg : undefined;
}

export function registerPoolsView(engine: EngineHost, cache: StatementCache): vscode.Disposable {
  const provider = new PoolsTreeProvider(engine, cache);
  const view = vscode.window.createTreeView('tideline.pools', { treeDataProvider: provider, showCollapseAll: true });
  provider.view = view;
  return vscode.Disposable.from(
    provider,
    view,
    vscode.commands.registerCommand('tideline.pools.refresh', () => provider.refresh()),
    vscode.commands.registerCommand(
      'tideline.pools.create',
      guarded('Create pool', async (nameGiven, cfuGiven) => {
        const name =
          nameArg(nameGiven) ??
          (await vscode.window.showInputBox({
            prompt: 'Name of the new compute pool',
            placeHolder: 'etl',
            validateInput: (v) => (/^[A-Za-z][A-Za-z0-9_-]{0,62}$/.test(v) ? undefined : 'A letter, then letters, digits, _ or - (at most 63)'),
          }));
        if (!name) return undefined;
        const maxCfu = cfuArg(cfuGiven) ?? (await askCfu(`Maximum CFU of pool ${name}`));
        if (maxCfu === undefined) return undefined;
        const pool = await engine.request<PoolView>('pools/create', { name, maxCfu });
        provider.refresh();
        return pool;
      }),
    ),
    vscode.commands.registerCommand(
      'tideline.pools.edit',
      guarded('Edit pool', async (arg, cfuGiven) => {
        const name = nameArg(arg);
        if (!name) throw new Error('no pool selected');
        const current = isPool(arg) ? arg.pool.maxCfu : undefined;
        const maxCfu = cfuArg(cfuGiven) ?? (await askCfu(`Maximum CFU of pool ${name}`, current));
        if (maxCfu === undefined) return undefined;
        const pool = await engine.request<PoolView>('pools/update', { name, maxCfu });
        provider.refresh();
        return pool;
      }),
    ),
    vscode.commands.registerCommand(
      'tideline.pools.delete',
      guarded('Delete pool', async (arg, options) => {
        const name = nameArg(arg);
        if (!name) throw new Error('no pool selected');
        if (!confirmedArg(options)) {
          const choice = await vscode.window.showWarningMessage(`Delete compute pool ${name}?`, { modal: true, detail: 'Its usage history is kept.' }, 'Delete');
          if (choice !== 'Delete') return false;
        }
        await engine.request('pools/delete', { name });
        provider.refresh();
        return true;
      }),
    ),
  );
}
