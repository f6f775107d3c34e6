/**
 * The panel's link to whoever hosts it: VS Code's webview API when present (postMessage to the
 * extension, getState/setState for hide/show and reload), otherwise a plain browser page
 * (clipboard through navigator.clipboard, state kept nowhere).
 */
import { vscodeApi } from '../vscode-api';
import { ExportFormat, PanelSnapshot, PanelToHost } from './protocol';

export interface PanelHost {
  post(message: PanelToHost): void;
  copy(text: string): void;
  /** Hands an export to the extension's save dialog, or downloads it in a plain browser. */
  save(format: ExportFormat, fileName: string, content: string): void;
  loadState(): PanelSnapshot | null;
  saveState(snapshot: PanelSnapshot): void;
}

export function connectHost(): PanelHost {
  const api = vscodeApi();
  return {
    post: (message) => api?.postMessage(message),
    copy(text) {
      if (api) api.postMessage({ type: 'copy', text } satisfies PanelToHost);
      else void navigator.clipboard?.writeText(text);
    },
    save(format, fileName, content) {
      if (api) {
        api.postMessage({ type: 'export', format, fileName, content } satisfies PanelToHost);
        return;
      }
      const url = URL.createObjectURL(new Blob([content], { type: format === 'csv' ? 'text/csv' : 'application/json' }));
      const a = document.createElement('a');
      a.href = url;
      a.download = fileName;
      a.click();
      setTimeout(() => URL.revokeObjectURL(url), 10_000);
    },
    loadState() {
      const s = api?.getState() as PanelSnapshot | undefined;
      return s && s.version === 1 ? s : null;
    },
    saveState(snapshot) {
      if (!api) return;
      api.setState(snapshot);
      api.postMessage({ type: 'snapshot', snapshot } satisfies PanelToHost);
    },
  };
}
