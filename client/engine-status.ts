/** The status bar item that shows the engine host's state; clicking it opens the engine output. */
import * as vscode from 'vscode';
import type { EngineHost, EngineHostState } from './engine-host';

const LOOK: Record<EngineHostState, { icon: string; label: string; warn: boolean }> = {
  starting: { icon: '$(loading~spin)', label: 'starting', warn: false },
  ready: { icon: '$(pulse)', label: 'ready', warn: false },
  restarting: { icon: '$(sync~spin)', label: 'restarting', warn: true },
  failed: { icon: '$(error)', label: 'failed', warn: true },
  stopped: { icon: '$(circle-slash)', label: 'stopped', warn: false },
};

export function createEngineStatusItem(engine: EngineHost): vscode.Disposable {
  const item = vscode.window.createStatusBarItem('tideline.engineState', vscode.StatusBarAlignment.Left, 50);
  item.name = 'Tideline Engine';
  item.command = 'tideline.showOutput';
  const render = (state: EngineHostState) => {
    const look = LOOK[state];
    item.text = `${look.icon} Tideline: ${look.label}`;
    item.tooltip = `Tideline engine host: ${look.label}${engine.pid ? ` (pid ${engine.pid})` : ''}. Click to show its output.`;
    item.backgroundColor = look.warn
      ? new vscode.ThemeColor(state === 'failed' ? 'statusBarItem.errorBackground' : 'statusBarItem.warningBackground')
      : undefined;
  };
  render(engine.state);
  item.show();
  const sub = engine.onDidChangeState(render);
  return vscode.Disposable.from(item, sub);
}
