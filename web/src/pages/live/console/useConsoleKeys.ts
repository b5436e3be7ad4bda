/**
 * The chair's keys, so a meeting runs without the mouse: N starts the next item, Space
 * pauses or resumes, E ends the speech. Ignored while typing or on a focused control
 * (Space there presses the control, as always).
 */
import { useEffect } from 'react';
import type { LiveState } from '../../../../../src/domain/live/live-state.js';
import type { Commands } from './useCommands.js';

const typing = (target: EventTarget | null): boolean =>
  target instanceof HTMLElement && (target.isContentEditable || /^(INPUT|TEXTAREA|SELECT|BUTTON|A|SUMMARY)$/.test(target.tagName));

export const useConsoleKeys = (state: LiveState | null, commands: Commands): void => {
  const { act } = commands;
  useEffect(() => {
    if (!state || state.phase !== 'running') return;
    const onKey = (event: KeyboardEvent) => {
      if (event.altKey || event.ctrlKey || event.metaKey || event.repeat || typing(event.target)) return;
      const paused = (state.floor?.timer ?? state.itemTimer)?.runningSince === null;
      if (event.key === 'n' || event.key === 'N') void act({ type: 'start_item' });
      else if (event.key === ' ' && (state.itemTimer || state.floor)) void act({ type: paused ? 'resume' : 'pause' });
      else if ((event.key === 'e' || event.key === 'E') && state.floor) void act({ type: 'end_floor' });
      else return;
      event.preventDefault();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [state, act]);
};
