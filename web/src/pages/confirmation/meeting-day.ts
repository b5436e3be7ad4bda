/**
 * Whether today, in Asia/Ho_Chi_Minh (UTC+7 all year), is the day the conference starts: the
 * confirmation page then leads to the live view. A start not fixed yet is never today.
 */
const VIETNAM_OFFSET_MS = 7 * 3600 * 1000;

/** `startsAt`: the local `YYYY-MM-DDTHH:mm` of the plan, or null while not fixed. */
export const isMeetingDay = (startsAt: string | null, nowMs: number): boolean =>
  startsAt !== null && startsAt.slice(0, 10) === new Date(nowMs + VIETNAM_OFFSET_MS).toISOString().slice(0, 10);
