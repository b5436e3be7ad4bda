/**
 * Every cell of permissionMatrix() (role × action × state of the conference) walked through
 * the real HTTP API: for each role a real actor (a user with a membership, a link session,
 * nobody), for each action the request that performs it; allowed cells must succeed and
 * denied ones must fail with 401 (anonymous), 404 (a conference the actor may not read at
 * all) or 403, or, for the parts the presenter strips, come back without them.
 */
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Credentials } from './helpers.js';
import { SYSTEM_ACTIONS, USER_ACTIONS, type Action } from '../../src/domain/access/actions.js';
import { permissionMatrix, type MatrixState } from '../../src/domain/access/matrix.js';
import type { Conference } from '../../src/domain/conference.schema.js';
import { as, createUser, grant, linkSession, type TestUser } from './actors.js';
import { API, call, json, openTestApp, participantGroupInput, seedConference, testDatabases, type TestApp } from './helpers.js';
import { CONTENT_PROBES, DESTRUCTIVE_LAST, PROBES, type MatrixFixture } from './matrix-probes.js';
import { uploadDocument } from './document-helpers.js';

const SEED_PLAN = readFileSync(new URL('../../reference/seeds/dong-thap-2021-ke-hoach-cchc.txt', import.meta.url));
const MEMBER_ROLES = {
  organizer: 'organizer',
  chair: 'chair',
  'operator-own': 'operator',
  'operator-other': 'operator',
  delegate: 'delegate',
  guest: 'guest',
  observer: 'observer',
} as const;
const LINK_ROLES = {
  'link-guest': 'guest',
  'link-delegate': 'delegate',
  'link-nominator': 'nominator',
  'link-operator-own': 'operator',
  'link-operator-other': 'operator',
  'link-display': 'display',
} as const;
const OUTSIDERS = new Set(['no-role', 'link-guest-b']);
const SYSTEM_LEVEL = new Set<string>([...SYSTEM_ACTIONS, ...USER_ACTIONS]);
const PATHS: Record<MatrixState, string[]> = { draft: [], issued: ['issued'], closed: ['issued', 'live', 'closed'], archived: ['issued'] };

