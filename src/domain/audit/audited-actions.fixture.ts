/**
 * Every action code the code base audits, read from its sources (for the audit sentences' test):
 * the actions the API audit test expects of each write route (test/api/audit.test.ts and
 * test/api/audit-cases), the codes the services and routes pass to the audit log as literals, and
 * `live.<command>` for every programme command.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ProgrammeCommand } from '../live/live-commands.js';

const ROOT = fileURLToPath(new URL('../../../', import.meta.url));

const filesUnder = (dir: string): string[] =>
  readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? filesUnder(path) : [path];
  });

const CODE = String.raw`'([a-z_]+\.[a-z_]+)'`;

/** `actions: ['a.b', 'c.d']` of the API audit cases. */
export const auditCaseActions = (): string[] => {
  const files = [join(ROOT, 'test/api/audit.test.ts'), ...filesUnder(join(ROOT, 'test/api/audit-cases'))];
  return files.flatMap((file) =>
    [...readFileSync(file, 'utf8').matchAll(/actions: \[([^\]]*)\]/g)].flatMap((match) =>
      [...match[1]!.matchAll(new RegExp(CODE, 'g'))].map((code) => code[1]!),
    ),
  );
};

/** Codes given to the audit log in src: `action: 'x.y'` (or either side of a ternary) and `auditContext|writeFor|createOptions|audit(…, 'x.y'`. */
export const sourceActions = (): string[] => {
  const patterns = [
    new RegExp(String.raw`action: (?:[\w.!]+ \? )?${CODE}(?: : ${CODE})?`, 'g'),
    new RegExp(String.raw`\b(?:auditContext|writeFor|createOptions|audit\w*)\([^()]*?${CODE}`, 'g'),
  ];
  const files = filesUnder(join(ROOT, 'src')).filter((file) => file.endsWith('.ts') && !/\.(test|fixture)\.ts$/.test(file));
  return files.flatMap((file) => {
    const source = readFileSync(file, 'utf8');
    return patterns.flatMap((pattern) => [...source.matchAll(pattern)].flatMap((match) => match.slice(1).filter(Boolean)));
  });
};

/** `live.start_meeting`, `live.skip_item`, …: the live service audits each programme command as `live.<type>`. */
export const liveCommandActions = (): string[] =>
  ProgrammeCommand.anyOf.map((schema) => `live.${(schema.properties.type as { const: string }).const}`);

export const auditedActions = (): string[] => [...new Set([...auditCaseActions(), ...sourceActions(), ...liveCommandActions()])].sort();
