import type { Cases } from './case.js';

/** The audit cases of issue 16's votes routes. */
export const voteCases: Cases = {};
