import type { Cases } from './case.js';

/** The audit cases of issue 16's documents routes. */
export const documentCases: Cases = {};
