/** VS Code's webview API, once per page (acquireVsCodeApi may be called only once); null in a plain browser. */

export interface VsCodeApi {
  postMessage(message: unknown): void;
  getState(): unknown;
  setState(state: unknown): void;
}

declare global {
  interface Window {
    acquireVsCodeApi?: () => VsCodeApi;
  }
}

let api: VsCodeApi | null | undefined;

export function vscodeApi(): VsCodeApi | null {
  if (api === undefined) api = typeof window.acquireVsCodeApi === 'function' ? window.acquireVsCodeApi() : null;
  return api;
}
