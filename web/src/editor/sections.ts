import { lazy, type ComponentType } from 'react';
import type { Conference } from '../../../src/domain/conference.schema.js';
import type { Permissions } from '../auth/permissions.js';

export const SECTIONS = [
  'general',
  'bridge-points',
  'participants',
  'delegates',
  'invitations',
  'seating',
  'assignments',
  'agenda',
  'documents',
  'consultations',
  'contributions',
  'written-opinions',
  'budget',
  'distribution',
  'signer',
  'outline',
  'unclassified',
  'minutes',
  'conclusions',
  'follow-up',
  'access',
  'audit',
] as const;
export type Section = (typeof SECTIONS)[number];
export const isSection = (value: string | undefined): value is Section => SECTIONS.includes(value as Section);

/** Each section is its own chunk: the agenda's drag and drop loads only when opened. */
export const SECTION_COMPONENTS: Record<Section, ComponentType> = {
  general: lazy(() => import('./sections/GeneralSection.js')),
  'bridge-points': lazy(() => import('./sections/BridgePointsSection.js')),
  participants: lazy(() => import('./sections/ParticipantsSection.js')),
  delegates: lazy(() => import('./sections/DelegatesSection.js')),
  invitations: lazy(() => import('./invitations/InvitationsSection.js')),
  seating: lazy(() => import('./seating/SeatingSection.js')),
  assignments: lazy(() => import('./sections/AssignmentsSection.js')),
  agenda: lazy(() => import('./sections/AgendaSection.js')),
  documents: lazy(() => import('../documents/DocumentsSection.js')),
  consultations: lazy(() => import('./consultations/ConsultationsSection.js')),
  contributions: lazy(() => import('./consultations/ContributionsSection.js')),
  'written-opinions': lazy(() => import('./written-opinions/WrittenOpinionsSection.js')),
  budget: lazy(() => import('./sections/BudgetSection.js')),
  distribution: lazy(() => import('./sections/DistributionSection.js')),
  signer: lazy(() => import('./sections/SignerSection.js')),
  outline: lazy(() => import('./outline/OutlineSection.js')),
  unclassified: lazy(() => import('./sections/UnclassifiedSection.js')),
  minutes: lazy(() => import('./record/MinutesSection.js')),
  conclusions: lazy(() => import('./record/ConclusionsSection.js')),
  'follow-up': lazy(() => import('./record/FollowUpSection.js')),
  access: lazy(() => import('./access/AccessSection.js')),
  audit: lazy(() => import('./access/AuditSection.js')),
};

/** Whether the caller may see the section at all (private parts need conference.read_private). */
export const sectionVisible = (section: Section, p: Permissions, conference: Conference): boolean => {
  switch (section) {
    case 'assignments':
    case 'budget':
    case 'distribution':
    case 'signer':
    case 'outline':
    case 'unclassified':
      return p.can('conference.read_private');
    case 'participants':
      return p.can('conference.read_private') || conference.participantGroups.length > 0 || p.anyPoint('participant_group.create');
    case 'seating':
    case 'delegates':
      // anyPoint also holds for a national conference, whose plan carries no points (allowedActions.everyPoint).
      return p.anyPoint('delegate.list');
    case 'invitations':
      return p.can('delegate.list');
    case 'documents':
      return p.can('document.list');
    case 'minutes':
      return p.can('minutes.read');
    case 'conclusions':
      return p.can('conclusion.read');
    case 'follow-up':
      return p.can('followup.read');
    case 'consultations':
      return p.can('consultation.read');
    case 'contributions':
      return p.can('contribution.read');
    // The chair and the organizers, after the meeting too (the section asks GET /votes what else they may do).
    case 'written-opinions':
      return p.can('written_opinion.manage');
    case 'access':
      return p.can('conference.manage_access');
    case 'audit':
      return p.can('conference.read_audit');
    default:
      return true;
  }
};

/** The action that makes a whole-section form editable. */
export const SECTION_WRITE_ACTION: Partial<Record<Section, string>> = {
  general: 'conference.update',
  signer: 'conference.update',
  outline: 'conference.update',
  unclassified: 'conference.update',
  agenda: 'agenda.write',
  assignments: 'assignment.write',
  budget: 'budget.write',
  distribution: 'distribution.write',
};
