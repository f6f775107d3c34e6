/**
 * The HTML of a Tideline webview (the results panel, the plan view), used by the extension
 * (client/results-panel.ts, client/plan-panel.ts) and by the browser tests alike: a strict
 * Content-Security-Policy where only the nonce'd bundle runs and only the bundle's stylesheet
 * applies; no inline script, no inline handler, no eval.
 * Plain string building (no DOM), so it runs in the extension host.
 */

export interface PageOptions {
  /** The webview's `cspSource` (or the test server's origin). */
  readonly cspSource: string;
  /** A fresh random nonce per page load. */
  readonly nonce: string;
  /** URIs of the bundle (dist/webview/<name>.js and <name>.css) as the webview sees them. */
  readonly scriptUri: string;
  readonly styleUri: string;
  /** The page title; each webview passes its own. */
  readonly title?: string;
}

const escapeAttr = (s: string): string =>
  s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);

export function webviewPageHtml(o: PageOptions): string {
  const csp = [
    "default-src 'none'",
    `img-src ${o.cspSource} data:`,
    `style-src ${o.cspSource} 'nonce-${o.nonce}'`,
    `script-src 'nonce-${o.nonce}'`,
    `font-src ${o.cspSource}`,
  ].join('; ');
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${escapeAttr(csp)}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeAttr(o.title ?? 'Tideline')}</title>
<link rel="stylesheet" nonce="${escapeAttr(o.nonce)}" href="${escapeAttr(o.styleUri)}">
</head>
<body>
<div id="root"></div>
<script nonce="${escapeAttr(o.nonce)}" src="${escapeAttr(o.scriptUri)}"></script>
</body>
</html>
`;
}
