import { lazy, type ComponentType } from 'react';

export const SECTIONS = [
  'general',
  'bridge-points',
  'participants',
  'assignments',
  'agenda',
  'budget',
  'distribution',
  'signer',
  'unclassified',
] as const;
export type Section = (typeof SECTIONS)[number];
export const isSection = (value: string | undefined): value is Section => SECTIONS.includes(value as Section);

/** Each section is its own chunk: the agenda's drag and drop loads only when opened. */
export const SECTION_COMPONENTS: Record<Section, ComponentType> = {
  general: lazy(() => import('./sections/GeneralSection.js')),
  'bridge-points': lazy(() => import('./sections/BridgePointsSection.js')),
  participants: lazy(() => import('./sections/ParticipantsSection.js')),
  assignments: lazy(() => import('./sections/AssignmentsSection.js')),
  agenda: lazy(() => import('./sections/AgendaSection.js')),
  budget: lazy(() => import('./sections/BudgetSection.js')),
  distribution: lazy(() => import('./sections/DistributionSection.js')),
  signer: lazy(() => import('./sections/SignerSection.js')),
  unclassified: lazy(() => import('./sections/UnclassifiedSection.js')),
};
