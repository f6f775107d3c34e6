/**
 * Supervises the engine host child process (dist/engine-host.js): JSON-RPC (vscode-jsonrpc)
 * over its stdin/stdout, its stderr copied to the "Tideline Engine" output channel. A crash
 * restarts it with backoff (RestartPolicy) and a visible warning; too many crashes leave it
 * `failed` with an error offering the output. Requests wait until the host answered its first
 * ping (and, after a crash, until the restarted host did); they fail fast when the host has
 * failed or was stopped.
 */
import { ChildProcessWithoutNullStreams, spawn } from 'node:child_process';
import * as vscode from 'vscode';
import { createMessageConnection, MessageConnection, StreamMessageReader } from 'vscode-jsonrpc/node';
import { hostWriter } from './host-writer';
import { RestartPolicy } from './restart-policy';

export type EngineHostState = 'starting' | 'ready' | 'restarting' | 'failed' | 'stopped';

/** The answer to `engine/ping` (engine/host/main.ts). */
export interface EnginePing {
  readonly pong: boolean;
  readonly version: string;
  readonly pid: number;
  readonly uptimeMs: number;
}

/** How long a freshly started host may take to answer its first ping before it counts as crashed. */
const FIRST_PING_TIMEOUT_MS = 20_000;

interface Waiter {
  resolve(connection: MessageConnection): void;
  reject(error: Error): void;
}

export class EngineHost implements vscode.Disposable {
  private child: ChildProcessWithoutNullStreams | undefined;
  private connection: MessageConnection | undefined;
  /** Bumped on every launch and stop; events from an older child are ignored. */
  private generation = 0;
  private current: EngineHostState = 'stopped';
  private waiters: Waiter[] = [];
  private restartTimer: NodeJS.Timeout | undefined;
  private readonly stateEmitter = new vscode.EventEmitter<EngineHostState>();
  readonly onDidChangeState = this.stateEmitter.event;
  /** Notification handlers by method; attached to every connection, so they survive restarts. */
  private readonly notificationHandlers = new Map<string, Set<(params: unknown) => void>>();

  constructor(
    private readonly modulePath: string,
    private readonly output: vscode.OutputChannel,
    private readonly policy: RestartPolicy = new RestartPolicy(),
    /** Extra arguments for the host, e.g. `--state-dir` (the extension's storage folder). */
    private readonly hostArgs: readonly string[] = [],
  ) {}

  get state(): EngineHostState {
    return this.current;
  }

  /** The pid of the running child, if any. */
  get pid(): number | undefined {
    return this.child?.pid;
  }

  start(): void {
    if (this.current === 'starting' || this.current === 'ready') return;
    this.launch('starting');
  }

  /** A restart the user asked for: forgets earlier crashes and starts a fresh host. */
  async restart(): Promise<void> {
    this.policy.reset();
    this.stop();
    this.launch('starting');
    await this.whenReady();
  }

  stop(): void {
    this.generation++;
    if (this.restartTimer) clearTimeout(this.restartTimer);
    this.restartTimer = undefined;
    const child = this.child;
    this.connection?.dispose();
    this.connection = undefined;
    this.child = undefined;
    if (child && child.exitCode === null && child.signalCode === null) {
      child.stdin.end();
      child.kill();
    }
    this.setState('stopped');
    this.rejectWaiters(new Error('The Tideline engine host was stopped.'));
  }

  /** Resolves with the connection once the host answered its first ping. */
  whenReady(): Promise<MessageConnection> {
    // A host that just died may still read as `ready` until its exit event arrives; writing to
    // it would fail, so such a request waits for the restart (or the failure) instead.
    if (this.current === 'ready' && this.connection && this.childUsable()) return Promise.resolve(this.connection);
    if (this.current === 'failed') {
      return Promise.reject(new Error('The Tideline engine host failed and was not restarted; run "Tideline: Restart Engine Host".'));
    }
    if (this.current === 'stopped') return Promise.reject(new Error('The Tideline engine host is not running.'));
    return new Promise((resolve, reject) => this.waiters.push({ resolve, reject }));
  }

  async request<R>(method: string, params?: unknown): Promise<R> {
    const connection = await this.whenReady();
    return params === undefined ? connection.sendRequest<R>(method) : connection.sendRequest<R>(method, params);
  }

  ping(): Promise<EnginePing> {
    return this.request<EnginePing>('engine/ping');
  }

  /**
   * Calls `handler` for every notification `method` the host sends (e.g. `statements/changed`),
   * from this host and from every restarted one, until the returned Disposable is disposed.
   */
  onNotification(method: string, handler: (params: unknown) => void): vscode.Disposable {
    let handlers = this.notificationHandlers.get(method);
    if (!handlers) {
      handlers = new Set();
      this.notificationHandlers.set(method, handlers);
      if (this.connection) this.listenFor(this.connection, method);
    }
    handlers.add(handler);
    return new vscode.Disposable(() => handlers.delete(handler));
  }

