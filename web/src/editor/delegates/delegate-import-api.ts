/** Calls of the delegate import (preview, confirm) and the .xlsx export; the file is sent again at confirmation. */
import { DELEGATE_FIELDS } from '../../../../src/domain/participants/delegate.js';
import type {
  ImportOptions,
  ImportPreview,
  ImportResult,
  ImportTarget,
} from '../../../../src/services/participants/delegate-import-rules.js';
import { download, request } from '../../api/client.js';

export type { ImportOptions, ImportPreview, ImportResult, ImportTarget };

export const IMPORT_TARGETS: readonly ImportTarget[] = [...DELEGATE_FIELDS, 'bridgePoint', 'participantGroup'];

const base = (conferenceId: string) => `/conferences/${encodeURIComponent(conferenceId)}/delegates`;

const form = (file: File, options: ImportOptions) => {
  const data = new FormData();
  data.append('options', JSON.stringify(options));
  data.append('file', file, file.name);
  return data;
};

export const previewImport = (conferenceId: string, file: File, options: ImportOptions = {}) =>
  request<ImportPreview>('POST', `${base(conferenceId)}/import/preview`, { form: form(file, options) });

export const confirmImport = (conferenceId: string, file: File, options: ImportOptions) =>
  request<ImportResult>('POST', `${base(conferenceId)}/import`, { form: form(file, options) });

export const downloadDelegates = (conferenceId: string, bridgePointId?: string) =>
  download(
    `${base(conferenceId)}/export.xlsx${bridgePointId ? `?bridgePointId=${encodeURIComponent(bridgePointId)}` : ''}`,
    'danh-sach-dai-bieu.xlsx',
  );
