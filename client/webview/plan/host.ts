/** The plan view's link to VS Code's webview API (or nothing, in a plain browser). */
import { vscodeApi } from '../vscode-api';
import type { PlanHost } from './app';
import type { PlanState } from './protocol';

export function connectPlanHost(): PlanHost {
  const api = vscodeApi();
  return {
    post: (message) => api?.postMessage(message),
    loadState: () => (api?.getState() as PlanState | undefined) ?? null,
    saveState: (state) => api?.setState(state),
  };
}
