/**
 * The Statements view: one item per statement (statement-item.ts), kept current by the
 * StatementCache (statements/list + statements/changed). Actions: Stop, Delete (modal
 * confirmation), Open results (`tideline.openResults`), Open SQL (the statement's file at its
 * line when known, else a new document with its SQL), Show plan, Refresh.
 */
import { isAbsolute } from 'node:path';
import * as vscode from 'vscode';
import type { EngineHost } from '../engine-host';
import { confirmedArg, guarded, nameArg } from './command-args';
import type { StatementView } from './engine-types';
import type { StatementCache } from './statement-cache';
import { statementItem } from './statement-item';

export class StatementsTreeProvider implements vscode.TreeDataProvider<StatementView> {
  private readonly emitter = new vscode.EventEmitter<void>();
  readonly onDidChangeTreeData = this.emitter.event;
  private readonly subscription: vscode.Disposable;

  constructor(private readonly cache: StatementCache) {
    this.subscription = cache.onDidChange(() => this.emitter.fire());
  }

  /** Where a failure to list statements is shown. */
  view: vscode.TreeView<StatementView> | undefined;

  async getChildren(parent?: StatementView): Promise<StatementView[]> {
    if (parent) return [];
    const all = await this.cache.all();
    if (this.view) {
      this.view.message = this.cache.error
        ? `Cannot list statements: ${this.cache.error}`
        : all.length === 0
          ? 'No statements yet: run one from a Flink SQL file (▶ Run above a statement, or Ctrl+Enter).'
          : undefined;
    }
    return all;
  }

  getTreeItem(s: StatementView): vscode.TreeItem {
    return statementItem(s);
  }

  dispose(): void {
    this.subscription.dispose();
    this.emitter.dispose();
  }
}

/** The statement's file: an absolute path or URI as is, a workspace-relative path in the folder that has it. */
async function fileOf(file: string): Promise<vscode.Uri | undefined> {
  if (isAbsolute(file)) return vscode.Uri.file(file);
  if (/^[a-z][a-z0-9+.-]+:/i.test(file)) return vscode.Uri.parse(file);
  for (const folder of vscode.workspace.workspaceFolders ?? []) {
    const uri = vscode.Uri.joinPath(folder.uri, file);
    if (await vscode.workspace.fs.stat(uri).then(() => true, () => false)) return uri;
  }
  return undefined;
}

/** Opens the statement's SQL: its file at its line when the engine knows them, else an untitled document. */
async function openSql(s: StatementView): Promise<vscode.TextEditor> {
  const uri = s.context?.file ? await fileOf(s.context.file) : undefined;
  if (uri) {
    try {
      const doc = await vscode.workspace.openTextDocument(uri);
      const line = Math.min(Math.max(0, (s.context?.line ?? 1) - 1), Math.max(0, doc.lineCount - 1));
      const at = new vscode.Position(line, 0);
      return await vscode.window.showTextDocument(doc, { selection: new vscode.Selection(at, at) });
    } catch {
      // Not readable any more: fall back to the SQL the engine kept.
    }
  }
  const doc = await vscode.workspace.openTextDocument({ language: 'flinksql', content: s.sql });
  return vscode.window.showTextDocument(doc);
}

export function registerStatementsView(engine: EngineHost, cache: StatementCache): vscode.Disposable {
  const provider = new StatementsTreeProvider(cache);
  const view = vscode.window.createTreeView('tideline.statements', { treeDataProvider: provider });
  provider.view = view;
  const need = async (arg: unknown): Promise<StatementView> => {
    const name = nameArg(arg);
    if (!name) throw new Error('no statement selected');
    return cache.get(name) ?? (await engine.request<StatementView>('statements/get', { name }));
  };
  return vscode.Disposable.from(
    provider,
    view,
    vscode.commands.registerCommand('tideline.statements.refresh', () => cache.refresh()),
    vscode.commands.registerCommand(
      'tideline.statements.stop',
      guarded('Stop', async (arg) => {
        const s = await need(arg);
        const stopped = await engine.request<StatementView>('statements/stop', { name: s.name });
        cache.put(stopped);
        return stopped;
      }),
    ),
    vscode.commands.registerCommand(
      'tideline.statements.delete',
      guarded('Delete', async (arg, options) => {
        const s = await need(arg);
        if (!confirmedArg(options)) {
          const choice = await vscode.window.showWarningMessage(`Delete statement ${s.name}?`, { modal: true, detail: 'Its history and results are removed.' }, 'Delete');
          if (choice !== 'Delete') return false;
        }
        await engine.request('statements/delete', { name: s.name });
        cache.remove(s.name);
        return true;
      }),
    ),
    vscode.commands.registerCommand(
      'tideline.statements.openSql',
      guarded('Open SQL', async (arg) => openSql(await need(arg))),
    ),
  );
}
