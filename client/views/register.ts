/** The Tideline activity-bar views (Catalog, Statements, Compute pools) and their commands. */
import * as vscode from 'vscode';
import type { EngineHost } from '../engine-host';
import { registerCatalogView } from './catalog-view';
import { registerPoolsView } from './pools-view';
import { StatementCache } from './statement-cache';
import { registerStatementsView } from './statements-view';

export function registerViews(engine: EngineHost): { readonly statements: StatementCache; readonly disposable: vscode.Disposable } {
  const statements = new StatementCache(engine);
  return {
    statements,
    disposable: vscode.Disposable.from(statements, registerCatalogView(engine), registerStatementsView(engine, statements), registerPoolsView(engine, statements)),
  };
}
