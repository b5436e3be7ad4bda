/** The pure domain of the live conference (issue 5): state, commands, decisions, timers, timeline. */
export * from './live-state.js';
export * from './live-commands.js';
export * from './live-timeline.types.js';
export * from './live-errors.js';
export * from './live-timer.js';
export * from './live-init.js';
export * from './live-view.js';
export * from './live-decide.js';
export * from './live-evolve.js';
export * from './live-timeline.js';
export * from './clock-offset.js';
export * from './live-next-action.js';
