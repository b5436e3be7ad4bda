import { describe, expect, it } from 'vitest';
import { confirmationRefusal, confirmedOf } from './confirmation.js';
import type { SafetyWarning } from './safety-warnings.js';

const draft: SafetyWarning = { code: 'safety.plan_draft', message: { vi: 'Dự thảo.', en: 'Draft.' } };
const late: SafetyWarning = { code: 'safety.deadline_passed', message: { vi: 'Quá hạn.', en: 'Late.' } };

describe('confirmationRefusal', () => {
  it('lets an act without warnings go ahead when no count is asked', () => {
    expect(confirmationRefusal([], undefined)).toBeNull();
  });

  it('refuses until every warning that applies is named, listing each as a field', () => {
    const refusal = confirmationRefusal([draft, late], { warnings: ['safety.plan_draft'] });
    expect(refusal?.status).toBe(409);
    expect(refusal?.code).toBe('safety.confirmation_required');
    expect(refusal?.fields.map((field) => [field.path, field.code])).toEqual([
      ['/confirm/warnings', 'safety.plan_draft'],
      ['/confirm/warnings', 'safety.deadline_passed'],
    ]);
    expect(confirmationRefusal([draft, late], { warnings: ['safety.deadline_passed', 'safety.plan_draft'] })).toBeNull();
  });

  it('accepts a warning named that does not apply', () => {
    expect(confirmationRefusal([draft], { warnings: ['safety.plan_draft', 'safety.meeting_ended'] })).toBeNull();
  });

  it('a send needs the count it confirms, and refuses one that no longer matches', () => {
    const missing = confirmationRefusal([], undefined, 12);
    expect(missing?.code).toBe('safety.confirmation_required');
    expect(missing?.fields).toEqual([
      {
        path: '/confirm/count',
        code: 'safety.recipients',
        message: { vi: 'Sẽ gửi đến 12 đại biểu.', en: '12 delegates would receive it.' },
      },
    ]);
    expect(confirmationRefusal([], { warnings: [] }, 12)?.code).toBe('safety.confirmation_required');
    const changed = confirmationRefusal([], { warnings: [], count: 12 }, 13);
    expect(changed?.code).toBe('safety.count_changed');
    expect(changed?.localized.vi).toContain('đã xác nhận 12, nay là 13');
    expect(confirmationRefusal([], { warnings: [], count: 12 }, 12)).toBeNull();
    expect(confirmationRefusal([late], { warnings: [], count: 12 }, 12)?.code).toBe('safety.confirmation_required');
  });

  it('keeps for the audit the warnings that applied and the count', () => {
    expect(confirmedOf([draft, late], 3)).toEqual({ warnings: ['safety.plan_draft', 'safety.deadline_passed'], count: 3 });
    expect(confirmedOf([])).toEqual({ warnings: [] });
  });
});
