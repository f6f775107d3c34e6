/** The plan view's link to VS Code's webview API (or nothing, in a plain browser). */
import type { PlanHost } from './app';
import type { PlanState } from './protocol';

interface VsCodeApi {
  postMessage(message: unknown): void;
  getState(): unknown;
  setState(state: unknown): void;
}

export function connectPlanHost(): PlanHost {
  const acquire = (window as { acquireVsCodeApi?: () => VsCodeApi }).acquireVsCodeApi;
  const api = typeof acquire === 'function' ? acquire() : null;
  return {
    post: (message) => api?.postMessage(message),
    loadState: () => (api?.getState() as PlanState | undefined) ?? null,
    saveState: (state) => api?.setState(state),
  };
}
