/**
 * The explicit confirmation of a checked act (issue 17): the caller names the warnings it was
 * shown (safety-warnings.ts) and, for a send, how many delegates it agreed to send to. The act
 * is refused (409) while a warning that applies now is not named, or when the number of
 * recipients is no longer the one confirmed; naming a warning that does not apply is harmless.
 * The refusal lists what needs confirming, each warning as a field of `/confirm/warnings`.
 */
import { Type, type Static } from 'typebox';
import { DomainError, type FieldProblem } from '../errors.js';
import type { SafetyWarning } from './safety-warnings.js';

const WarningCodes = Type.Array(Type.String({ pattern: '^safety\\.[a-z_]+$', maxLength: 64 }), {
  maxItems: 20,
  uniqueItems: true,
  description: 'The codes of the warnings shown to the user and accepted (safety.confirmation_required lists them)',
});

/** Confirmation of opening the meeting. */
export const OpeningConfirmation = Type.Object(
  { warnings: WarningCodes },
  { additionalProperties: false, description: 'The warnings accepted before opening the meeting' },
);
export type OpeningConfirmation = Static<typeof OpeningConfirmation>;

/** Confirmation of a send: the number of recipients shown and the warnings accepted. */
export const SendConfirmation = Type.Object(
  {
    count: Type.Integer({ minimum: 0, maximum: 100000, description: 'The number of delegates the user agreed to send to' }),
    warnings: WarningCodes,
  },
  { additionalProperties: false, description: 'Required: what the user saw and accepted before sending (POST …/invitations/preview)' },
);
export type SendConfirmation = Static<typeof SendConfirmation>;

const warningField = (warning: SafetyWarning): FieldProblem => ({
  path: '/confirm/warnings',
  code: warning.code,
  message: warning.message,
});

const countField = (count: number): FieldProblem => ({
  path: '/confirm/count',
  code: 'safety.recipients',
  message: { vi: `Sẽ gửi đến ${count} đại biểu.`, en: `${count} delegate${count === 1 ? '' : 's'} would receive it.` },
});

/**
 * The refusal of an act whose confirmation is missing or stale, or null when it may go ahead.
 * `count` is given for a send (the number of recipients now), omitted for the opening.
 */
export function confirmationRefusal(
  warnings: readonly SafetyWarning[],
  confirm: { warnings: readonly string[]; count?: number } | undefined,
  count?: number,
): DomainError | null {
  const fields = [...warnings.map(warningField), ...(count === undefined ? [] : [countField(count)])];
  if (count !== undefined && confirm?.count !== undefined && confirm.count !== count) {
    return new DomainError(
      409,
      'safety.count_changed',
      {
        vi: `Số đại biểu sẽ nhận đã thay đổi: đã xác nhận ${confirm.count}, nay là ${count}. Hãy xem lại rồi xác nhận.`,
        en: `The number of recipients changed: ${confirm.count} confirmed, ${count} now. Review and confirm again.`,
      },
      fields,
    );
  }
  const accepted = new Set(confirm?.warnings ?? []);
  const missing = warnings.filter((warning) => !accepted.has(warning.code));
  const countMissing = count !== undefined && confirm?.count === undefined;
  if (missing.length === 0 && !countMissing) return null;
  return new DomainError(
    409,
    'safety.confirmation_required',
    {
      vi: 'Cần xác nhận trước khi thực hiện: hãy xem các cảnh báo và số người nhận rồi xác nhận.',
      en: 'Confirmation required: review the warnings and the recipients, then confirm.',
    },
    fields,
  );
}

/** What the audit row keeps of a confirmation: the warnings that applied (all accepted) and the count. */
export const confirmedOf = (warnings: readonly SafetyWarning[], count?: number) => ({
  warnings: warnings.map((warning) => warning.code),
  ...(count === undefined ? {} : { count }),
});
