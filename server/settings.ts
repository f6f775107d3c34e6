/**
 * The server's settings (`tideline.format.keywordCase`), read from the client's configuration
 * when it supports workspace/configuration, cached until didChangeConfiguration.
 */
import type { Connection } from 'vscode-languageserver/node';
import type { FormattingSettings } from '../engine/language';

const KEYWORD_CASES = new Set(['upper', 'lower', 'preserve']);

export class Settings {
  private cached: FormattingSettings | undefined;
  supportsConfiguration = false;

  constructor(private readonly connection: Connection) {}

  invalidate(): void {
    this.cached = undefined;
  }

  async formatting(): Promise<FormattingSettings> {
    if (this.cached) return this.cached;
    let keywordCase: unknown;
    if (this.supportsConfiguration) {
      try {
        const section = (await this.connection.workspace.getConfiguration('tideline.format')) as { keywordCase?: unknown } | null;
        keywordCase = section?.keywordCase;
      } catch {
        keywordCase = undefined;
      }
    }
    this.cached = typeof keywordCase === 'string' && KEYWORD_CASES.has(keywordCase) ? { keywordCase: keywordCase as FormattingSettings['keywordCase'] } : {};
    return this.cached;
  }
}