describe('the permission matrix through HTTP', () => {
  const matrix = permissionMatrix();
  let t: TestApp;
  const users: Record<string, TestUser> = {};
  let guestOfB: Credentials;
  let otherUserId: string;

  beforeAll(async () => {
    t = await openTestApp(testDatabases()[0]!, {
      documents: {
        renderPlanDocx: async () => Buffer.from('docx'),
        convertDocxToPdf: async () => Buffer.from(''),
        isPdfAvailable: async () => false,
      },
    });
    for (const role of [...Object.keys(MEMBER_ROLES), 'no-role']) users[role] = await createUser(t, role);
    otherUserId = (await createUser(t, 'nguoi-khac')).id;
    const b = await seedConference(t.app, 'Hội nghị B');
    guestOfB = (await linkSession(t, b.id, 'guest')).credentials;
  }, 60_000);
  afterAll(() => t?.close());

  /** Conference A in the state, with the role's actor; own point/group and the other ones. */
  async function fixture(state: MatrixState, roleKey: string, target: 'own' | 'other') {
    const seeded = await seedConference(t.app, `Ma trận ${state} ${roleKey}`);
    const [own, other] = seeded.bridgePoints as [Conference['bridgePoints'][0], Conference['bridgePoints'][0]];
    const base = `${API}/conferences/${seeded.id}`;
    const otherGroup = await call<{ id: string }>(
      t.app,
      { method: 'POST', url: `${base}/participant-groups`, payload: participantGroupInput(other.id) },
      201,
    );
    const ownGroup = seeded.participantGroups.find((g) => g.bridgePointId === own.id)!;
    const addDelegate = (pointId: string, fullName: string) =>
      call<{ id: string }>(
        t.app,
        {
          method: 'POST',
          url: `${base}/delegates`,
          payload: { bridgePointId: pointId, fullName, phone: '0912345678', email: 'dai.bieu@example.vn' },
        },
        201,
      );
    const ownDelegate = await addDelegate(own.id, 'Nguyễn Văn Mình');
    const otherDelegate = await addDelegate(other.id, 'Trần Thị Khác');
    await call(t.app, { method: 'PATCH', url: base, payload: { documentNumber: '45', issueDate: '2021-06-30' } }, 200);
    const document = await uploadDocument(t.app, seeded.id);
    const asked = await call<{ id: string; consultation: { bodies: { id: string; bridgePointId: string | null }[] } }>(
      t.app,
      {
        method: 'POST',
        url: `${base}/consultations`,
        payload: {
          documentId: document.id,
          title: 'dự thảo Quyết định',
          draftingAgency: 'Sở Nội vụ',
          deadline: '2099-06-30',
          bodies: [own, other].map((point) => ({ name: point.name, bridgePointId: point.id, participantGroupId: null, email: '' })),
        },
      },
      201,
    );
    const targetPointId = target === 'own' ? own.id : other.id;
    const slotId = (await call<{ items: { agendaItemId: string }[] }>(t.app, { url: `${base}/contributions` }, 200)).items[0]!.agendaItemId;
    const slotBody = { bodyName: 'Đơn vị trình bày', bridgePointId: targetPointId, participantGroupId: null, email: '', deadline: null };
    await call(t.app, { method: 'PUT', url: `${base}/contributions/${slotId}/body`, payload: slotBody }, 200);
    // A draft notice whose conclusion's lead agency is the target point's body (followup.report is decided by it).
    await call(t.app, { method: 'POST', url: `${base}/conclusion-notice/draft` }, 200);
    const bound = { text: 'Kết luận', leadAgency: 'Đơn vị', cooperatingAgencies: [], taskText: 'Nhiệm vụ', deadline: null };
    const notice = await call<{ conclusions: { id: string }[] }>(
      t.app,
      {
        method: 'POST',
        url: `${base}/conclusion-notice/conclusions`,
        payload: { ...bound, leadBody: { bridgePointId: targetPointId, participantGroupId: null } },
      },
      201,
    );
    let credentials: Credentials | null = null;
    if (roleKey === 'admin') credentials = t.admin.credentials;
    else if (roleKey in MEMBER_ROLES) {
      const role = MEMBER_ROLES[roleKey as keyof typeof MEMBER_ROLES];
      await grant(t, seeded.id, users[roleKey]!, role, role === 'operator' ? [own.id] : []);
      credentials = users[roleKey]!.credentials;
    } else if (roleKey in LINK_ROLES) {
      const purpose = LINK_ROLES[roleKey as keyof typeof LINK_ROLES];
      const scope =
        purpose === 'operator' || purpose === 'nominator' || purpose === 'display'
          ? { bridgePointId: own.id }
          : purpose === 'delegate'
            ? { participantGroupId: ownGroup.id, delegateId: ownDelegate.id }
            : {};
      credentials = (await linkSession(t, seeded.id, purpose, scope)).credentials;
    } else if (roleKey === 'no-role') credentials = users['no-role']!.credentials;
    else if (roleKey === 'link-guest-b') credentials = guestOfB;
    for (const status of PATHS[state]) await call(t.app, { method: 'POST', url: `${base}/status`, payload: { status } }, 200);
    if (state === 'archived') await call(t.app, { method: 'POST', url: `${base}/archive` }, 200);
    const conference = await call<Conference>(t.app, { url: base }, 200);
    const f: MatrixFixture = {
      conference,
      state,
      pointId: target === 'own' ? own.id : other.id,
      groupId: target === 'own' ? ownGroup.id : otherGroup.id,
      delegateId: target === 'own' ? ownDelegate.id : otherDelegate.id,
      otherUserId,
      documentId: document.id,
      consultationId: asked.id,
      bodyId: asked.consultation.bodies.find((body) => body.bridgePointId === targetPointId)!.id,
      slotId,
      conclusionId: notice.conclusions[0]!.id,
      seedPlan: SEED_PLAN,
    };
    return { f, inject: as(t, credentials) };
  }

  const denialStatus = (roleKey: string, action: Action) => {
    if (roleKey === 'anonymous') return 401;
    if (OUTSIDERS.has(roleKey) && !SYSTEM_LEVEL.has(action)) return 404;
    return 403;
  };

  it('has a probe for every action of the matrix', () => {
    expect(matrix.actions.filter((action) => !PROBES[action])).toEqual([]);
    expect(matrix.roles.map((role) => role.key).sort()).toEqual(
      [...Object.keys(MEMBER_ROLES), ...Object.keys(LINK_ROLES), 'admin', 'no-role', 'anonymous', 'link-guest-b'].sort(),
    );
  });

  it.each(matrix.states.map((state) => [state]))(
    'walks every role × action cell for a %s conference',
    async (state) => {
      // Reordering lists the fixture's points, so it goes before any point is added.
      const middle = matrix.actions.filter((a) => !DESTRUCTIVE_LAST.includes(a) && a !== 'bridge_point.reorder');
      const order: Action[] = ['bridge_point.reorder', ...middle, ...DESTRUCTIVE_LAST];
      const failures: string[] = [];
      let walked = 0;
      for (const role of matrix.roles) {
        const { f, inject } = await fixture(state, role.key, role.target);
        for (const action of order) {
          const cell = matrix.cells.find((c) => c.role === role.key && c.action === action && c.state === state)!;
          const probe = PROBES[action];
          const response = await inject(probe.request(f));
          const performed = probe.allowed ? probe.allowed(response, f) : response.statusCode >= 200 && response.statusCode < 300;
          const label = `${state} × ${role.key} × ${action}: expected ${cell.allowed ? 'allowed' : 'denied'}, got ${response.statusCode} ${response.body.slice(0, 160)}`;
          walked++;
          if (cell.allowed !== performed) failures.push(label);
          else if (!cell.allowed && !(CONTENT_PROBES.has(action) && response.statusCode === 200)) {
            if (response.statusCode !== denialStatus(role.key, action))
              failures.push(`${label} (denial status should be ${denialStatus(role.key, action)})`);
            else if (
              response.statusCode === 403 &&
              !['access.denied', probe.denialCode].includes(json<{ error: { code: string } }>(response).error.code)
            )
              failures.push(label);
          }
          // Put the conference back where the next probe expects it.
          if (action === 'conference.archive' && performed) await t.services.conferences.setArchived(f.conference.id, state === 'archived');
        }
      }
      expect(failures).toEqual([]);
      expect(walked).toBe(matrix.roles.length * matrix.actions.length);
    },
    120_000,
  );
});
