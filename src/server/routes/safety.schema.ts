/**
 * The safety checks' part of the API (issue 17): the warnings as a preview shows them, and
 * the 409 of an act that was not confirmed, documented on each checked route.
 */
import { Type } from 'typebox';
import { SAFETY_WARNING_CODES } from '../../domain/safety/safety-warnings.js';
import { ErrorBodySchema, LocalizedMessageSchema } from './common.schema.js';

export const SafetyWarningSchema = Type.Object({
  code: Type.Enum([...SAFETY_WARNING_CODES], { description: 'Stable machine code of the warning' }),
  message: LocalizedMessageSchema,
});

const CODES = SAFETY_WARNING_CODES.join(', ');

/** The 409 of a checked act, whatever else may answer 409 on the route. */
export const confirmationResponse = (what: string) =>
  Type.Object(ErrorBodySchema.properties, {
    description:
      `Conflict. safety.confirmation_required: ${what} needs confirming; each warning that applies is a field ` +
      `(path /confirm/warnings, code one of ${CODES}, the message to show)` +
      '; safety.count_changed: the number of recipients is no longer the one confirmed. Other codes: the refusals of the act itself.',
  });
