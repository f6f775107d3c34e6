/**
 * The inline preview after each statement the editor ran: its phase, rows, rate and the
 * latest values (truncated) as text after the statement's last line, updated live (at most
 * a few times a second); hovering that line shows a small markdown table of the latest rows.
 * Values are formatted by the results panel's own formatter (client/webview/results/format.ts).
 */
import * as vscode from 'vscode';
import { cells, previewText, truncate } from './preview-text';
import type { Run, StatementRuns } from './statement-runs';

const RENDER_INTERVAL_MS = 250;
const HOVER_COLUMNS = 8;
/** A value as literal markdown text: no formatting, HTML or links (`:` and `.` escaped so URLs and www. names are not linked). */
const escapeCell = (s: string) => s.replace(/\\/g, '\\\\').replace(/\|/g, '\\|').replace(/[\r\n]+/g, ' ').replace(/[`*_[\]<>:#~.]/g, (c) => `\\${c}`);

/** The hover: the statement's name and phase, then its latest rows as a markdown table. */
export function previewHover(run: Run): vscode.MarkdownString {
  const md = new vscode.MarkdownString();
  md.isTrusted = false;
  md.supportHtml = false;
  md.appendMarkdown(`**${escapeCell(run.name)}** — ${run.view.phase} in pool ${escapeCell(run.view.pool)}`);
  if (run.view.reason) md.appendMarkdown(`\n\n${escapeCell(run.view.reason)}`);
  const hints = run.view.metrics?.hints ?? [];
  for (const h of hints) md.appendMarkdown(`\n\n_${escapeCell(h)}_`);
  if (run.schema && run.latest.length > 0) {
    const columns = run.schema.slice(0, HOVER_COLUMNS);
    const lines = [
      `| ${columns.map((c) => escapeCell(c.name)).join(' | ')} |`,
      `|${columns.map(() => '---').join('|')}|`,
      ...run.latest.map((row) => `| ${cells(run, row).slice(0, HOVER_COLUMNS).map((c) => escapeCell(truncate(c, 40))).join(' | ')} |`),
    ];
    md.appendMarkdown(`\n\nLatest rows:\n\n${lines.join('\n')}\n`);
  }
  return md;
}

export class InlinePreview implements vscode.Disposable {
  private readonly decoration = vscode.window.createTextEditorDecorationType({
    after: { margin: '0 0 0 2em', color: new vscode.ThemeColor('editorCodeLens.foreground'), fontStyle: 'italic' },
    rangeBehavior: vscode.DecorationRangeBehavior.ClosedClosed,
  });
  private timer: ReturnType<typeof setTimeout> | undefined;
  private readonly subscriptions: vscode.Disposable[];

  constructor(private readonly runs: StatementRuns) {
    this.subscriptions = [
      this.decoration,
      runs.onDidChange(() => this.schedule()),
      vscode.window.onDidChangeVisibleTextEditors(() => this.schedule()),
      vscode.workspace.onDidChangeTextDocument(() => this.schedule()),
    ];
  }

  dispose(): void {
    if (this.timer) clearTimeout(this.timer);
    for (const s of this.subscriptions) s.dispose();
  }

  private schedule(): void {
    this.timer ??= setTimeout(() => {
      this.timer = undefined;
      this.render();
    }, RENDER_INTERVAL_MS);
  }

  private render(): void {
    for (const editor of vscode.window.visibleTextEditors) {
      const doc = editor.document;
      const options: vscode.DecorationOptions[] = [];
      for (const [index, run] of this.runs.runsOf(doc)) {
        const statement = this.runs.statementOf(doc, run);
        if (!statement || statement.index !== index) continue;
        const lastLine = doc.lineAt(statement.range.end.line);
        options.push({
          range: lastLine.range,
          hoverMessage: previewHover(run),
          renderOptions: { after: { contentText: previewText(run) } },
        });
      }
      editor.setDecorations(this.decoration, options);
    }
  }
}
