/** The corpus of convening documents under test/fixtures/plans/, read with their expected elements. */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { ExpectedDocument } from './expected-elements.js';

export const CORPUS_DIR = fileURLToPath(new URL('../../../test/fixtures/plans/', import.meta.url));

export interface CorpusDocument {
  name: string;
  expected: ExpectedDocument;
  /** The files of the document: the .txt, and the .docx twin when there is one. */
  files: { fileName: string; data: Buffer }[];
}

export const readCorpus = (dir = CORPUS_DIR): CorpusDocument[] =>
  readdirSync(dir)
    .filter((file) => file.endsWith('.expected.json'))
    .sort()
    .map((file) => {
      const name = file.replace(/\.expected\.json$/, '');
      const files = ['.txt', '.docx']
        .map((extension) => `${name}${extension}`)
        .filter((fileName) => existsSync(join(dir, fileName)))
        .map((fileName) => ({ fileName, data: readFileSync(join(dir, fileName)) }));
      return { name, expected: JSON.parse(readFileSync(join(dir, file), 'utf8')) as ExpectedDocument, files };
    });
