/**
 * The extension side of the results panel: creates the webview (strict CSP with a fresh nonce,
 * scripts and styles only from dist/webview), forwards host -> panel messages (protocol.ts),
 * and answers the panel's requests: copy to the clipboard, save an export through a save
 * dialog, keep the latest snapshot.
 *
 * Results survive the panel being hidden (the webview restores itself from setState), closed
 * and reopened (the snapshot the panel last posted is kept in workspaceState and handed back
 * with `restore`), and a window reload (a WebviewPanelSerializer revives the panel, which
 * restores from its saved state). While the panel is hidden or not yet ready, messages queue.
 */
import { randomBytes } from 'node:crypto';
import * as vscode from 'vscode';
import { resultsPageHtml } from './webview/results/page';
import type { HostToPanel, PanelSnapshot, PanelToHost } from './webview/results/protocol';

export const RESULTS_VIEW_TYPE = 'tideline.results';
const SNAPSHOT_KEY = 'tideline.results.snapshot';
/** Messages kept for a hidden panel; beyond this the oldest batches are dropped (the snapshot still restores). */
const MAX_QUEUED = 2000;
/** The latest snapshot is written to workspaceState at most this often (and on dispose). */
const PERSIST_INTERVAL_MS = 10_000;

export class ResultsPanelHost implements vscode.Disposable {
  private panel: vscode.WebviewPanel | undefined;
  private ready = false;
  private queue: HostToPanel[] = [];
  private snapshot: PanelSnapshot | undefined;
  private persistTimer: ReturnType<typeof setTimeout> | undefined;
  private readonly disposables: vscode.Disposable[] = [];
  private readonly pausedEmitter = new vscode.EventEmitter<boolean>();
  /** The user paused or resumed the stream in the panel. */
  readonly onDidChangePaused = this.pausedEmitter.event;

  constructor(private readonly context: vscode.ExtensionContext) {
    this.disposables.push(
      this.pausedEmitter,
      vscode.window.registerWebviewPanelSerializer(RESULTS_VIEW_TYPE, {
        deserializeWebviewPanel: async (panel) => this.attach(panel),
      }),
    );
  }

  /** Opens the panel, or reveals it. */
  show(): void {
    if (this.panel) {
      this.panel.reveal(undefined, true);
      return;
    }
    const panel = vscode.window.createWebviewPanel(RESULTS_VIEW_TYPE, 'Tideline Results', { viewColumn: vscode.ViewColumn.Beside, preserveFocus: true }, {
      enableScripts: true,
      retainContextWhenHidden: false,
      localResourceRoots: [this.webviewRoot()],
    });
    this.attach(panel);
  }

  /** Sends a message to the panel (opening it if needed); queued until the panel is ready and visible. */
  post(message: HostToPanel): void {
    if (!this.panel) this.show();
    if (message.type === 'open') this.queue = [];
    this.queue.push(message);
    if (this.queue.length > MAX_QUEUED) {
      const i = this.queue.findIndex((m) => m.type === 'batch');
      this.queue.splice(i < 0 ? 0 : i, 1);
    }
    this.flush();
  }

  dispose(): void {
    this.persist();
    this.panel?.dispose();
    for (const d of this.disposables) d.dispose();
  }

  private webviewRoot(): vscode.Uri {
    return vscode.Uri.joinPath(this.context.extensionUri, 'dist', 'webview');
  }

  private attach(panel: vscode.WebviewPanel): void {
    this.panel = panel;
    this.ready = false;
    const webview = panel.webview;
    webview.options = { enableScripts: true, localResourceRoots: [this.webviewRoot()] };
    webview.html = resultsPageHtml({
      cspSource: webview.cspSource,
      nonce: randomBytes(16).toString('base64'),
      scriptUri: webview.asWebviewUri(vscode.Uri.joinPath(this.webviewRoot(), 'results.js')).toString(),
      styleUri: webview.asWebviewUri(vscode.Uri.joinPath(this.webviewRoot(), 'results.css')).toString(),
    });
    const subs = [
      webview.onDidReceiveMessage((m: PanelToHost) => void this.receive(m)),
      // A hidden panel's page is unloaded; it says `ready` again when shown.
      panel.onDidChangeViewState(() => {
        if (!panel.visible) this.ready = false;
      }),
    ];
    panel.onDidDispose(() => {
      for (const s of subs) s.dispose();
      if (this.panel === panel) {
        this.panel = undefined;
        this.ready = false;
      }
    });
  }

  private async receive(m: PanelToHost): Promise<void> {
    switch (m.type) {
      case 'ready': {
        this.ready = true;
        const snapshot = this.snapshot ?? this.context.workspaceState.get<PanelSnapshot>(SNAPSHOT_KEY);
        // The panel ignores this when it restored itself from its own state.
        if (snapshot && !this.queue.some((q) => q.type === 'open')) void this.panel?.webview.postMessage({ type: 'restore', snapshot } satisfies HostToPanel);
        this.flush();
        break;
      }
      case 'copy':
        await vscode.env.clipboard.writeText(m.text);
        vscode.window.setStatusBarMessage('Copied to the clipboard', 2000);
        break;
      case 'export': {
        const folder = vscode.workspace.workspaceFolders?.[0]?.uri;
        const uri = await vscode.window.showSaveDialog({
          defaultUri: folder ? vscode.Uri.joinPath(folder, m.fileName) : undefined,
          filters: m.format === 'csv' ? { CSV: ['csv'] } : { JSON: ['json'] },
          saveLabel: 'Export',
        });
        if (!uri) return;
        await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(m.content));
        void vscode.window.showInformationMessage(`Exported results to ${vscode.workspace.asRelativePath(uri)}`);
        break;
      }
      case 'snapshot':
        this.snapshot = m.snapshot;
        this.persistTimer ??= setTimeout(() => this.persist(), PERSIST_INTERVAL_MS);
        break;
      case 'paused':
        this.pausedEmitter.fire(m.paused);
        break;
    }
  }

  private persist(): void {
    if (this.persistTimer !== undefined) clearTimeout(this.persistTimer);
    this.persistTimer = undefined;
    if (this.snapshot) void this.context.workspaceState.update(SNAPSHOT_KEY, this.snapshot);
  }

  private flush(): void {
    const panel = this.panel;
    if (!panel || !this.ready || !panel.visible) return;
    const queued = this.queue;
    this.queue = [];
    for (const m of queued) void panel.webview.postMessage(m);
  }
}
