/**
 * The background queue of invitation deliveries: ids in, each processed once by at most
 * `concurrency` workers, in order. Processing errors are the processor's business (it marks
 * the delivery failed); a thrown error is logged and the queue goes on. `close` stops taking
 * work and waits for what is running; the rest stays `queued` in the database and is
 * resumed at the next start.
 */

export interface QueueLogger {
  error(details: object, message: string): void;
}

export class DeliveryQueue {
  private readonly pending: string[] = [];
  private readonly known = new Set<string>();
  private running = 0;
  private closed = false;
  private idleWaiters: (() => void)[] = [];

  constructor(
    private readonly process: (id: string) => Promise<void>,
    private readonly concurrency: number,
    private readonly logger: QueueLogger = { error: () => undefined },
  ) {}

  /** Adds deliveries; one already waiting or running is not added twice. */
  enqueue(ids: readonly string[]): void {
    if (this.closed) return;
    for (const id of ids) {
      if (this.known.has(id)) continue;
      this.known.add(id);
      this.pending.push(id);
    }
    this.pump();
  }

  get size(): number {
    return this.pending.length + this.running;
  }

  /** Resolves when nothing is waiting or running. */
  idle(): Promise<void> {
    if (this.size === 0) return Promise.resolve();
    return new Promise((resolve) => this.idleWaiters.push(resolve));
  }

  /** Takes no more work, drops what waits (it stays queued in the database), waits for what runs. */
  async close(): Promise<void> {
    this.closed = true;
    for (const id of this.pending.splice(0)) this.known.delete(id);
    if (this.running === 0) this.notifyIdle();
    await this.idle();
  }

  private pump(): void {
    while (!this.closed && this.running < this.concurrency && this.pending.length > 0) {
      const id = this.pending.shift()!;
      this.running += 1;
      void this.process(id)
        .catch((error: unknown) => this.logger.error({ err: error, deliveryId: id }, 'invitation delivery failed unexpectedly'))
        .finally(() => {
          this.running -= 1;
          this.known.delete(id);
          this.pump();
          if (this.size === 0) this.notifyIdle();
        });
    }
  }

  private notifyIdle(): void {
    const waiters = this.idleWaiters;
    this.idleWaiters = [];
    for (const resolve of waiters) resolve();
  }
}
