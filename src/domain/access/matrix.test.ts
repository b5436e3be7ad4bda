import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { ALL_ACTIONS, type Action } from './actions.js';
import { renderPermissionMatrix } from './matrix-markdown.js';
import { cell, MATRIX_ROLES, MATRIX_STATES, permissionMatrix } from './matrix.js';

const matrix = permissionMatrix();
const allowed = (role: string, action: Action, state: (typeof MATRIX_STATES)[number] = 'draft') => cell(matrix, role, action, state);

describe('permission matrix', () => {
  it('has one cell per role, action and state', () => {
    expect(matrix.cells).toHaveLength(MATRIX_ROLES.length * ALL_ACTIONS.length * MATRIX_STATES.length);
    expect(new Set(MATRIX_ROLES.map((r) => r.key)).size).toBe(MATRIX_ROLES.length);
    expect(new Set(MATRIX_ROLES.map((r) => r.header)).size).toBe(MATRIX_ROLES.length);
  });

  it('is what docs/permissions.md says (run `npm run permissions` after changing a rule)', () => {
    const path = fileURLToPath(new URL('../../../docs/permissions.md', import.meta.url));
    expect(readFileSync(path, 'utf8')).toBe(renderPermissionMatrix(matrix));
  });

  it('lets an operator change their own point and its groups, never another point or its groups', () => {
    for (const prefix of ['operator', 'link-operator']) {
      expect(allowed(`${prefix}-own`, 'bridge_point.update_own')).toBe(true);
      expect(allowed(`${prefix}-other`, 'bridge_point.update_own')).toBe(false);
      expect(allowed(`${prefix}-other`, 'bridge_point.update')).toBe(false);
      expect(allowed(`${prefix}-own`, 'participant_group.update')).toBe(true);
      expect(allowed(`${prefix}-other`, 'participant_group.update')).toBe(false);
      expect(allowed(`${prefix}-other`, 'participant_group.read')).toBe(false);
      expect(allowed(`${prefix}-other`, 'bridge_point.read_contact')).toBe(false);
    }
  });

  it('never shows contacts or others’ groups to delegates', () => {
    for (const state of MATRIX_STATES) {
      expect(allowed('delegate', 'bridge_point.read_contact', state)).toBe(false);
      expect(allowed('link-delegate', 'bridge_point.read_contact', state)).toBe(false);
      expect(allowed('delegate', 'participant_group.read', state)).toBe(false);
    }
  });

  it('gives an anonymous visitor and a guest link of conference B nothing at all', () => {
    for (const c of matrix.cells.filter((c) => c.role === 'anonymous' || c.role === 'link-guest-b')) {
      expect(c.allowed, `${c.role} ${c.action} ${c.state}`).toBe(false);
    }
  });

  it('gives the administrator everything except plan writes on closed or archived conferences', () => {
    // Answering an invitation is the delegate's own act (their link), and naming who attends is
    // the nominator's (their link); the secretariat records both by editing delegates instead. A ballot is
    // cast by the delegate (their link) or the hall's operator, never by the administrator (issue 16).
    const own = new Set(['delegate.answer', 'delegate.nominate', 'vote.cast', 'written_opinion.answer']);
    const adminCells = matrix.cells.filter((c) => c.role === 'admin' && !own.has(c.action));
    for (const c of adminCells.filter((c) => c.state !== 'closed' && c.state !== 'archived')) {
      expect(c.allowed, `${c.action} ${c.state}`).toBe(true);
    }
    expect(allowed('admin', 'agenda.write', 'closed')).toBe(false);
    expect(allowed('admin', 'conference.change_status', 'archived')).toBe(true);
  });

  it('keeps the work after the meeting open on a closed conference, and closes it when archived (issue 17)', () => {
    const record: [string, Action][] = [
      ['organizer', 'written_opinion.manage'],
      ['chair', 'written_opinion.manage'],
      ['chair', 'vote.close'],
      ['link-delegate', 'written_opinion.answer'],
      ['organizer', 'consultation.manage'],
      ['operator-own', 'consultation.answer'],
      ['link-operator-own', 'consultation.answer'],
      ['organizer', 'document.write'],
      ['organizer', 'minutes.write'],
      ['organizer', 'conclusion.write'],
    ];
    for (const [role, action] of record) {
      expect(allowed(role, action, 'closed'), `${role} ${action} closed`).toBe(true);
      expect(allowed(role, action, 'archived'), `${role} ${action} archived`).toBe(false);
    }
    // The plan and the live meeting stay shut once the meeting is closed.
    const plan: [string, Action][] = [
      ['chair', 'vote.manage'],
      ['link-delegate', 'vote.cast'],
      ['operator-own', 'vote.cast'],
      ['operator-own', 'vote.count_hands'],
      ['chair', 'live.run'],
      ['organizer', 'agenda.write'],
      ['organizer', 'contribution.manage'],
    ];
    for (const [role, action] of plan) expect(allowed(role, action, 'closed'), `${role} ${action} closed`).toBe(false);
    // The chair still reads the forms of an archived conference.
    expect(allowed('chair', 'written_opinion.read', 'archived')).toBe(true);
  });

  it('gives observers reading only', () => {
    const observerCells = matrix.cells.filter((c) => c.role === 'observer' && c.allowed);
    expect(new Set(observerCells.map((c) => c.action))).toEqual(
      new Set(['conference.read', 'conference.create', 'conference.import', 'live.read', 'document.list', 'vote.read']),
    );
  });
});
