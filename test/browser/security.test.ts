/**
 * Attacks and errors seen from the browser: a script in every free-text field the web app
 * renders does not run (under the server's Content-Security-Policy, and in React's escaping
 * regardless); the login page's wrong-password and too-many-attempts messages; the new
 * screens in English.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Conference } from '../../src/domain/conference.schema.js';
import { createUser, recordDialogs } from './accounts.js';
import { startHarness, type Harness } from './harness.js';

const PAYLOAD = `<img src=x onerror="window.__xss=1"><script>window.__xss=1</script><svg onload="window.__xss=1">`;
/** Fields that are not free text (ids, dates, enums, references). */
const NOT_TEXT =
  /^(id|.*Id|.*Ids|position|startsAt|endsAt|date|deadline|status|kind|scope|documentType|.*At|version|unitCode|producesDocument|archived)$/;

let h: Harness;
let conference: Conference;

/** Patches every string field of an entity to the payload, field by field (a field the server refuses is skipped). */
const poison = async (path: string, entity: Record<string, unknown>) => {
  let written = 0;
  for (const [key, value] of Object.entries(entity)) {
    if (typeof value !== 'string' || NOT_TEXT.test(key)) continue;
    const version = (await h.api<Conference>('GET', `/conferences/${conference.id}`)).body.version;
    const result = await h.api('PATCH', path, { [key]: `${key} ${PAYLOAD}` }, { 'If-Match': `"${version}"` });
    if (result.status === 200) written += 1;
  }
  return written;
};

beforeAll(async () => {
  h = await startHarness();
  conference = await h.createDemo();
});
afterAll(async () => {
  await h?.stop();
});

describe('a script in every free-text field does not run', () => {
  it('stores the payload in every text field of the plan, of a user and of a link', async () => {
    const c = `/conferences/${conference.id}`;
    let written = await poison(c, conference);
    for (const [kind, items] of [
      ['bridge-points', conference.bridgePoints],
      ['participant-groups', conference.participantGroups],
      ['assignments', conference.assignments],
      ['tasks', conference.tasks],
      ['agenda-items', conference.agendaItems],
    ] as const) {
      for (const item of items.slice(0, 2)) written += await poison(`${c}/${kind}/${item.id}`, item);
    }
    let version = (await h.api<Conference>('GET', c)).body.version;
    const cost = await h.api<Conference>(
      'PUT',
      `${c}/cost-lines`,
      { lines: [{ description: PAYLOAD, amountVnd: 1000 }] },
      { 'If-Match': `"${version}"` },
    );
    expect(cost.status).toBe(200);
    version = cost.body.version;
    const distribution = await h.api<Conference>(
      'PUT',
      `${c}/distribution`,
      { lines: [{ text: PAYLOAD }] },
      { 'If-Match': `"${version}"` },
    );
    expect(distribution.status).toBe(200);
    version = distribution.body.version;
    // The convening document's own parts: sessions, chairs, outline (issue 14).
    const session = {
      label: PAYLOAD,
      date: '2021-07-07',
      dateIsApproximate: false,
      startTime: '08:00',
      endTime: null,
      partOfDay: null,
      timeText: PAYLOAD,
    };
    const sessions = await h.api<Conference>('PUT', `${c}/sessions`, { sessions: [session] }, { 'If-Match': `"${version}"` });
    expect(sessions.status).toBe(200);
    const chair = { role: 'chair', personName: PAYLOAD, title: PAYLOAD, text: PAYLOAD };
    const chairs = await h.api<Conference>('PUT', `${c}/chairs`, { chairs: [chair] }, { 'If-Match': `"${sessions.body.version}"` });
    expect(chairs.status).toBe(200);
    const section = {
      key: 's',
      parentKey: null,
      numbering: 'I',
      heading: PAYLOAD,
      kind: 'other',
      paragraphs: [{ level: 0, text: PAYLOAD }],
    };
    const outline = await h.api('PUT', `${c}/outline`, { sections: [section] }, { 'If-Match': `"${chairs.body.version}"` });
    expect(outline.status).toBe(200);
    expect(written).toBeGreaterThan(25);
    await createUser(h, 'xss@dongthap.gov.vn', `Cán bộ ${PAYLOAD}`);
    const inAMonth = new Date(Date.now() + 30 * 86_400_000).toISOString();
    expect((await h.api('POST', `${c}/access-links`, { purpose: 'guest', label: `Khách ${PAYLOAD}`, expiresAt: inAMonth })).status).toBe(
      201,
    );
    const saved = (await h.api<Conference>('GET', c)).body;
    expect(saved.title).toContain('<script>');
    expect(saved.bridgePoints[0]!.name).toContain('onerror');
  });

  // Fifteen screens, each until the network is idle: over half a minute on two busy cores.
  it('visits every screen: nothing runs, no dialog opens, and the CSP header is there', { timeout: 90_000 }, async () => {
    const { page } = h;
    const dialogSeen = recordDialogs(page);
    const screens = [
      '/',
      ...[
        'general',
        'bridge-points',
        'participants',
        'assignments',
        'agenda',
        'budget',
        'distribution',
        'signer',
        'outline',
        'unclassified',
        'access',
        'audit',
      ].map((section) => `/conferences/${conference.id}/${section}`),
      '/quan-tri/nguoi-dung',
      '/quan-tri/nhat-ky',
    ];
    for (const screen of screens) {
      const response = await page.goto(`${h.baseUrl}${screen}`);
      expect(response?.headers()['content-security-policy'], screen).toContain("script-src 'self'");
      await page.locator('main h1, main h2').first().waitFor();
      await page.waitForLoadState('networkidle');
      expect(await page.evaluate(() => (window as { __xss?: unknown }).__xss), screen).toBeUndefined();
    }
    // The payload is on the screen as text.
    await page.goto(`${h.baseUrl}/conferences/${conference.id}/access`);
    await page.getByText(`Khách ${PAYLOAD}`).first().waitFor();
    await page.goto(`${h.baseUrl}/quan-tri/nguoi-dung`);
    await page.getByText(`Cán bộ ${PAYLOAD}`).waitFor();
    expect(dialogSeen).toEqual([]);
  });
});

