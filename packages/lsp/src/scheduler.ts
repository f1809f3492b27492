/**
 * Debounced, cancellable lint runs per document. A new `schedule` for a
 * document cancels the one pending for it, and a run that has started can ask
 * `isCurrent()` — false once a newer run was scheduled or the document was
 * cancelled (closed) — before it publishes anything.
 */
export type ScheduledRun = (uri: string, isCurrent: () => boolean) => Promise<void>;

export class LintScheduler {
  private readonly timers = new Map<string, NodeJS.Timeout>();
  private readonly generations = new Map<string, number>();

  constructor(private readonly run: ScheduledRun) {}

  /** Runs after `delayMs` unless scheduled again or cancelled first. */
  schedule(uri: string, delayMs: number): void {
    const generation = this.bump(uri);
    clearTimeout(this.timers.get(uri));
    this.timers.set(
      uri,
      setTimeout(() => {
        this.timers.delete(uri);
        void this.run(uri, () => this.generations.get(uri) === generation);
      }, delayMs),
    );
  }

  /** Drops the pending run and marks a running one as stale. */
  cancel(uri: string): void {
    this.bump(uri);
    clearTimeout(this.timers.get(uri));
    this.timers.delete(uri);
  }

  dispose(): void {
    for (const timer of this.timers.values()) clearTimeout(timer);
    this.timers.clear();
  }

  private bump(uri: string): number {
    const next = (this.generations.get(uri) ?? 0) + 1;
    this.generations.set(uri, next);
    return next;
  }
}
