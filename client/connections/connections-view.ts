/**
 * The Connections view (`tideline.connections` in the Tideline activity-bar container): each
 * Kafka cluster with its Schema Registry, its status (ok / unavailable with the reason /
 * unknown) as an icon, and the last test's message. Add (quick inputs: name, environment,
 * brokers, SASL mechanism, user, password, TLS CA file, registry URL and basic auth), Test,
 * Delete, Refresh. Secrets go to SecretStorage (connection-secrets.ts) and to the engine host
 * and the language server, which keep them in memory; after either restarts they are sent again.
 */
import { readFile } from 'node:fs/promises';
import * as vscode from 'vscode';
import { State, type LanguageClient } from 'vscode-languageclient/node';
import type { EngineHost } from '../engine-host';
import { confirmedArg, guarded, nameArg } from '../views/command-args';
import { errorText } from '../views/engine-types';
import { parseConnectionSpec, type ConnectionSpec } from '../../engine/kafka/connections';
import type { ConnectionSecrets } from './connection-secrets';

export interface ConnectionItem {
  readonly name: string;
  readonly environment: string;
  readonly brokers: readonly string[];
  readonly registryUrl?: string;
  readonly auth: string;
  readonly tls: boolean;
  readonly status: string;
}

interface ProbeResult {
  readonly ok: boolean;
  readonly message: string;
}

export interface TestResult {
  readonly kafka: ProbeResult;
  readonly registry?: ProbeResult;
}

export class ConnectionsTreeProvider implements vscode.TreeDataProvider<ConnectionItem>, vscode.Disposable {
  private readonly emitter = new vscode.EventEmitter<void>();
  readonly onDidChangeTreeData = this.emitter.event;
  /** The last test of each connection (this session). */
  readonly tested = new Map<string, TestResult>();
  view: vscode.TreeView<ConnectionItem> | undefined;

  constructor(
    private readonly engine: EngineHost,
    private readonly stored: ConnectionSecrets,
  ) {}

  refresh(): void {
    this.emitter.fire();
  }

  async getChildren(parent?: ConnectionItem): Promise<ConnectionItem[]> {
    if (parent) return [];
    try {
      const list = (await this.engine.request<{ connections: ConnectionItem[] }>('connections/list', {})).connections;
      if (this.view) this.view.message = list.length === 0 ? 'No Kafka connections yet: add one with +.' : undefined;
      return list;
    } catch (err) {
      if (this.view) this.view.message = `Cannot list connections from the engine: ${errorText(err)}`;
      const specs = await this.stored.all();
      return specs.map((c) => ({ name: c.name, environment: c.environment, brokers: c.brokers, ...(c.registry ? { registryUrl: c.registry.url } : {}), auth: c.sasl?.mechanism ?? 'none', tls: c.tls !== undefined, status: 'unknown' }));
    }
  }

  getTreeItem(c: ConnectionItem): vscode.TreeItem {
    const item = new vscode.TreeItem(c.name, vscode.TreeItemCollapsibleState.None);
    item.id = `connection:${c.name}`;
    const test = this.tested.get(c.name);
    const failed = test ? !test.kafka.ok || test.registry?.ok === false : c.status.startsWith('unavailable');
    const ok = test ? !failed : c.status === 'ok';
    item.iconPath = ok
      ? new vscode.ThemeIcon('pass', new vscode.ThemeColor('testing.iconPassed'))
      : failed
        ? new vscode.ThemeIcon('error', new vscode.ThemeColor('testing.iconFailed'))
        : new vscode.ThemeIcon('circle-outline');
    const message = test ? [test.kafka, test.registry].filter((x): x is ProbeResult => x !== undefined && (!x.ok || !failed)).map((x) => x.message)[0] : undefined;
    item.description = `${c.environment}.${c.name} · ${c.brokers.join(',')}${message ? ` · ${message}` : c.status !== 'ok' ? ` · ${c.status}` : ''}`;
    item.tooltip = [
      `Kafka cluster ${c.name}: database ${c.name} of catalog ${c.environment}`,
      `Brokers: ${c.brokers.join(', ')}`,
      `Authentication: ${c.auth === 'none' ? 'none' : `SASL ${c.auth.toUpperCase()}`}${c.tls ? ', TLS' : ''}`,
      `Schema Registry: ${c.registryUrl ?? 'none'}`,
      `Status: ${c.status}`,
      ...(test ? [`Last test: ${test.kafka.message}`, ...(test.registry ? [`Registry: ${test.registry.message}`] : [])] : []),
    ].join('\n');
    item.contextValue = 'connection';
    return item;
  }