describe('login errors', () => {
  it('says when the password is wrong, then that there were too many attempts and how long to wait', async () => {
    await createUser(h, 'chutri@dongthap.gov.vn', 'Lê Văn Chủ Trì');
    const context = await h.newContext();
    const page = context.pages()[0] ?? (await context.newPage());
    page.setDefaultTimeout(10_000);
    await page.goto(`${h.baseUrl}/dang-nhap`);
    for (let attempt = 1; attempt <= 5; attempt += 1) {
      await page.getByLabel('Thư điện tử').fill('chutri@dongthap.gov.vn');
      await page.getByLabel('Mật khẩu').fill(`sai mật khẩu lần ${attempt}`);
      await page.getByRole('button', { name: 'Đăng nhập', exact: true }).click();
      await page.getByText('Địa chỉ thư điện tử hoặc mật khẩu không đúng.').waitFor();
    }
    // After 5 failures each attempt waits 1, 2, 4 … seconds after the last one: a quick 6th, 7th or 8th try is held.
    const tooMany = page.getByText(/Đăng nhập sai quá nhiều lần\. Vui lòng thử lại sau \d+ (giây|phút)\./);
    for (let attempt = 6; attempt <= 8; attempt += 1) {
      await page.getByLabel('Mật khẩu').fill(`sai mật khẩu lần ${attempt}`);
      const answer = page.waitForResponse((response) => response.url().endsWith('/api/v1/auth/login'));
      await page.getByRole('button', { name: 'Đăng nhập', exact: true }).click();
      if ((await answer).status() === 429) break;
    }
    await tooMany.waitFor();
    await page.getByText('tạm dừng đăng nhập trong chốc lát').waitFor();
    expect(page.url()).toContain('/dang-nhap');
  });

  it('sends an anonymous visitor of a deep link to the login page and back afterwards', async () => {
    const context = await h.newContext();
    const page = context.pages()[0] ?? (await context.newPage());
    page.setDefaultTimeout(10_000);
    await page.goto(`${h.baseUrl}/conferences/${conference.id}/agenda`);
    await page.waitForURL(/\/dang-nhap\?next=/);
    await page.getByLabel('Thư điện tử').fill('quantri@dongthap.gov.vn');
    await page.getByLabel('Mật khẩu').fill('mật-khẩu-quản-trị-2021');
    await page.getByRole('button', { name: 'Đăng nhập', exact: true }).click();
    await page.waitForURL(new RegExp(`/conferences/${conference.id}/agenda$`));
    await page.getByRole('heading', { name: 'Chương trình' }).waitFor();
  });
});

describe('the new screens in English', () => {
  it('switches the login, users, access and audit screens', async () => {
    const context = await h.newContext();
    const page = context.pages()[0] ?? (await context.newPage());
    page.setDefaultTimeout(10_000);
    await page.goto(`${h.baseUrl}/dang-nhap`);
    await page.getByRole('button', { name: 'English' }).click();
    await page.getByRole('heading', { name: 'Sign in' }).waitFor();
    await page.getByLabel('E-mail').fill('quantri@dongthap.gov.vn');
    await page.getByLabel('Password').fill('mật-khẩu-quản-trị-2021');
    await page.getByRole('button', { name: 'Sign in', exact: true }).click();
    await page.waitForURL((url) => !url.pathname.startsWith('/dang-nhap'));
    await page.goto(`${h.baseUrl}/quan-tri/nguoi-dung`);
    await page.getByRole('heading', { level: 1, name: 'Users' }).waitFor();
    await page.getByRole('button', { name: 'Create the account' }).waitFor();
    await page.goto(`${h.baseUrl}/conferences/${conference.id}/access`);
    await page.getByRole('heading', { name: 'Members and roles' }).waitFor();
    await page.getByRole('heading', { name: 'Access links' }).waitFor();
    await page.goto(`${h.baseUrl}/conferences/${conference.id}/audit`);
    await page.getByRole('columnheader', { name: 'What happened' }).waitFor();
    // The entries read as English sentences on request.
    await page
      .locator('.audit-sentence', { hasText: /^(quantri@dongthap\.gov\.vn|The system) (created|imported|added|edited) / })
      .first()
      .waitFor();
    await page.locator('.user-menu summary').click();
    await page.getByRole('button', { name: 'Sign out' }).click();
    await page.waitForURL(/\/dang-nhap/);
    await page.getByRole('button', { name: 'Tiếng Việt' }).click();
    await page.getByRole('heading', { name: 'Đăng nhập' }).waitFor();
  });
});
