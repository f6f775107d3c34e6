/** The results panel (dist/webview/results.js + results.css) in Chromium, through webview-harness.ts. */
import type { HostToPanel, PanelToHost } from '../../client/webview/results/protocol';
import { openWebview, type WebviewPage } from './webview-harness';

export { RESULTS_DIR, ROOT } from './webview-harness';

export type ResultsPanelPage = WebviewPage<HostToPanel, PanelToHost>;

export function openResultsPanel(viewport = { width: 1280, height: 720 }): Promise<ResultsPanelPage> {
  return openWebview<HostToPanel, PanelToHost>({ bundle: 'results', title: 'Tideline Results', readySelector: '.app', viewport });
}