  dispose(): void {
    this.emitter.dispose();
  }
}

const NAME_RE = /^[A-Za-z_][A-Za-z0-9_-]{0,99}$/;

async function askSpec(): Promise<ConnectionSpec | undefined> {
  const name = await vscode.window.showInputBox({ title: 'Add Kafka connection (1/7)', prompt: 'Name (the database the cluster appears as)', placeHolder: 'prod_eu', validateInput: (v) => (NAME_RE.test(v) ? undefined : "A letter or '_', then letters, digits, '_' or '-'") });
  if (!name) return undefined;
  const environment = await vscode.window.showInputBox({ title: 'Add Kafka connection (2/7)', prompt: 'Environment (the catalog it appears in)', value: 'kafka', validateInput: (v) => (NAME_RE.test(v) ? undefined : "A letter or '_', then letters, digits, '_' or '-'") });
  if (!environment) return undefined;
  const brokers = await vscode.window.showInputBox({ title: 'Add Kafka connection (3/7)', prompt: 'Bootstrap brokers, comma-separated host:port', placeHolder: 'broker1.example.com:9092,broker2.example.com:9092', validateInput: (v) => (v.split(',').every((b) => /^[^\s:,]+:\d{1,5}$/.test(b.trim())) ? undefined : 'host:port, separated by commas') });
  if (!brokers) return undefined;
  const auth = await vscode.window.showQuickPick(['none', 'PLAIN', 'SCRAM-SHA-256', 'SCRAM-SHA-512'], { title: 'Add Kafka connection (4/7)', placeHolder: 'SASL authentication mechanism' });
  if (!auth) return undefined;
  let sasl: Record<string, string> | undefined;
  if (auth !== 'none') {
    const username = await vscode.window.showInputBox({ title: 'Add Kafka connection (5/7)', prompt: `SASL ${auth} user name` });
    if (!username) return undefined;
    const password = await vscode.window.showInputBox({ title: 'Add Kafka connection (5/7)', prompt: `SASL password of ${username} (kept in VS Code's secret storage)`, password: true });
    if (password === undefined) return undefined;
    sasl = { mechanism: auth, username, password };
  }
  const tlsChoice = await vscode.window.showQuickPick(['No TLS', 'TLS (system CAs)', 'TLS with a CA file…'], { title: 'Add Kafka connection (6/7)', placeHolder: 'Transport security' });
  if (!tlsChoice) return undefined;
  let tls: Record<string, string> | undefined;
  if (tlsChoice !== 'No TLS') {
    tls = {};
    if (tlsChoice === 'TLS with a CA file…') {
      const files = await vscode.window.showOpenDialog({ title: 'CA certificate (PEM) that signed the brokers', canSelectMany: false, filters: { PEM: ['pem', 'crt', 'cer'], 'All files': ['*'] } });
      if (!files?.[0]) return undefined;
      tls.ca = await readFile(files[0].fsPath, 'utf8');
    }
  }
  const url = await vscode.window.showInputBox({ title: 'Add Kafka connection (7/7)', prompt: 'Schema Registry URL (empty: none)', placeHolder: 'https://registry.example.com' });
  if (url === undefined) return undefined;
  let registry: Record<string, string> | undefined;
  if (url.trim() !== '') {
    registry = { url: url.trim() };
    const username = await vscode.window.showInputBox({ title: 'Add Kafka connection (7/7)', prompt: 'Schema Registry user (empty: no basic auth)' });
    if (username === undefined) return undefined;
    if (username !== '') {
      const password = await vscode.window.showInputBox({ title: 'Add Kafka connection (7/7)', prompt: `Schema Registry password of ${username} (kept in VS Code's secret storage)`, password: true });
      if (password === undefined) return undefined;
      Object.assign(registry, { username, password });
    }
  }
  return parseConnectionSpec({ name, environment, brokers: brokers.split(','), ...(sasl ? { sasl } : {}), ...(tls ? { tls } : {}), ...(registry ? { registry } : {}) }, 'Add Kafka connection');
}

