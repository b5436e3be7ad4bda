import type { Cases } from './case.js';

/** The audit cases of issue 16's consultations routes. */
export const consultationCases: Cases = {};
