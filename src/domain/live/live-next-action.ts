/**
 * The chair's next action as the meeting stands, which the console shows as its one primary
 * button: before the meeting, open it; while a clock is paused, resume; while someone
 * speaks, end the speech; otherwise start the next item, or end the last one, or close the
 * meeting when nothing is left. Null once the meeting is over.
 */
import type { LiveState } from './live-state.js';
import { nextItem } from './live-view.js';

export type NextAction = 'start_meeting' | 'resume' | 'end_floor' | 'start_item' | 'end_item' | 'end_meeting';

/** Whether the clock of what runs (the speaker's, else the item's) is paused. */
export const isPaused = (state: LiveState): boolean => (state.floor?.timer ?? state.itemTimer)?.runningSince === null;

export const nextAction = (state: LiveState): NextAction | null => {
  if (state.phase === 'not_started') return 'start_meeting';
  if (state.phase === 'ended') return null;
  if (isPaused(state)) return 'resume';
  if (state.floor) return 'end_floor';
  if (nextItem(state)) return 'start_item';
  if (state.currentItemId !== null) return 'end_item';
  return 'end_meeting';
};