/** Sends every stored connection (with secrets) to the engine host and the language server. */
export class ConnectionSync implements vscode.Disposable {
  private readonly subscriptions: vscode.Disposable[] = [];

  constructor(
    private readonly engine: EngineHost,
    private readonly client: LanguageClient,
    private readonly stored: ConnectionSecrets,
    private readonly log: (m: string) => void,
    private readonly changed: () => void,
  ) {
    this.subscriptions.push(
      engine.onDidChangeState((s) => {
        if (s === 'ready') void this.toEngine();
      }),
      client.onDidChangeState((e) => {
        if (e.newState === State.Running) void this.toServer();
      }),
    );
    if (engine.state === 'ready') void this.toEngine();
    if (client.state === State.Running) void this.toServer();
  }

  async toEngine(): Promise<void> {
    for (const spec of await this.stored.all()) {
      // Names only in the log: the spec holds secrets.
      await this.engine.request('connections/set', spec).catch((err: unknown) => this.log(`could not send connection ${spec.name} to the engine: ${errorText(err)}`));
    }
    this.changed();
  }

  async toServer(): Promise<void> {
    if (this.client.state !== State.Running) return;
    await this.client.sendNotification('tideline/connections', { connections: await this.stored.all() }).catch((err: unknown) => this.log(`could not send connections to the language server: ${errorText(err)}`));
  }

  dispose(): void {
    for (const s of this.subscriptions) s.dispose();
  }
}

export function registerConnectionsView(engine: EngineHost, client: LanguageClient, stored: ConnectionSecrets, log: (m: string) => void): vscode.Disposable {
  const provider = new ConnectionsTreeProvider(engine, stored);
  const view = vscode.window.createTreeView('tideline.connections', { treeDataProvider: provider });
  provider.view = view;
  // A connection is a catalog's database: the Catalog view shows the change too.
  const changed = () => {
    provider.refresh();
    void vscode.commands.executeCommand('tideline.catalog.refresh').then(undefined, () => undefined);
  };
  const sync = new ConnectionSync(engine, client, stored, log, changed);
  const test = async (name: string): Promise<TestResult> => {
    const result = await engine.request<TestResult>('connections/test', { name });
    provider.tested.set(name, result);
    provider.refresh();
    return result;
  };
  return vscode.Disposable.from(
    provider,
    view,
    sync,
    vscode.commands.registerCommand('tideline.connections.refresh', () => provider.refresh()),
    vscode.commands.registerCommand(
      'tideline.connections.add',
      guarded('Add connection', async (given) => {
        // A spec as the argument (tests, other commands) skips the quick inputs.
        const spec = typeof given === 'object' && given !== null ? parseConnectionSpec(given, 'tideline.connections.add') : await askSpec();
        if (!spec) return undefined;
        await stored.set(spec);
        await engine.request('connections/set', spec);
        await sync.toServer();
        provider.tested.delete(spec.name);
        changed();
        const result = await test(spec.name);
        const problem = [result.kafka, result.registry].find((r) => r && !r.ok);
        if (problem) void vscode.window.showWarningMessage(`Tideline: connection ${spec.name} was saved, but ${problem.message}`);
        else void vscode.window.showInformationMessage(`Tideline: connection ${spec.name}: ${result.kafka.message}`);
        return result;
      }),
    ),
    vscode.commands.registerCommand(
      'tideline.connections.test',
      guarded('Test connection', async (arg) => {
        const name = nameArg(arg);
        if (!name) throw new Error('no connection selected');
        return test(name);
      }),
    ),
    vscode.commands.registerCommand(
      'tideline.connections.delete',
      guarded('Delete connection', async (arg, options) => {
        const name = nameArg(arg);
        if (!name) throw new Error('no connection selected');
        if (!confirmedArg(options)) {
          const choice = await vscode.window.showWarningMessage(`Delete connection ${name}?`, { modal: true, detail: 'Its credentials are removed from the secret storage; the cluster itself is not touched.' }, 'Delete');
          if (choice !== 'Delete') return false;
        }
        await stored.delete(name);
        await engine.request('connections/delete', { name }).catch((err: unknown) => {
          if (!/no connection named/.test(errorText(err))) throw err;
        });
        await sync.toServer();
        provider.tested.delete(name);
        changed();
        return true;
      }),
    ),
  );
}
