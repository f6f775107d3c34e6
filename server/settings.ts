/**
 * The server's settings, read from the client's configuration when it supports
 * workspace/configuration: `tideline.format.keywordCase` (formatting, read when asked and cached
 * until didChangeConfiguration) and `tideline.catalog` / `tideline.database` (the current
 * catalog and database a file starts in when neither a USE nor the file directive says: the
 * last fallback), kept up to date so diagnostics, which are computed synchronously, can read them;
 * `tideline.inlayHints.types` / `.parameterNames` / `.selectStar` (off unless set to true, as
 * the issue and VS Code's own language features have them: hints are opt-in).
 */
import type { Connection } from 'vscode-languageserver/node';
import type { FormattingSettings, InlayHintOptions } from '../engine/language';
import type { ContextSettings } from '../engine/catalog/context';

const KEYWORD_CASES = new Set(['upper', 'lower', 'preserve']);

export class Settings {
  private cached: FormattingSettings | undefined;
  private cachedHints: InlayHintOptions | undefined;
  private contextSettings: ContextSettings = {};
  supportsConfiguration = false;

  constructor(private readonly connection: Connection) {}

  invalidate(): void {
    this.cached = undefined;
    this.cachedHints = undefined;
  }

  async inlayHints(): Promise<InlayHintOptions> {
    if (this.cachedHints) return this.cachedHints;
    const section = await this.section('tideline.inlayHints');
    this.cachedHints = { types: section?.types === true, parameterNames: section?.parameterNames === true, selectStar: section?.selectStar === true };
    return this.cachedHints;
  }

  /** The settings' catalog and database as last read (`refreshContext`). */
  get context(): ContextSettings {
    return this.contextSettings;
  }

  /** Reads `tideline.catalog` and `tideline.database`; resolves whether they changed. */
  async refreshContext(): Promise<boolean> {
    const section = await this.section('tideline');
    const name = (v: unknown): string | undefined => (typeof v === 'string' && v.trim() !== '' ? v.trim() : undefined);
    const catalog = name(section?.catalog);
    const database = name(section?.database);
    const next: ContextSettings = { ...(catalog ? { catalog } : {}), ...(database ? { database } : {}) };
    const changed = next.catalog !== this.contextSettings.catalog || next.database !== this.contextSettings.database;
    this.contextSettings = next;
    return changed;
  }

  async formatting(): Promise<FormattingSettings> {
    if (this.cached) return this.cached;
    const keywordCase = (await this.section('tideline.format'))?.keywordCase;
    this.cached = typeof keywordCase === 'string' && KEYWORD_CASES.has(keywordCase) ? { keywordCase: keywordCase as FormattingSettings['keywordCase'] } : {};
    return this.cached;
  }

  /** A configuration section from the client; undefined when it has none or cannot answer. */
  private async section(name: string): Promise<Record<string, unknown> | undefined> {
    if (!this.supportsConfiguration) return undefined;
    try {
      const s = (await this.connection.workspace.getConfiguration(name)) as unknown;
      return s && typeof s === 'object' ? (s as Record<string, unknown>) : undefined;
    } catch {
      return undefined;
    }
  }
}
