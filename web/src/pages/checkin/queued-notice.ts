/**
 * What became of the write a "saved on this device, will send when online" notice is about,
 * read from the queue: still waiting, sent (no longer pending nor refused), or refused (the
 * queue's banner says why). The notice must not keep saying "sẽ gửi khi có mạng" once it was sent.
 */
export type QueuedOutcome = 'waiting' | 'sent' | 'refused';

export const queuedOutcome = (
  key: string,
  queue: { pending: readonly { key: string }[]; refused: readonly { key: string }[] },
): QueuedOutcome => {
  if (queue.pending.some((item) => item.key === key)) return 'waiting';
  return queue.refused.some((item) => item.key === key) ? 'refused' : 'sent';
};
