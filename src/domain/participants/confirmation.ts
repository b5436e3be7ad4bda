/**
 * Confirmation (xác nhận) through the delegate's personal link, without an account:
 * attend, decline, or name a substitute (người dự thay). A delegate may change their mind
 * until the deadline; after it, the link refuses with `confirmation.deadline_passed`.
 * The current time is passed in; nothing here reads a clock.
 */
import type { FieldProblem, LocalizedMessage } from '../errors.js';
import { normalizeText } from '../text.js';
import { normalizePhone, validateSubstitute, type AttendanceState, type InvitationState, type Substitute } from './delegate.js';

export type ConfirmationAction = 'attend' | 'decline' | 'substitute';
export const CONFIRMATION_ACTIONS: readonly ConfirmationAction[] = ['attend', 'decline', 'substitute'];

export type ConfirmationRefusal =
  'confirmation.not_invited' | 'confirmation.deadline_passed' | 'confirmation.already_checked_in' | 'confirmation.substitute_invalid';

/**
 * The invitation life cycle. The organizer invites (or withdraws an unanswered
 * invitation); the delegate answers and may change the answer, including naming a
 * different substitute (substituted → substituted).
 */
const TRANSITIONS: Record<InvitationState, readonly InvitationState[]> = {
  not_invited: ['invited'],
  invited: ['not_invited', 'confirmed', 'declined', 'substituted'],
  confirmed: ['declined', 'substituted'],
  declined: ['confirmed', 'substituted'],
  substituted: ['confirmed', 'declined', 'substituted'],
};

export const canTransition = (from: InvitationState, to: InvitationState): boolean => TRANSITIONS[from].includes(to);

export const stateAfter = (action: ConfirmationAction): InvitationState =>
  action === 'attend' ? 'confirmed' : action === 'decline' ? 'declined' : 'substituted';

export interface ConfirmationRequest {
  action: ConfirmationAction;
  /** Required for `substitute`, ignored otherwise. */
  substitute?: Substitute | null;
}

export interface ConfirmationContext {
  /** Local date-time YYYY-MM-DDTHH:mm[:ss] in the conference time zone. */
  now: string;
  /** Last moment an answer may be given or changed (inclusive); null: until check-in. */
  deadline: string | null;
}

export type ConfirmationResult =
  | { ok: true; invitation: InvitationState; substitute: Substitute | null; changed: boolean }
  | { ok: false; code: ConfirmationRefusal; message: LocalizedMessage; fields: FieldProblem[] };

const LOCAL = /^(\d{4}-\d{2}-\d{2}T\d{2}:\d{2})(:\d{2})?$/;
/** Comparable form of a local date-time; throws on anything else so a wrong caller fails loudly. */
const comparable = (value: string): string => {
  const match = LOCAL.exec(value);
  if (!match) throw new RangeError(`Not a local date-time YYYY-MM-DDTHH:mm[:ss]: ${value}`);
  return `${match[1]}${match[2] ?? ':00'}`;
};

/** True while answers are still accepted: now ≤ deadline, or no deadline. */
export const isOpen = (context: ConfirmationContext): boolean =>
  context.deadline === null || comparable(context.now) <= comparable(context.deadline);

const refuse = (code: ConfirmationRefusal, message: LocalizedMessage, fields: FieldProblem[] = []): ConfirmationResult => ({
  ok: false,
  code,
  message,
  fields,
});

const cleanSubstitute = (s: Substitute): Substitute => ({
  fullName: normalizeText(s.fullName).replace(/\s+/g, ' '),
  title: normalizeText(s.title),
  phone: normalizePhone(s.phone) ?? normalizeText(s.phone),
  email: normalizeText(s.email).toLowerCase(),
});

const sameSubstitute = (a: Substitute | null, b: Substitute | null) =>
  a === b || (!!a && !!b && a.fullName === b.fullName && a.title === b.title && a.phone === b.phone && a.email === b.email);

/**
 * The delegate's answer through the link, applied to their current state. Repeating the
 * same answer is accepted and reports `changed: false`. Declining or attending in person
 * clears a substitute named before.
 */
export const applyConfirmation = (
  current: { invitation: InvitationState; substitute: Substitute | null; attendance: AttendanceState },
  request: ConfirmationRequest,
  context: ConfirmationContext,
): ConfirmationResult => {
  if (current.invitation === 'not_invited') {
    return refuse('confirmation.not_invited', {
      vi: 'Đại biểu chưa được mời nên chưa thể xác nhận.',
      en: 'This delegate has not been invited yet, so there is nothing to confirm.',
    });
  }
  if (current.attendance === 'present') {
    return refuse('confirmation.already_checked_in', {
      vi: 'Đại biểu đã điểm danh tại hội nghị; không thể thay đổi xác nhận.',
      en: 'The delegate has already checked in; the answer can no longer be changed.',
    });
  }
  if (!isOpen(context)) {
    return refuse('confirmation.deadline_passed', {
      vi: 'Đã hết hạn xác nhận tham dự. Vui lòng liên hệ ban tổ chức.',
      en: 'The deadline for confirming has passed. Please contact the organizers.',
    });
  }
  const next = stateAfter(request.action);
  let substitute: Substitute | null = null;
  if (request.action === 'substitute') {
    const given = request.substitute ?? { fullName: '', title: '', phone: '', email: '' };
    const problems = validateSubstitute(given);
    if (problems.length > 0) {
      return refuse(
        'confirmation.substitute_invalid',
        { vi: 'Thông tin người dự thay chưa hợp lệ.', en: 'The details of the substitute are not valid.' },
        problems,
      );
    }
    substitute = cleanSubstitute(given);
  }
  const changed = next !== current.invitation || !sameSubstitute(substitute, current.substitute);
  if (changed && next !== current.invitation && !canTransition(current.invitation, next)) {
    throw new Error(`Invitation transition ${current.invitation} → ${next} is not in the life cycle`);
  }
  return { ok: true, invitation: next, substitute, changed };
};
