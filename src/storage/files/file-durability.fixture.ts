/**
 * Child process of the file store's durability test: stores one file of 1 MiB in the given
 * folder, prints its hash once `put` has resolved (the upload acknowledged), then dies by
 * SIGKILL with nothing closed.
 */
import { createLocalFileStore } from './local-file-store.js';

const root = process.argv[2];
if (!root) throw new Error('usage: file-durability.fixture.ts <root>');
const data = Buffer.alloc(1024 * 1024, 'Tài liệu hội nghị ');
const hash = await createLocalFileStore(root).put(data);
process.stdout.write(`${hash}\n`, () => process.kill(process.pid, 'SIGKILL'));
