/** Schema of the meeting regime's warnings (Decision 45/2018/QĐ-TTg): dates are local `YYYY-MM-DD`. */
import { Type } from 'typebox';
import { ConferenceParams, errorResponses } from '../common.schema.js';

const Day = Type.String({ pattern: '^\\d{4}-\\d{2}-\\d{2}$', description: 'Local date YYYY-MM-DD' });
const NullableDay = Type.Union([Day, Type.Null()]);
const Localized = Type.Object({ vi: Type.String(), en: Type.String() });

export const MeetingRegimeWarningSchema = Type.Object({
  code: Type.Union([
    Type.Literal('documents.late'),
    Type.Literal('notice.overdue'),
    Type.Literal('notice.issued_late'),
    Type.Literal('notice.due'),
  ]),
  deadline: Day,
  subjectId: Type.Union([Type.String(), Type.Null()], { description: "The document's id (documents.late)" }),
  subjectTitle: Type.Union([Type.String(), Type.Null()]),
  sentOn: Type.Union([Day, Type.Null()], { description: 'The day the document reached the invited; null while the plan is not issued' }),
  issuedOn: NullableDay,
  workingDaysLate: Type.Integer({ minimum: 0 }),
  message: Localized,
  citation: Localized,
});

export const MeetingRegimeReportSchema = Type.Object({
  today: Day,
  meetingStart: NullableDay,
  meetingEnd: NullableDay,
  meetingEndSource: Type.Union([Type.Literal('live'), Type.Literal('plan'), Type.Null()]),
  documentsDeadline: NullableDay,
  noticeDeadline: NullableDay,
  warnings: Type.Array(MeetingRegimeWarningSchema),
});

export const meetingRegimeSchemas = {
  get: {
    tags: ['conclusions'],
    summary:
      'Cảnh báo chế độ họp (QĐ 45/2018/QĐ-TTg): tài liệu gửi muộn, thông báo kết luận / the meeting regime warnings: late documents, the conclusion notice',
    params: ConferenceParams,
    response: { 200: MeetingRegimeReportSchema, ...errorResponses },
  },
};
