/**
 * Test data for the access rules: a conference with two bridge points (each with an operator
 * contact and a participant group), representative actors, and fast-check arbitraries of
 * actors and conferences over a small pool of ids (so that ids collide often).
 */
import { sessionFromStart } from '../session-time.js';
import { ONE_POINT } from '../conference-rules.js';
import fc from 'fast-check';
import { blankConferenceInfo } from '../conference-rules.js';
import {
  CONFERENCE_STATUSES,
  type BridgePoint,
  type Conference,
  type ConferenceStatus,
  type ParticipantGroup,
} from '../conference.schema.js';
import { CONFERENCE_ROLES, type Actor, type ConferenceRole, type LinkPurpose } from './actor.js';

export const CONF_A = 'conference-a';
export const CONF_B = 'conference-b';
export const POINT_1 = 'point-1';
export const POINT_2 = 'point-2';
export const GROUP_1 = 'group-1';
export const GROUP_2 = 'group-2';

export const bridgePoint = (id: string, position: number, overrides: Partial<BridgePoint> = {}): BridgePoint => ({
  id,
  position,
  name: `Điểm cầu ${position}`,
  address: `Hội trường ${position}`,
  quota: 20,
  kind: 'hall',
  isHost: position === 0,
  operatorName: `Nguyễn Văn ${position}`,
  operatorPhone: `0900 000 00${position}`,
  operatorEmail: `op${position}@example.vn`,
  unitCode: null,
  ...ONE_POINT,
  ...overrides,
});

export const participantGroup = (id: string, position: number, bridgePointId: string | null): ParticipantGroup => ({
  id,
  position,
  scope: bridgePointId === null ? 'every_other_point' : 'point',
  bridgePointId,
  category: '',
  organisation: 'UBND huyện',
  role: 'Chủ tịch',
  count: 1,
  personName: `Trần Thị ${position}`,
  isRepresentative: false,
  isRemote: false,
  isPresiding: false,
  invitedBy: '',
  text: `Chủ tịch UBND huyện ${position}`,
});

export function conference(overrides: Partial<Conference> = {}): Conference {
  return {
    ...blankConferenceInfo(),
    id: CONF_A,
    version: 1,
    status: 'draft',
    archived: false,
    timeZone: 'Asia/Ho_Chi_Minh',
    createdAt: '2021-06-01T00:00:00.000Z',
    updatedAt: '2021-06-01T00:00:00.000Z',
    title: 'Hội nghị trực tuyến',
    startsAt: '2021-07-07T08:00',
    fundingSource: 'Ngân sách tỉnh',
    bridgePoints: [bridgePoint(POINT_1, 0), bridgePoint(POINT_2, 1)],
    participantGroups: [participantGroup(GROUP_1, 0, POINT_1), participantGroup(GROUP_2, 1, POINT_2)],
    assignments: [{ id: 'assignment-1', position: 0, leadAgency: 'Sở Nội vụ', cooperatingAgencies: [], heading: '' }],
    tasks: [
      {
        id: 'task-1',
        position: 0,
        assignmentId: 'assignment-1',
        text: 'Chuẩn bị báo cáo',
        deadline: null,
        status: 'todo',
        cooperatingAgencies: [],
        agendaItemId: null,
        producesDocument: '',
      },
    ],
    agendaItems: [],
    costLines: [{ id: 'cost-1', position: 0, description: 'Thuê đường truyền', amountVnd: 1000000 }],
    distribution: [{ id: 'dist-1', position: 0, text: 'Như trên' }],
    unclassified: [{ id: 'unc-1', position: 0, section: '', text: 'Văn bản chưa phân loại' }],
    sessions: [{ id: 'session-1', position: 0, ...sessionFromStart('2021-07-07T08:00') }],
    chairs: [],
    outline: [],
    ...overrides,
  };
}

export const facts = (status: ConferenceStatus = 'draft', archived = false, id = CONF_A) => ({ id, status, archived });

export const admin: Actor = { kind: 'user', userId: 'admin', isAdmin: true, memberships: [] };
export const noRole: Actor = { kind: 'user', userId: 'nobody', isAdmin: false, memberships: [] };
export const anonymous: Actor = { kind: 'anonymous' };

export const member = (role: ConferenceRole, bridgePointIds: string[] = [], conferenceId = CONF_A): Actor => ({
  kind: 'user',
  userId: `user-${role}`,
  isAdmin: false,
  memberships: [{ conferenceId, role, bridgePointIds }],
});

export const link = (
  purpose: LinkPurpose,
  options: { conferenceId?: string; bridgePointId?: string | null; participantGroupId?: string | null } = {},
): Actor => ({
  kind: 'link',
  linkId: `link-${purpose}`,
  purpose,
  conferenceId: options.conferenceId ?? CONF_A,
  bridgePointId: options.bridgePointId ?? null,
  participantGroupId: options.participantGroupId ?? null,
});

const CONFERENCE_IDS = [CONF_A, CONF_B];
const POINT_IDS = ['point-1', 'point-2', 'point-3', 'point-4'];
const GROUP_IDS = ['group-1', 'group-2', 'group-3', 'group-4', 'group-5'];

export const actorArb: fc.Arbitrary<Actor> = fc.oneof(
  fc.constant<Actor>({ kind: 'anonymous' }),
  fc.record({
    kind: fc.constant('user' as const),
    userId: fc.constantFrom('u1', 'u2'),
    isAdmin: fc.constantFrom(false, false, false, true),
    memberships: fc.array(
      fc.record({
        conferenceId: fc.constantFrom(...CONFERENCE_IDS),
        role: fc.constantFrom(...CONFERENCE_ROLES),
        bridgePointIds: fc.subarray(POINT_IDS),
      }),
      { maxLength: 4 },
    ),
  }),
  fc.record({
    kind: fc.constant('link' as const),
    linkId: fc.constant('link-1'),
    purpose: fc.constantFrom<LinkPurpose>('guest', 'delegate', 'operator', 'observer', 'nominator', 'display'),
    conferenceId: fc.constantFrom(...CONFERENCE_IDS),
    bridgePointId: fc.option(fc.constantFrom(...POINT_IDS)),
    participantGroupId: fc.option(fc.constantFrom(...GROUP_IDS)),
  }),
);

export const conferenceArb: fc.Arbitrary<Conference> = fc
  .record({
    id: fc.constantFrom(...CONFERENCE_IDS),
    status: fc.constantFrom(...CONFERENCE_STATUSES),
    archived: fc.boolean(),
    pointIds: fc.uniqueArray(fc.constantFrom(...POINT_IDS), { maxLength: POINT_IDS.length }),
    groupPoints: fc.array(fc.option(fc.constantFrom(...POINT_IDS)), { maxLength: GROUP_IDS.length }),
  })
  .map(({ id, status, archived, pointIds, groupPoints }) =>
    conference({
      id,
      status,
      archived,
      bridgePoints: pointIds.map((pointId, i) => bridgePoint(pointId, i)),
      participantGroups: groupPoints.map((pointId, i) => participantGroup(GROUP_IDS[i]!, i, pointId)),
    }),
  );
