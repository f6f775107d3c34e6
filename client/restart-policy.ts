/**
 * When a crashed child process (language server, engine host) may be restarted, and after how
 * long: bounded retries within a sliding window, with exponential backoff. Pure (no vscode), so
 * unit tests drive it with their own clock.
 */
export interface RestartPolicyOptions {
  /** Restarts allowed within `windowMs`; the next crash inside the window gives up. */
  readonly maxRestarts: number;
  readonly windowMs: number;
  /** Delay before the first restart; doubles for each further crash in the window. */
  readonly initialDelayMs: number;
  readonly maxDelayMs: number;
}

export const DEFAULT_RESTART_POLICY: RestartPolicyOptions = {
  maxRestarts: 4,
  windowMs: 3 * 60_000,
  initialDelayMs: 500,
  maxDelayMs: 8_000,
};

export type RestartDecision =
  | { readonly restart: true; readonly attempt: number; readonly of: number; readonly delayMs: number }
  | { readonly restart: false; readonly crashes: number; readonly windowMs: number };

export class RestartPolicy {
  private crashes: number[] = [];

  constructor(
    private readonly options: RestartPolicyOptions = DEFAULT_RESTART_POLICY,
    private readonly now: () => number = Date.now,
  ) {}

  /** Records a crash and decides whether to restart. */
  onCrash(): RestartDecision {
    const t = this.now();
    this.crashes = this.crashes.filter((c) => t - c < this.options.windowMs);
    this.crashes.push(t);
    const attempt = this.crashes.length;
    if (attempt > this.options.maxRestarts) {
      return { restart: false, crashes: attempt, windowMs: this.options.windowMs };
    }
    const delayMs = Math.min(this.options.maxDelayMs, this.options.initialDelayMs * 2 ** (attempt - 1));
    return { restart: true, attempt, of: this.options.maxRestarts, delayMs };
  }

  /** Forgets past crashes (a restart the user asked for starts with a clean slate). */
  reset(): void {
    this.crashes = [];
  }
}
