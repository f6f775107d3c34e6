/**
 * The pool and catalog chips: quick picks of the engine's pools (`pools/list`, with CFU in
 * use) and of its catalogs and databases (`catalog/tree`), and the choice written into the
 * file's directive comment (`-- tideline: catalog=… database=… pool=…`) by
 * engine/catalog/directive.ts's `directiveEdits`, an existing entry updated in place.
 */
import * as vscode from 'vscode';
import { directiveEdits, parseDirective } from '../../engine/catalog/directive';
import type { EngineHost } from '../engine-host';
import { errorText, type CatalogNode, type PoolView } from '../views/engine-types';

/** Writes directive keys into the document (null removes a key); false when nothing changed or the edit failed. */
export async function writeDirective(doc: vscode.TextDocument, changes: Readonly<Record<string, string | null>>): Promise<boolean> {
  const edits = directiveEdits(doc.getText(), changes);
  if (edits.length === 0) return false;
  const edit = new vscode.WorkspaceEdit();
  for (const e of edits) {
    const range = new vscode.Range(e.range.start.line, e.range.start.character, e.range.end.line, e.range.end.character);
    edit.replace(doc.uri, range, e.newText);
  }
  return vscode.workspace.applyEdit(edit);
}

export async function pickPool(engine: EngineHost, doc: vscode.TextDocument): Promise<void> {
  const current = parseDirective(doc.getText()).values.pool ?? 'default';
  const pools = engine.request<{ pools: PoolView[] }>('pools/list', {}).then(({ pools }) =>
    pools.map((p) => ({
      label: p.name,
      description: `${p.cfuInUse}/${p.maxCfu} CFU in use${p.pending ? `, ${p.pending} waiting` : ''}`,
      detail: p.name === current ? 'current pool of this file' : undefined,
      picked: p.name === current,
    })),
  );
  let choice: vscode.QuickPickItem | undefined;
  try {
    choice = await vscode.window.showQuickPick(pools, { title: 'Compute pool for this file', placeHolder: `now: ${current}` });
  } catch (err) {
    void vscode.window.showErrorMessage(`Tideline could not list the compute pools: ${errorText(err)}`);
    return;
  }
  if (choice) await writeDirective(doc, { pool: choice.label });
}

interface CatalogChoice extends vscode.QuickPickItem {
  readonly catalog: string;
  readonly database: string;
}

async function databases(engine: EngineHost): Promise<CatalogChoice[]> {
  const { nodes: catalogs } = await engine.request<{ nodes: CatalogNode[] }>('catalog/tree', { path: [] });
  const out: CatalogChoice[] = [];
  for (const c of catalogs.filter((n) => n.kind === 'catalog')) {
    let dbs: CatalogNode[] = [];
    try {
      dbs = (await engine.request<{ nodes: CatalogNode[] }>('catalog/tree', { path: [c.name] })).nodes.filter((n) => n.kind === 'database');
    } catch {
      // an unreadable catalog shows no databases; its reason comes with the catalog node
    }
    for (const d of dbs) out.push({ label: `${c.name}.${d.name}`, description: c.unavailable ?? d.detail, catalog: c.name, database: d.name });
  }
  return out;
}

export async function pickCatalog(engine: EngineHost, doc: vscode.TextDocument): Promise<void> {
  const values = parseDirective(doc.getText()).values;
  const now = values.catalog !== undefined ? `${values.catalog}${values.database !== undefined ? `.${values.database}` : ''}` : 'not set';
  let choice: CatalogChoice | undefined;
  try {
    choice = await vscode.window.showQuickPick(databases(engine), { title: 'Catalog and database for this file', placeHolder: `now: ${now}`, matchOnDescription: true });
  } catch (err) {
    void vscode.window.showErrorMessage(`Tideline could not list the catalogs: ${errorText(err)}`);
    return;
  }
  if (choice) await writeDirective(doc, { catalog: choice.catalog, database: choice.database });
}
