/**
 * The Catalog view: catalogs -> databases -> tables and views -> columns with their types,
 * each level loaded when expanded (`catalog/tree`), all reloaded when a DDL statement
 * completes. A part of the catalog that cannot be read (a remote catalog that is down) shows a
 * warning icon with the reason as tooltip. Actions: Query (a new Flink SQL document with
 * `SELECT * ... LIMIT 10`, run when the editor side offers `tideline.runStatement`), Describe
 * (`catalog/describe` text in a read-only document), Copy name, Drop (modal confirmation,
 * `catalog/drop`), Refresh.
 */
import * as vscode from 'vscode';
import type { EngineHost } from '../engine-host';
import { formatPath } from '../../engine/catalog/model';
import { confirmedArg, guarded, pathArg } from './command-args';
import { errorText, type CatalogNode, type StatementView } from './engine-types';
import { ReadonlyDocuments } from './readonly-documents';

export interface CatalogElement {
  /** Catalog, database, table, column: the names from the root to this node. */
  readonly path: readonly string[];
  readonly node: CatalogNode;
}

const ICONS: Record<CatalogNode['kind'], string> = {
  catalog: 'library',
  database: 'database',
  table: 'table',
  view: 'eye',
  column: 'symbol-field',
};

export class CatalogTreeProvider implements vscode.TreeDataProvider<CatalogElement> {
  private readonly emitter = new vscode.EventEmitter<CatalogElement | undefined>();
  readonly onDidChangeTreeData = this.emitter.event;

  constructor(private readonly engine: EngineHost) {}

  refresh(): void {
    this.emitter.fire(undefined);
  }

  async getChildren(parent?: CatalogElement): Promise<CatalogElement[]> {
    const path = parent ? [...parent.path] : [];
    try {
      const { nodes } = await this.engine.request<{ nodes: CatalogNode[] }>('catalog/tree', { path });
      return nodes.map((node) => ({ path: [...path, node.name], node }));
    } catch (err) {
      // Shown as a node, so a failing level says why instead of staying empty.
      return [{ path: [...path, ''], node: { name: 'Cannot read the catalog', kind: 'column', unavailable: errorText(err) } }];
    }
  }

  getTreeItem(e: CatalogElement): vscode.TreeItem {
    const { node } = e;
    const leaf = node.kind === 'column' || node.unavailable !== undefined;
    const item = new vscode.TreeItem(node.name, leaf ? vscode.TreeItemCollapsibleState.None : vscode.TreeItemCollapsibleState.Collapsed);
    item.id = `catalog:${JSON.stringify(e.path)}`;
    if (node.unavailable !== undefined) {
      item.iconPath = new vscode.ThemeIcon('warning', new vscode.ThemeColor('problemsWarningIcon.foreground'));
      item.tooltip = node.unavailable;
      item.description = 'unavailable';
      item.contextValue = `catalog-${node.kind}-unavailable`;
      return item;
    }
    item.iconPath = new vscode.ThemeIcon(ICONS[node.kind] ?? 'circle-outline');
    item.description = node.kind === 'column' ? node.type : node.detail;
    const tip = [`${node.kind} ${formatPath(e.path)}`];
    if (node.type) tip.push(node.type);
    if (node.detail) tip.push(node.detail);
    item.tooltip = tip.join('\n');
    item.contextValue = `catalog-${node.kind}`;
    return item;
  }
}

export function registerCatalogView(engine: EngineHost): vscode.Disposable {
  const provider = new CatalogTreeProvider(engine);
  const view = vscode.window.createTreeView('tideline.catalog', { treeDataProvider: provider, showCollapseAll: true });
  const documents = new ReadonlyDocuments();
  const need = (arg: unknown): string[] => {
    const path = pathArg(arg);
    if (!path) throw new Error('no catalog object selected');
    return path;
  };
  // A DDL statement that completed (from the editor, the CLI host or anyone) changed the catalog.
  const ddl = engine.onNotification('statements/changed', (params) => {
    const s = (params as { statement?: Partial<StatementView> } | undefined)?.statement;
    if (s?.kind === 'ddl' && s.phase === 'COMPLETED') provider.refresh();
  });
  return vscode.Disposable.from(
    view,
    documents,
    ddl,
    vscode.commands.registerCommand('tideline.catalog.refresh', () => provider.refresh()),
    vscode.commands.registerCommand(
      'tideline.catalog.query',
      guarded('Query', async (arg) => {
        const path = need(arg);
        const doc = await vscode.workspace.openTextDocument({ language: 'flinksql', content: `SELECT * FROM ${formatPath(path)} LIMIT 10;\n` });
        const editor = await vscode.window.showTextDocument(doc);
        editor.selection = new vscode.Selection(0, 0, 0, 0);
        if ((await vscode.commands.getCommands(true)).includes('tideline.runStatement')) await vscode.commands.executeCommand('tideline.runStatement');
        return doc;
      }),
    ),
    vscode.commands.registerCommand(
      'tideline.catalog.describe',
      guarded('Describe', async (arg) => {
        const path = need(arg);
        const { text } = await engine.request<{ text: string }>('catalog/describe', { path });
        // A table or view is described as its DDL: shown as Flink SQL.
        return documents.show(`${path.join('.')}${path.length === 3 ? '.sql' : '.txt'}`, text, path.length === 3 ? 'flinksql' : 'plaintext');
      }),
    ),
    vscode.commands.registerCommand(
      'tideline.catalog.copyName',
      guarded('Copy name', async (arg) => {
        const name = formatPath(need(arg));
        await vscode.env.clipboard.writeText(name);
        vscode.window.setStatusBarMessage(`Copied ${name}`, 2000);
        return name;
      }),
    ),
    vscode.commands.registerCommand(
      'tideline.catalog.drop',
      guarded('Drop', async (arg, options) => {
        const path = need(arg);
        const e = arg as Partial<CatalogElement>;
        const what = `${e.node?.kind ?? 'object'} ${formatPath(path)}`;
        if (!confirmedArg(options)) {
          const choice = await vscode.window.showWarningMessage(`Drop ${what}?`, { modal: true, detail: 'This cannot be undone.' }, 'Drop');
          if (choice !== 'Drop') return false;
        }
        const { message } = await engine.request<{ message?: string }>('catalog/drop', { path });
        vscode.window.setStatusBarMessage(message ?? `Dropped ${what}`, 5000);
        provider.refresh();
        return true;
      }),
    ),
  );
}
