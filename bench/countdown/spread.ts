/**
 * The countdown bench's arithmetic: which figures count as second-transitions, how far apart
 * the pages showed each one, and how late each page was after the instant the server's timer
 * says the figure begins.
 */
import type { LiveTimer } from '../../src/domain/live/live-state.js';
import { percentile } from '../stats.js';
import type { Mark } from './page-clock.js';

export interface Transition {
  text: string;
  /** When each page first showed it (common clock, epoch ms). */
  at: number[];
}

/**
 * The first `count` figures that every page showed for the first time after `since` (the
 * moment every page has the event that set the timer: figures drawn because an event arrived
 * are not transitions), in the order the first page showed them.
 */
export const transitionsAfter = (pages: Mark[][], since: number, count: number): Transition[] => {
  const firsts = pages.map((marks) => {
    const first = new Map<string, number>();
    for (const mark of marks) if (mark.text !== null && !first.has(mark.text)) first.set(mark.text, mark.at);
    return first;
  });
  const order = [...firsts[0]!.entries()].sort((a, b) => a[1] - b[1]).map(([text]) => text);
  const found: Transition[] = [];
  for (const text of order) {
    const at = firsts.map((first) => first.get(text));
    if (at.some((moment) => moment === undefined || moment <= since)) continue;
    found.push({ text, at: at as number[] });
    if (found.length === count) break;
  }
  return found;
};

/** The server instant at which a running timer's figure `text` ("06:59", "-00:02") begins (formatClock rounds away from zero). */
export const figureBegins = (timer: LiveTimer, text: string): number => {
  if (timer.runningSince === null || timer.durationMs === null) throw new Error('the bench measures a running countdown');
  const negative = text.startsWith('-');
  const seconds = text
    .replace('-', '')
    .split(':')
    .reduce((total, part) => total * 60 + Number(part), 0);
  const zero = timer.runningSince - timer.elapsedMs + timer.durationMs;
  // 07:00 shows from the instant 420 s are left; -00:02 from just after 1 s is over.
  return negative ? zero + (seconds - 1) * 1000 : zero - seconds * 1000;
};

export interface Summary {
  n: number;
  median: number;
  p95: number;
  max: number;
}

export const summarize = (values: number[]): Summary => {
  const sorted = [...values].sort((a, b) => a - b);
  const round = (value: number) => Math.round(value * 10) / 10;
  return { n: sorted.length, median: round(percentile(sorted, 50)), p95: round(percentile(sorted, 95)), max: round(sorted.at(-1) ?? NaN) };
};

/** max − min across pages, per figure. */
export const spreads = (transitions: Transition[]): number[] => transitions.map(({ at }) => Math.max(...at) - Math.min(...at));
