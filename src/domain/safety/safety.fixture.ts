/**
 * For tests whose subject is not the safety checks: opening the meeting with every opening
 * warning accepted (a test plan is a draft dated 2021, so both apply), as a chair who read them.
 */
import type { SafetyWarningCode } from './safety-warnings.js';

export const OPENING_WARNINGS: SafetyWarningCode[] = ['safety.opening_other_day', 'safety.plan_draft'];

export const START_CONFIRMED = { type: 'start_meeting', confirm: { warnings: OPENING_WARNINGS } } as const satisfies {
  type: 'start_meeting';
  confirm: { warnings: string[] };
};
