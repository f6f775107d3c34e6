/**
 * The status bar item of the active Flink SQL file's compute pool with its CFU in use against
 * the cap (`⛁ default 2/4 CFU`), next to the engine state item; a click opens the pool quick
 * pick. Refreshed when the active editor or its directive changes, when a statement changes
 * phase (at most once a second) and when the engine host becomes ready.
 */
import * as vscode from 'vscode';
import type { EngineHost } from './engine-host';
import { poolOf } from './run/document-statements';
import { errorText, type PoolView } from './views/engine-types';

const REFRESH_MS = 1000;

export function createPoolStatusItem(engine: EngineHost): vscode.Disposable {
  const item = vscode.window.createStatusBarItem('tideline.pool', vscode.StatusBarAlignment.Left, 49);
  item.name = 'Tideline Compute Pool';
  item.command = 'tideline.pickPool';
  let timer: ReturnType<typeof setTimeout> | undefined;
  let shownPool: string | undefined;

  const render = async () => {
    const editor = vscode.window.activeTextEditor;
    if (!editor || editor.document.languageId !== 'flinksql') {
      shownPool = undefined;
      item.hide();
      return;
    }
    const pool = poolOf(editor.document);
    shownPool = pool;
    item.text = `⛁ ${pool}`;
    item.tooltip = `Compute pool of this file: ${pool}. Click to choose another.`;
    item.show();
    if (engine.state !== 'ready') return;
    try {
      const { pools } = await engine.request<{ pools: PoolView[] }>('pools/list', {});
      if (shownPool !== pool) return;
      const p = pools.find((x) => x.name === pool);
      item.text = p ? `⛁ ${pool} ${p.cfuInUse}/${p.maxCfu} CFU` : `⛁ ${pool} (unknown pool)`;
      item.tooltip = p
        ? `Compute pool ${pool}: ${p.cfuInUse} of ${p.maxCfu} CFU in use${p.pending ? `, ${p.pending} statements waiting` : ''}. Click to choose another.`
        : `The directive names pool '${pool}', which the engine does not have. Click to choose one.`;
    } catch (err) {
      item.tooltip = `Compute pool ${pool} (${errorText(err)}). Click to choose another.`;
    }
  };
  const schedule = () => {
    timer ??= setTimeout(() => {
      timer = undefined;
      void render();
    }, REFRESH_MS);
  };

  void render();
  return vscode.Disposable.from(
    item,
    { dispose: () => timer && clearTimeout(timer) },
    vscode.window.onDidChangeActiveTextEditor(() => void render()),
    vscode.workspace.onDidChangeTextDocument((e) => e.document === vscode.window.activeTextEditor?.document && schedule()),
    engine.onNotification('statements/changed', schedule),
    engine.onDidChangeState((s) => s === 'ready' && void render()),
  );
}
