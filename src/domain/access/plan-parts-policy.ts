/**
 * Rules for the parts of the plan edited as collections: the agenda (organizer and chair, who
 * extends or cuts time during the meeting), assignments with their tasks, the budget and the
 * distribution list (organizer). None while the conference is closed or archived.
 */
import type { Actor } from './actor.js';
import type { ConferenceFacts, PlanPartAction } from './actions.js';
import { holdsAnyRole, planWritable } from './rules.js';

type PlanPartRule = (actor: Actor, conference: ConferenceFacts) => boolean;

export const canWriteAgenda: PlanPartRule = (actor, c) => planWritable(c) && holdsAnyRole(actor, c.id, ['organizer', 'chair']);

const organizerWrite: PlanPartRule = (actor, c) => planWritable(c) && holdsAnyRole(actor, c.id, ['organizer']);

export const canWriteAssignments: PlanPartRule = organizerWrite;
export const canWriteBudget: PlanPartRule = organizerWrite;
export const canWriteDistribution: PlanPartRule = organizerWrite;

export const PLAN_PART_RULES: Record<PlanPartAction, PlanPartRule> = {
  'agenda.write': canWriteAgenda,
  'assignment.write': canWriteAssignments,
  'budget.write': canWriteBudget,
  'distribution.write': canWriteDistribution,
};
