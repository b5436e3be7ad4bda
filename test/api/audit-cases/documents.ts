import { documentUpload, tinyPdf, uploadDocument } from '../document-helpers.js';
import type { TestApp } from '../helpers.js';
import { on, type Cases } from './case.js';

/** A document uploaded during prepare (its row is before the case's `since`). */
const existing = async (t: TestApp, conferenceId: string) => (await uploadDocument(t.app, conferenceId)).id;

/** The audit cases of issue 16's documents routes. */
export const documentCases: Cases = {
  'POST /api/v1/conferences/:conferenceId/documents': {
    actions: ['document.upload'],
    prepare: async (_t, c) => documentUpload(c.id, { fileName: 'bao-cao.pdf', data: tinyPdf() }),
  },
  'POST /api/v1/conferences/:conferenceId/documents/:documentId/versions': {
    actions: ['document.add_version'],
    prepare: async (t, c) => {
      const id = await existing(t, c.id);
      return documentUpload(c.id, { fileName: 'bao-cao-2.pdf', data: tinyPdf('Ban 2') }, null, id);
    },
  },
  'PATCH /api/v1/conferences/:conferenceId/documents/:documentId': {
    actions: ['document.update'],
    prepare: async (t, c) => {
      const id = await existing(t, c.id);
      return { method: 'PATCH', url: on(c, `/documents/${id}`), payload: { title: 'Báo cáo đã sửa' } };
    },
  },
  'DELETE /api/v1/conferences/:conferenceId/documents/:documentId': {
    actions: ['document.delete'],
    prepare: async (t, c) => {
      const id = await existing(t, c.id);
      return { method: 'DELETE', url: on(c, `/documents/${id}`) };
    },
  },
};
