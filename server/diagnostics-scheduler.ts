/**
 * Debounced diagnostics: each change (re)schedules its document; when the timer fires the
 * diagnostics of the current version are computed and published with that version. A version
 * superseded before its timer fires is never published.
 */
import type { Diagnostic } from '../engine/diagnostic';
import type { OpenDocument } from './documents';

export type Publish = (uri: string, version: number, diagnostics: Diagnostic[]) => void;

export class DiagnosticsScheduler {
  private readonly timers = new Map<string, { timer: NodeJS.Timeout; version: number }>();

  constructor(
    private readonly compute: (d: OpenDocument) => Diagnostic[],
    private readonly publish: Publish,
    /** How long a change waits for the next one before its diagnostics are computed. */
    public delayMs = 150,
    private readonly onError: (err: unknown) => void = () => {},
  ) {}

  /** Schedules `d` at its current version; `immediate` for a newly opened document. */
  schedule(d: OpenDocument, immediate = false): void {
    this.cancel(d.uri);
    const version = d.version;
    const timer = setTimeout(() => {
      this.timers.delete(d.uri);
      if (d.version !== version) return; // stale: a newer change has its own timer
      try {
        this.publish(d.uri, version, this.compute(d));
      } catch (err) {
        this.onError(err);
      }
    }, immediate ? 0 : this.delayMs);
    this.timers.set(d.uri, { timer, version });
  }

  cancel(uri: string): void {
    const t = this.timers.get(uri);
    if (t) clearTimeout(t.timer);
    this.timers.delete(uri);
  }

  /** Versions waiting for their timer, by URI. */
  pending(): Map<string, number> {
    return new Map([...this.timers].map(([uri, t]) => [uri, t.version]));
  }
}