  dispose(): void {
    this.stop();
    this.stateEmitter.dispose();
  }

  private launch(state: 'starting' | 'restarting'): void {
    const generation = ++this.generation;
    this.setState(state);
    this.log(`starting engine host: ${process.execPath} ${[this.modulePath, ...this.hostArgs].join(' ')}`);
    let child: ChildProcessWithoutNullStreams;
    try {
      child = spawn(process.execPath, [this.modulePath, ...this.hostArgs], {
        stdio: ['pipe', 'pipe', 'pipe'],
        // In VS Code desktop the extension host's execPath is Electron; this makes it plain Node.
        env: { ...process.env, ELECTRON_RUN_AS_NODE: '1' },
      });
    } catch (err) {
      this.onExit(generation, `could not be spawned: ${String(err)}`);
      return;
    }
    this.child = child;
    child.stderr.setEncoding('utf8');
    child.stderr.on('data', (chunk: string) => this.output.append(chunk));
    child.on('error', (err) => this.onExit(generation, `process error: ${err.message}`));
    child.on('exit', (code, signal) => this.onExit(generation, signal ? `killed by ${signal}` : `exit code ${code}`));

    const writer = hostWriter(child.stdin, (err) => {
      if (generation !== this.generation) return;
      this.log(`cannot write to the engine host (${err.message}); ending it`);
      child.kill('SIGKILL'); // its exit restarts it and rejects what was pending
    });
    const connection = createMessageConnection(new StreamMessageReader(child.stdout), writer);
    connection.onError(([err]) => this.log(`protocol error: ${err.message}`));
    for (const method of this.notificationHandlers.keys()) this.listenFor(connection, method);
    connection.listen();
    this.connection = connection;

    const timeout = setTimeout(() => {
      if (generation !== this.generation) return;
      this.log(`no answer to engine/ping within ${FIRST_PING_TIMEOUT_MS} ms; killing the host`);
      child.kill('SIGKILL');
    }, FIRST_PING_TIMEOUT_MS);
    connection.sendRequest<EnginePing>('engine/ping').then(
      (ping) => {
        clearTimeout(timeout);
        if (generation !== this.generation) return;
        this.log(`engine host ${ping.version} ready (pid ${ping.pid})`);
        this.setState('ready');
        const waiters = this.waiters;
        this.waiters = [];
        for (const w of waiters) w.resolve(connection);
      },
      (err: Error) => {
        clearTimeout(timeout);
        if (generation === this.generation) this.log(`first ping failed: ${err.message}`);
      },
    );
  }

  private listenFor(connection: MessageConnection, method: string): void {
    connection.onNotification(method, (params: unknown) => {
      for (const handler of [...(this.notificationHandlers.get(method) ?? [])]) {
        try {
          handler(params);
        } catch (err) {
          this.log(`${method} handler failed: ${err instanceof Error ? err.message : String(err)}`);
        }
      }
    });
  }

  private childUsable(): boolean {
    const c = this.child;
    return !!c && c.exitCode === null && c.signalCode === null && c.stdin.writable && !c.stdin.destroyed;
  }

  private onExit(generation: number, how: string): void {
    if (generation !== this.generation) return; // an old child, or one we stopped on purpose
    this.generation++;
    this.connection?.dispose();
    this.connection = undefined;
    this.child = undefined;
    const decision = this.policy.onCrash();
    if (decision.restart) {
      const message = `Tideline engine host stopped unexpectedly (${how}); restarting in ${decision.delayMs} ms (attempt ${decision.attempt} of ${decision.of}).`;
      this.log(message);
      this.setState('restarting');
      void vscode.window.showWarningMessage(message);
      this.restartTimer = setTimeout(() => {
        this.restartTimer = undefined;
        this.launch('restarting');
      }, decision.delayMs);
      return;
    }
    const message = `Tideline engine host crashed ${decision.crashes} times within ${Math.round(decision.windowMs / 60_000)} minutes (last: ${how}) and will not be restarted.`;
    this.log(message);
    this.setState('failed');
    this.rejectWaiters(new Error(message));
    void vscode.window.showErrorMessage(message, 'Show output', 'Restart').then((choice) => {
      if (choice === 'Show output') this.output.show(true);
      if (choice === 'Restart') void this.restart().catch(() => undefined);
    });
  }

  private rejectWaiters(error: Error): void {
    const waiters = this.waiters;
    this.waiters = [];
    for (const w of waiters) w.reject(error);
  }

  private setState(state: EngineHostState): void {
    if (state === this.current) return;
    this.current = state;
    this.stateEmitter.fire(state);
  }

  private log(message: string): void {
    this.output.appendLine(`[supervisor ${new Date().toISOString()}] ${message}`);
  }
}
