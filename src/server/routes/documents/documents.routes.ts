/** The plan (Kế hoạch) as .docx, and as PDF when LibreOffice is installed (conference.download_documents). */
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { DomainError } from '../../../domain/errors.js';
import { wholePlanFor } from '../../access.js';
import type { RouteOptions } from '../../server-services.js';
import { contentDisposition, documentFileName } from './file-name.js';
import { planDocxSchema, planPdfSchema } from './documents.schema.js';

const DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

export const PDF_UNAVAILABLE = new DomainError(503, 'documents.pdf_unavailable', {
  vi: 'Máy chủ chưa cài LibreOffice nên không tạo được tệp PDF. Hãy tải tệp .docx.',
  en: 'LibreOffice is not installed on the server, so no PDF can be made. Download the .docx instead.',
});

export const documentRoutes: FastifyPluginAsyncTypebox<RouteOptions> = async (app, { services }) => {
  const { conferences, documents } = services;
  const base = '/conferences/:conferenceId/documents';

  app.get(`${base}/plan.docx`, { schema: planDocxSchema }, async (request, reply) => {
    const conference = await wholePlanFor(request, conferences, request.params.conferenceId, 'conference.download_documents');
    const docx = await documents.renderPlanDocx(conference);
    return reply
      .type(DOCX)
      .header('Content-Disposition', contentDisposition(documentFileName(conference, 'docx')))
      .send(docx);
  });

  app.get(`${base}/plan.pdf`, { schema: planPdfSchema }, async (request, reply) => {
    const conference = await wholePlanFor(request, conferences, request.params.conferenceId, 'conference.download_documents');
    if (!(await documents.isPdfAvailable())) throw PDF_UNAVAILABLE;
    const pdf = await documents.convertDocxToPdf(await documents.renderPlanDocx(conference));
    return reply
      .type('application/pdf')
      .header('Content-Disposition', contentDisposition(documentFileName(conference, 'pdf')))
      .send(pdf);
  });
};
