/**
 * Mailing the issued notice and the follow-up reminders, outside any request, on the same
 * pattern as the invitations (participants/invitation-queue.ts): each delivery is a row
 * (queued → sent / failed); the queue sends it with the Thông báo as .docx (and PDF through
 * the LibreOffice queue when available and allowed), and marks it with the server's answer.
 * Queued rows left by a stop are resumed at the next start.
 */
import { readMailConfig, type MailConfig } from '../../mail/mail-config.js';
import { createMailer, mailErrorText, type MailAttachment, type Mailer } from '../../mail/mailer.js';
import { convertDocxToPdf, isPdfAvailable } from '../../documents/pdf.js';
import { renderNoticeDocx } from '../../documents/conclusions/notice-docx.js';
import type { Database } from '../../storage/database.js';
import {
  findConclusionDelivery,
  finishConclusionDelivery,
  listQueuedConclusionDeliveries,
} from '../../storage/repositories/conclusion-repository.js';
import { DeliveryQueue, type QueueLogger } from '../participants/invitation-queue.js';
import type { ConclusionService } from './conclusion-service.js';

export interface NoticeMail {
  readonly mail: MailConfig;
  enqueue(ids: readonly string[]): void;
  resume(): Promise<void>;
  idle(): Promise<void>;
  close(): Promise<void>;
}

export interface NoticeMailDeps {
  mail?: MailConfig;
  mailer?: Mailer;
  now?: () => Date;
  logger?: QueueLogger;
}

const DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

const pdfOrNull = async (docx: Buffer): Promise<Buffer | null> => {
  if (!(await isPdfAvailable())) return null;
  try {
    return await convertDocxToPdf(docx);
  } catch {
    return null;
  }
};

export function createNoticeMail(
  database: Database,
  notices: () => Pick<ConclusionService, 'document'>,
  deps: NoticeMailDeps = {},
): NoticeMail {
  const { db } = database;
  const mail = deps.mail ?? readMailConfig();
  const mailer = deps.mailer ?? createMailer(mail);
  const clock = deps.now ?? (() => new Date());

  const process = async (id: string) => {
    const delivery = await findConclusionDelivery(db, id);
    if (!delivery || delivery.status !== 'queued') return;
    const finish = (values: { status: string; error: string | null; message_id: string | null; sent_at: string | null }) =>
      finishConclusionDelivery(db, id, values);
    if (!mail.enabled) {
      await finish({ status: 'failed', error: 'mail.disabled: DIEMCAU_SMTP_URL is not set', message_id: null, sent_at: null });
      return;
    }
    try {
      const document = await notices().document(delivery.conference_id);
      const docx = await renderNoticeDocx(document);
      const pdf = mail.attachPdf === 'auto' ? await pdfOrNull(docx) : null;
      const attachments: MailAttachment[] = [
        { filename: 'thong-bao-ket-luan.docx', content: docx, contentType: DOCX },
        ...(pdf ? [{ filename: 'thong-bao-ket-luan.pdf', content: pdf, contentType: 'application/pdf' }] : []),
      ];
      const subject = document.notice.subject.trim() || 'Thông báo kết luận';
      const reminder = delivery.kind === 'reminder';
      const sent = await mailer.send({
        to: { name: '', address: delivery.recipient },
        subject: reminder ? `Nhắc thực hiện: ${subject}` : `Thông báo: ${subject}`,
        text: reminder
          ? 'Kính gửi Quý cơ quan,\n\nCó nhiệm vụ theo Thông báo kết luận đính kèm sắp đến hạn hoặc đã quá hạn. Đề nghị báo cáo tiến độ thực hiện.\n'
          : 'Kính gửi Quý cơ quan,\n\nXin gửi Thông báo kết luận đính kèm để biết, thực hiện.\n',
        attachments,
        headers: { 'X-Diemcau-Conclusion-Delivery': id },
      });
      await finish({ status: 'sent', error: null, message_id: sent.messageId, sent_at: clock().toISOString() });
    } catch (error) {
      await finish({ status: 'failed', error: mailErrorText(error).slice(0, 1000), message_id: null, sent_at: null });
    }
  };
  const queue = new DeliveryQueue(process, mail.enabled ? mail.smtp.poolSize : 1, deps.logger);

  return {
    mail,
    enqueue: (ids) => queue.enqueue(ids),
    async resume() {
      queue.enqueue((await listQueuedConclusionDeliveries(db)).map((row) => row.id));
    },
    idle: () => queue.idle(),
    async close() {
      await queue.close();
      mailer.close();
    },
  };
}
