/**
 * The statements the views show, kept current: filled by `statements/list` (on first use, on
 * refresh and after the engine host (re)starts) and updated by each `statements/changed`
 * notification. Fires once per change so the Statements and Compute pools views re-render.
 */
import * as vscode from 'vscode';
import type { EngineHost } from '../engine-host';
import { errorText, type StatementView } from './engine-types';

export class StatementCache implements vscode.Disposable {
  private readonly byName = new Map<string, StatementView>();
  private loading: Promise<void> | undefined;
  private loaded = false;
  private lastError: string | undefined;
  private readonly emitter = new vscode.EventEmitter<void>();
  readonly onDidChange = this.emitter.event;
  private readonly subscriptions: vscode.Disposable[];

  constructor(private readonly engine: EngineHost) {
    this.subscriptions = [
      this.emitter,
      engine.onNotification('statements/changed', (params) => this.apply(params)),
      engine.onDidChangeState((state) => {
        if (state === 'ready' && this.loaded) void this.refresh();
      }),
    ];
  }

  /** Why the last listing failed, if it did. */
  get error(): string | undefined {
    return this.lastError;
  }

  /** Every statement (loading them first if never loaded), newest first. */
  async all(): Promise<StatementView[]> {
    if (!this.loaded) await this.refresh();
    return [...this.byName.values()].sort((a, b) => b.createdAt - a.createdAt || a.name.localeCompare(b.name));
  }

  get(name: string): StatementView | undefined {
    return this.byName.get(name);
  }

  /** Reloads the list from the engine host. */
  refresh(): Promise<void> {
    this.loading ??= this.engine
      .request<{ statements: StatementView[] }>('statements/list', {})
      .then(
        ({ statements }) => {
          this.byName.clear();
          for (const s of statements) this.byName.set(s.name, s);
          this.lastError = undefined;
        },
        (err: unknown) => {
          this.lastError = errorText(err);
        },
      )
      .finally(() => {
        this.loaded = true;
        this.loading = undefined;
        this.emitter.fire();
      });
    return this.loading;
  }

  /** Records an answer that carries a statement (submit, stop, get). */
  put(s: StatementView): void {
    this.byName.set(s.name, s);
    this.emitter.fire();
  }

  remove(name: string): void {
    if (this.byName.delete(name)) this.emitter.fire();
  }

  dispose(): void {
    for (const d of this.subscriptions) d.dispose();
  }

  private apply(params: unknown): void {
    const s = (params as { statement?: StatementView } | undefined)?.statement;
    if (!s || typeof s.name !== 'string' || typeof s.phase !== 'string') return;
    this.put(s);
  }
}
