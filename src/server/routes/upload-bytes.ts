/**
 * The bytes of an uploaded file, or a 413 `file.too_large`: @fastify/multipart stops a file
 * at its `fileSize` limit and marks it `truncated`, but its toBuffer() does not always
 * throw (the last chunk and the limit race), and a truncated file parsed as a whole one
 * wrote a conference from its first 10 MB. So the mark is checked here, every time, before
 * anything reads the bytes.
 */
import type { MultipartFile } from '@fastify/multipart';
import { fileTooLarge } from '../../workers/file-errors.js';

export const uploadBytes = async (part: MultipartFile, maxBytes: number): Promise<Buffer> => {
  let data: Buffer;
  try {
    data = await part.toBuffer();
  } catch (error) {
    if ((error as { code?: string } | null)?.code === 'FST_REQ_FILE_TOO_LARGE') throw fileTooLarge(maxBytes);
    throw error;
  }
  if (part.file.truncated || data.length > maxBytes) throw fileTooLarge(maxBytes);
  return data;
};
