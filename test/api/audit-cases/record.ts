import type { Cases } from './case.js';

/** The audit cases of issue 16's record routes. */
export const recordCases: Cases = {};
