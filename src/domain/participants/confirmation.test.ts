import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { INVITATION_STATES, type InvitationState, type Substitute } from './delegate.js';
import { applyConfirmation, canTransition, CONFIRMATION_ACTIONS, isOpen, stateAfter, type ConfirmationRequest } from './confirmation.js';

const before = { now: '2021-07-05T10:00', deadline: '2021-07-06T17:00' };
const invited = { invitation: 'invited' as InvitationState, substitute: null, attendance: 'unknown' as const };
const sub: Substitute = { fullName: ' Nguyễn  Văn A ', title: 'Phó Chủ tịch', phone: '+84 903 123 456', email: '' };

describe('canTransition', () => {
  const allowed = new Set([
    'not_invited>invited',
    'invited>not_invited',
    'invited>confirmed',
    'invited>declined',
    'invited>substituted',
    'confirmed>declined',
    'confirmed>substituted',
    'declined>confirmed',
    'declined>substituted',
    'substituted>confirmed',
    'substituted>declined',
    'substituted>substituted',
  ]);
  for (const from of INVITATION_STATES) {
    for (const to of INVITATION_STATES) {
      it(`${from} → ${to}`, () => expect(canTransition(from, to)).toBe(allowed.has(`${from}>${to}`)));
    }
  }
});

describe('isOpen', () => {
  it('is open up to and including the deadline minute, closed after', () => {
    expect(isOpen({ now: '2021-07-06T17:00', deadline: '2021-07-06T17:00' })).toBe(true);
    expect(isOpen({ now: '2021-07-06T17:00:59', deadline: '2021-07-06T17:00' })).toBe(false);
    expect(isOpen({ now: '2021-07-06T17:01', deadline: '2021-07-06T17:00' })).toBe(false);
    expect(isOpen({ now: '2030-01-01T00:00', deadline: null })).toBe(true);
  });
  it('refuses a time that is not a local date-time rather than guess', () => {
    expect(() => isOpen({ now: '2021-07-06T10:00:00Z', deadline: '2021-07-06T17:00' })).toThrow(RangeError);
    expect(() => isOpen({ now: 'yesterday', deadline: '2021-07-06T17:00' })).toThrow(RangeError);
  });
});

describe('applyConfirmation', () => {
  it('attend, decline and substitute from an invitation', () => {
    expect(applyConfirmation(invited, { action: 'attend' }, before)).toEqual({
      ok: true,
      invitation: 'confirmed',
      substitute: null,
      changed: true,
    });
    expect(applyConfirmation(invited, { action: 'decline' }, before)).toMatchObject({ ok: true, invitation: 'declined' });
    expect(applyConfirmation(invited, { action: 'substitute', substitute: sub }, before)).toEqual({
      ok: true,
      invitation: 'substituted',
      substitute: { fullName: 'Nguyễn Văn A', title: 'Phó Chủ tịch', phone: '0903123456', email: '' },
      changed: true,
    });
  });
  it('allows a change of mind before the deadline and clears the substitute when attending in person', () => {
    const substituted = { ...invited, invitation: 'substituted' as const, substitute: { ...sub, fullName: 'Nguyễn Văn A' } };
    expect(applyConfirmation(substituted, { action: 'attend' }, before)).toMatchObject({
      ok: true,
      invitation: 'confirmed',
      substitute: null,
    });
    const declined = { ...invited, invitation: 'declined' as const };
    expect(applyConfirmation(declined, { action: 'attend' }, before)).toMatchObject({ ok: true, invitation: 'confirmed', changed: true });
  });
  it('reports a repeated answer as unchanged, and a new substitute as a change', () => {
    const confirmed = { ...invited, invitation: 'confirmed' as const };
    expect(applyConfirmation(confirmed, { action: 'attend' }, before)).toMatchObject({ ok: true, changed: false });
    const first = applyConfirmation(invited, { action: 'substitute', substitute: sub }, before);
    if (!first.ok) throw new Error('expected ok');
    const state = { ...invited, invitation: first.invitation, substitute: first.substitute };
    expect(applyConfirmation(state, { action: 'substitute', substitute: sub }, before)).toMatchObject({ changed: false });
    expect(applyConfirmation(state, { action: 'substitute', substitute: { ...sub, fullName: 'Trần B' } }, before)).toMatchObject({
      changed: true,
    });
  });
  it('refuses after the deadline with a clear code and message', () => {
    const result = applyConfirmation(invited, { action: 'attend' }, { now: '2021-07-06T17:01', deadline: '2021-07-06T17:00' });
    expect(result).toMatchObject({ ok: false, code: 'confirmation.deadline_passed' });
    if (!result.ok) expect(result.message.vi).toMatch(/hết hạn/);
  });
  it('refuses before an invitation and after check-in', () => {
    expect(applyConfirmation({ ...invited, invitation: 'not_invited' }, { action: 'attend' }, before)).toMatchObject({
      code: 'confirmation.not_invited',
    });
    expect(applyConfirmation({ ...invited, attendance: 'present' }, { action: 'decline' }, before)).toMatchObject({
      code: 'confirmation.already_checked_in',
    });
  });
  it('refuses a substitute without a name or contact, with the field problems', () => {
    const result = applyConfirmation(
      invited,
      { action: 'substitute', substitute: { fullName: '', title: '', phone: '12', email: '' } },
      before,
    );
    expect(result).toMatchObject({ ok: false, code: 'confirmation.substitute_invalid' });
    if (!result.ok) expect(result.fields.map((f) => f.code)).toEqual(['delegate.name_required', 'delegate.phone_invalid']);
    expect(applyConfirmation(invited, { action: 'substitute' }, before)).toMatchObject({
      ok: false,
      code: 'confirmation.substitute_invalid',
    });
  });
  it('property: before the deadline any sequence of answers ends in the last answer, and every step is a legal transition', () => {
    const request: fc.Arbitrary<ConfirmationRequest> = fc
      .constantFrom(...CONFIRMATION_ACTIONS)
      .map((action) => (action === 'substitute' ? { action, substitute: sub } : { action }));
    fc.assert(
      fc.property(fc.array(request, { minLength: 1, maxLength: 20 }), (requests) => {
        let state = { ...invited } as { invitation: InvitationState; substitute: Substitute | null; attendance: 'unknown' };
        for (const r of requests) {
          const result = applyConfirmation(state, r, before);
          if (!result.ok) throw new Error(result.code);
          if (result.changed && result.invitation !== state.invitation)
            expect(canTransition(state.invitation, result.invitation)).toBe(true);
          state = { ...state, invitation: result.invitation, substitute: result.substitute };
        }
        expect(state.invitation).toBe(stateAfter(requests.at(-1)!.action));
        expect(state.substitute !== null).toBe(state.invitation === 'substituted');
      }),
    );
  });
  it('property: after the deadline nothing is accepted', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...INVITATION_STATES),
        fc.constantFrom(...CONFIRMATION_ACTIONS),
        fc.integer({ min: 1, max: 59 }),
        (invitation, action, minute) => {
          const now = `2021-07-06T17:${String(minute).padStart(2, '0')}`;
          const result = applyConfirmation({ ...invited, invitation }, { action, substitute: sub }, { now, deadline: '2021-07-06T17:00' });
          expect(result.ok).toBe(false);
        },
      ),
    );
  });
});
