/** The results panel's page: the shared webview page (../page.ts) titled for results. */
import { webviewPageHtml, type PageOptions } from '../page';

export type { PageOptions };

export function resultsPageHtml(o: PageOptions): string {
  return webviewPageHtml({ title: 'Tideline Results', ...o });
}
