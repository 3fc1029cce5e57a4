export interface ViewCounterOptions {
  /** Adds counted views (by scenario id, or by share slug) to the stored counts. */
  write: (views: ReadonlyMap<string, number>) => Promise<void>;
  /**
   * How often buffered views are written. 0 writes every view at once (tests, scripts). A positive
   * interval turns a view into a counter bump in memory: a popular shared scenario would otherwise
   * queue every reader behind the same row lock, one commit per page view.
   */
  flushEveryMs: number;
  /** Told about a flush that failed; the views stay buffered and go with the next flush. */
  onFlushError?: (error: unknown) => void;
}

/**
 * Counts scenario views, keyed by whatever `write` understands (scenario id or share slug). Each app
 * instance buffers its own views and adds them with one statement per flush (increments, so instances
 * never overwrite each other). It has no dependencies, so the request proxy can count too. A crash loses at most one interval of
 * views: an accepted trade for a popularity counter, never for anything a user saved.
 */
export class ViewCounter {
  readonly #options: ViewCounterOptions;
  #pending = new Map<string, number>();
  #timer: NodeJS.Timeout | undefined;
  #flushing: Promise<void> | undefined;

  constructor(options: ViewCounterOptions) {
    if (!Number.isInteger(options.flushEveryMs) || options.flushEveryMs < 0) {
      throw new RangeError('flushEveryMs must be a whole number of milliseconds, 0 or more');
    }
    this.#options = options;
  }

  /** Counts one view of `key`. Resolves once it is stored (unbuffered) or buffered. */
  async record(key: string): Promise<void> {
    this.#pending.set(key, (this.#pending.get(key) ?? 0) + 1);
    if (this.#options.flushEveryMs === 0) {
      await this.flush();
      return;
    }
    this.#timer ??= setTimeout(() => {
      this.#timer = undefined;
      this.flush().catch((error: unknown) => this.#options.onFlushError?.(error));
    }, this.#options.flushEveryMs).unref(); // buffered views never keep a process alive
  }

  /** Views recorded here and not yet written: what to add to a count just read from the database. */
  pendingFor(key: string): number {
    return this.#pending.get(key) ?? 0;
  }

  /** Writes every buffered view. Concurrent calls share one write; on failure the views stay buffered. */
  async flush(): Promise<void> {
    while (this.#flushing) await this.#flushing;
    if (this.#pending.size === 0) return;
    const batch = this.#pending;
    this.#pending = new Map();
    this.#flushing = this.#options
      .write(batch)
      .catch((error: unknown) => {
        for (const [id, views] of batch) this.#pending.set(id, (this.#pending.get(id) ?? 0) + views);
        throw error;
      })
      .finally(() => {
        this.#flushing = undefined;
      });
    await this.#flushing;
  }
}
