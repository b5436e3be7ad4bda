/**
 * docs/permissions.md as text, rendered from the computed matrix (pure: write-matrix.ts does
 * the writing, matrix.test.ts checks the committed file is this text).
 */
import {
  ACTION_DESCRIPTIONS,
  BRIDGE_POINT_ACTIONS,
  CONFERENCE_ACTIONS,
  PARTICIPANT_GROUP_ACTIONS,
  PLAN_PART_ACTIONS,
  SYSTEM_ACTIONS,
  USER_ACTIONS,
  type Action,
} from './actions.js';
import { cell, type MatrixState, type PermissionMatrix } from './matrix.js';

const SECTIONS: readonly [string, readonly Action[]][] = [
  ['System', SYSTEM_ACTIONS],
  ['User accounts', USER_ACTIONS],
  ['Conference', CONFERENCE_ACTIONS],
  ['Plan parts', PLAN_PART_ACTIONS],
  ['Bridge points', BRIDGE_POINT_ACTIONS],
  ['Participant groups', PARTICIPANT_GROUP_ACTIONS],
];

const NOTES = [
  'The system administrator may do everything everywhere (and is audited like everyone), except change the plan of a closed or archived conference.',
  'The organizer has full control of their conference, including memberships, links and its audit log.',
  'The chair reads the whole plan, reads every operator contact, changes the status and edits the agenda (to extend or cut time during the meeting).',
  "An operator reads the public plan and, for the points in their scope only, edits the address/room and the operator contact (`bridge_point.update_own`), reads the operator contact and reads/writes the participant groups attending there. Another point's contact and groups stay hidden.",
  'Delegates and guests read the public parts; observers (press) read the public parts only.',
  'Documents: a draft Kế hoạch holds the whole plan, so only those who read the whole plan download it; once issued, operators, delegates and guests download it too. Observers never download.',
  'A delegate link reads its own participant group only (its own record); no one but the organizer, the chair and the operator of the point reads the other groups. Delegates never read operator contacts.',
  'A link acts with the role of its purpose in its one conference only: a link of conference B opens nothing of conference A.',
  'Closed or archived conferences refuse every plan write, for everyone; the organizer and the administrator may still change the status and archive/unarchive; reading, downloading, access management and the audit log stay.',
  'Any signed-in account may create or import a conference and becomes its organizer (accounts exist only because the administrator created them). Links and anonymous visitors never create anything outside their conference.',
  'Only the administrator lists, creates and changes user accounts and reads the whole audit log.',
  'Moving a participant group to another point needs `participant_group.update` on the group as it is and as it will be.',
];

const mark = (allowed: boolean): string => (allowed ? '✓' : '—');
const row = (cells: readonly string[]): string => `| ${cells.join(' | ')} |`;

function actionTable(matrix: PermissionMatrix, actions: readonly Action[], state: MatrixState): string[] {
  const headers = ['action', ...matrix.roles.map((role) => role.header)];
  return [
    row(headers),
    row(headers.map((_, i) => (i === 0 ? '---' : ':-:'))),
    ...actions.map((action) => row([`\`${action}\``, ...matrix.roles.map((role) => mark(cell(matrix, role.key, action, state)))])),
  ];
}

function differences(matrix: PermissionMatrix, state: MatrixState): string[] {
  const lines: string[] = [];
  for (const action of matrix.actions) {
    const changed = matrix.roles.filter((role) => cell(matrix, role.key, action, state) !== cell(matrix, role.key, action, 'draft'));
    if (changed.length === 0) continue;
    const now = changed.map((role) => `${role.header} ${mark(cell(matrix, role.key, action, state))}`);
    lines.push(row([`\`${action}\``, now.join(', ')]));
  }
  if (lines.length === 0) return ['Same as draft.'];
  return [row(['action', 'changed cells (now)']), row(['---', '---']), ...lines];
}

const STATE_TITLES: Record<MatrixState, string> = {
  draft: 'Draft (status `draft`, not archived)',
  issued: 'Issued (status `issued`; `live` behaves the same)',
  closed: 'Closed (status `closed`)',
  archived: 'Archived (any status, `archived: true`)',
};

export function renderPermissionMatrix(matrix: PermissionMatrix): string {
  const out: string[] = [
    '# Permissions: who may do what',
    '',
    'Generated from the rules in `src/domain/access/` by `npm run permissions`. Do not edit by hand:',
    '`src/domain/access/matrix.test.ts` fails when this file differs from what the rules say.',
    '',
    '✓ allowed, — refused. Columns are representative actors of conference A, which has two',
    'bridge points: `point-own` (operated by the operators below) and `point-other`; each point',
    'has one participant group attending there.',
    '',
    '## Columns',
    '',
    row(['column', 'who']),
    row(['---', '---']),
    ...matrix.roles.map((role) => row([role.header, role.description])),
    '',
    `## ${STATE_TITLES.draft}`,
  ];
  for (const [title, actions] of SECTIONS) out.push('', `### ${title}`, '', ...actionTable(matrix, actions, 'draft'));
  for (const state of matrix.states.filter((s) => s !== 'draft')) {
    out.push('', `## ${STATE_TITLES[state]}: what differs from draft`, '', ...differences(matrix, state));
  }
  out.push('', '## Notes', '', ...NOTES.map((note) => `- ${note}`));
  out.push('', '## Actions', '', row(['action', 'allows']), row(['---', '---']));
  out.push(...matrix.actions.map((action) => row([`\`${action}\``, ACTION_DESCRIPTIONS[action]])));
  return `${out.join('\n')}\n`;
}
