/**
 * Debounced diagnostics: each change (re)schedules its document; when the timer fires the
 * diagnostics of the current version are computed and published with that version. A version
 * superseded before its timer fires is never published.
 *
 * A newly opened document gets the diagnostics of the part in view first (`computeView`, when
 * the document is longer than that part), then, after a turn of the event loop (requests that
 * came in meanwhile are answered), those of the whole document, published again.
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
    /** The diagnostics of the part of a newly opened document in view; undefined when that is all of it. */
    private readonly computeView?: (d: OpenDocument) => Diagnostic[] | undefined,
  ) {}

  /** Schedules `d` at its current version; `immediate` for a newly opened document. */
  schedule(d: OpenDocument, immediate = false): void {
    this.arm(d, immediate ? 0 : this.delayMs, immediate);
  }

  /** `viewFirst`: publish the part in view first, then the whole document. */
  private arm(d: OpenDocument, delay: number, viewFirst: boolean): void {
    this.cancel(d.uri);
    const version = d.version;
    const timer = setTimeout(() => {
      this.timers.delete(d.uri);
      if (d.version !== version) return; // stale: a newer change has its own timer
      try {
        const view = viewFirst ? this.computeView?.(d) : undefined;
        if (view) {
          this.publish(d.uri, version, view);
          // the whole document, after a turn of the event loop (unless a change came meanwhile: it has its own timer)
          if (d.version === version) this.arm(d, 0, false);
          return;
        }
        this.publish(d.uri, version, this.compute(d));
      } catch (err) {
        this.onError(err);
      }
    }, delay);
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
