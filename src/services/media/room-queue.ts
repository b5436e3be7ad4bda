/**
 * One queue per media room: a room's changes run one at a time, in the order they came, so
 * the engine hears of them in that order. A failed task does not stop the ones after it.
 */
export class RoomQueues {
  private readonly tails = new Map<string, Promise<unknown>>();

  /** Runs `task` after the room's earlier tasks; its result (or error) is the caller's. */
  run<T>(roomId: string, task: () => Promise<T>): Promise<T> {
    const previous = this.tails.get(roomId) ?? Promise.resolve();
    const next = previous.then(task, task);
    this.tails.set(
      roomId,
      next.catch(() => undefined),
    );
    return next;
  }

  clear(): void {
    this.tails.clear();
  }
}
