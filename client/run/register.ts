/**
 * Running statements from the editor, wired together: the lenses above each statement, the
 * run/stop/explain/chip commands, the inline preview, engine diagnostics and the pool status
 * bar item, sharing one StatementRuns.
 */
import * as vscode from 'vscode';
import type { EngineHost } from '../engine-host';
import { StatementLenses } from '../lenses/statement-lenses';
import { createPoolStatusItem } from '../pool-status';
import type { ResultsPanelHost } from '../results-panel';
import { EngineDiagnostics } from './engine-diagnostics';
import { ExplainDocuments } from './explain';
import { InlinePreview } from './inline-preview';
import { registerRunCommands } from './run-commands';
import { StatementRuns } from './statement-runs';
import { guarded, nameArg } from '../views/command-args';

export function registerEditorRuns(engine: EngineHost, results: ResultsPanelHost): vscode.Disposable {
  const diagnostics = new EngineDiagnostics();
  const runs = new StatementRuns(engine, results, diagnostics);
  const lenses = new StatementLenses(runs);
  const explain = new ExplainDocuments(engine);
  return vscode.Disposable.from(
    diagnostics,
    runs,
    lenses,
    vscode.languages.registerCodeLensProvider({ language: 'flinksql' }, lenses),
    explain,
    new InlinePreview(runs),
    registerRunCommands(engine, runs, explain),
    vscode.commands.registerCommand(
      'tideline.openResults',
      guarded('Open results', async (arg) => {
        const name = nameArg(arg);
        if (!name) throw new Error('no statement given');
        await runs.openResults(name);
      }),
    ),
    createPoolStatusItem(engine),
  );
}
