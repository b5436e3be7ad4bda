/**
 * The OpenAPI document, built from the route schemas: JSON at /api/openapi.json and the
 * Swagger UI at /api/docs. Registered before the routes so that it sees all of them.
 */
import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';

export const API_TAGS = [
  { name: 'health', description: 'Tình trạng máy chủ / server health' },
  { name: 'conferences', description: 'Hội nghị / conferences' },
  { name: 'convening', description: 'Phiên họp, chủ trì, bố cục văn bản / sessions, chairs, the document outline' },
  { name: 'bridge-points', description: 'Điểm cầu / bridge points' },
  { name: 'participant-groups', description: 'Thành phần tham dự / participant groups' },
  { name: 'assignments', description: 'Phân công / assignments' },
  { name: 'tasks', description: 'Nhiệm vụ / tasks' },
  { name: 'agenda', description: 'Chương trình hội nghị / agenda' },
  { name: 'budget', description: 'Kinh phí / cost lines' },
  { name: 'distribution', description: 'Nơi nhận / distribution list' },
  { name: 'documents', description: 'Văn bản / generated documents' },
  { name: 'imports', description: 'Nhập kế hoạch / plan imports' },
  { name: 'administrative-units', description: 'Đơn vị hành chính / administrative units' },
  { name: 'setup', description: 'Cài đặt lần đầu / first start' },
  { name: 'auth', description: 'Đăng nhập, phiên, liên kết truy cập / sign-in, sessions, link sessions' },
  { name: 'users', description: 'Tài khoản / user accounts (administrator)' },
  { name: 'memberships', description: 'Vai trò trong hội nghị / roles in a conference' },
  { name: 'access-links', description: 'Liên kết truy cập / access links' },
  { name: 'audit', description: 'Nhật ký thao tác / audit log' },
  { name: 'delegates', description: 'Đại biểu / delegates of the bridge points' },
  { name: 'attendance', description: 'Điểm danh, số liệu tham dự / attendance' },
  { name: 'check-in', description: 'Đón tiếp, điểm danh / check-in at the halls, walk-ins, headcounts' },
  { name: 'seating', description: 'Sơ đồ chỗ ngồi / seat plans of the halls' },
  {
    name: 'invitations',
    description: 'Giấy mời, xác nhận, cử người dự / invitations, answers through personal links, delegated invitation',
  },
  {
    name: 'live',
    description: 'Điều hành hội nghị trực tiếp / the live conference: programme, floor requests, roll call, messages, timeline',
  },
  { name: 'media', description: 'Hình ảnh, âm thanh giữa các điểm cầu / video and sound: the media room, recordings' },
  {
    name: 'consultations',
    description: 'Lấy ý kiến dự thảo / comments on a draft: bodies asked, answers, reminders, tiếp thu / giải trình, the synthesis table',
  },
  { name: 'contributions', description: 'Tham luận / written contributions of the agenda slots: status, reminders, read or filed' },
  { name: 'votes', description: 'Biểu quyết / votes: open or secret, per delegate or per bridge point, show-of-hands counts, results' },
  {
    name: 'written-opinions',
    description:
      "Phiếu lấy ý kiến / written opinion forms: a vote's question or their own, sent with a deadline by mail and personal link, one answer per member, reminders, merged with the vote by the chair",
  },
  {
    name: 'minutes',
    description: "Biên bản / minutes: the secretary's notes, the draft from the record, review, lock, the Biên bản .docx/PDF",
  },
  {
    name: 'conclusions',
    description: 'Thông báo kết luận / the conclusion notice: conclusions with agencies, tasks and deadlines, issuing and mailing it',
  },
  {
    name: 'follow-up',
    description: "Theo dõi thực hiện kết luận / follow-up of the conclusions' tasks: reports, overdue, reminders, carry-over",
  },
  {
    name: 'conference-documents',
    description: 'Tài liệu hội nghị / conference documents: uploads, versions, who may read them, read receipts, the document pack',
  },
] as const;

export type ApiTag = (typeof API_TAGS)[number]['name'];

async function openapiPlugin(app: FastifyInstance) {
  await app.register(swagger, {
    openapi: {
      openapi: '3.0.3',
      info: {
        title: 'diemcau',
        description: 'API của Điểm Cầu: lập kế hoạch và điều hành hội nghị trực tuyến nhiều điểm cầu.',
        version: '1',
      },
      tags: API_TAGS.map((tag) => ({ ...tag })),
    },
  });
  await app.register(swaggerUi, { routePrefix: '/api/docs', uiConfig: { docExpansion: 'list', deepLinking: true } });
  app.get('/api/openapi.json', { schema: { hide: true } }, async () => app.swagger());
}

export default fp(openapiPlugin, { name: 'diemcau-openapi', fastify: '5.x' });
