import { describe, expect, it } from 'vitest';
import { linkLanding } from './link-landing.js';

const actor = (purpose: Parameters<typeof linkLanding>[0]['purpose'], bridgePointId: string | null = null) => ({
  purpose,
  conferenceId: 'c1',
  bridgePointId,
});

describe('where an access link opens', () => {
  it("opens each link's own screen", () => {
    expect(linkLanding(actor('operator', 'p1'))).toBe('/hoi-nghi/c1/diem-cau/p1');
    expect(linkLanding(actor('display', 'p1'))).toBe('/hoi-nghi/c1/man-hinh/p1');
    expect(linkLanding(actor('delegate'))).toBe('/hoi-nghi/c1/dai-bieu');
    expect(linkLanding(actor('guest'))).toBe('/hoi-nghi/c1/khach-moi');
  });

  it('opens the plan for the links of no screen of their own', () => {
    expect(linkLanding(actor('observer'))).toBe('/conferences/c1/general');
    expect(linkLanding(actor('nominator', 'p1'))).toBe('/conferences/c1/general');
    expect(linkLanding(actor('operator'))).toBe('/conferences/c1/bridge-points');
    expect(linkLanding(actor('display'))).toBe('/conferences/c1/general');
  });
});
