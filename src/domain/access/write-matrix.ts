/**
 * `npm run permissions`: writes docs/permissions.md from the rules. The only file of
 * src/domain/access that does I/O, and only when run as a script.
 */
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { renderPermissionMatrix } from './matrix-markdown.js';
import { permissionMatrix } from './matrix.js';

export const PERMISSIONS_DOC_PATH = fileURLToPath(new URL('../../../docs/permissions.md', import.meta.url));

const text = renderPermissionMatrix(permissionMatrix());
writeFileSync(PERMISSIONS_DOC_PATH, text, 'utf8');
process.stdout.write(`Wrote ${PERMISSIONS_DOC_PATH} (${text.split('\n').length} lines)\n`);
