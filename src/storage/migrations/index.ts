/**
 * Every migration, by name, in order. A static map (not a folder scan) so that the
 * same code runs from src/ under tsx and from dist/ after the build.
 * Add a migration: a new file, a new entry here with a larger prefix; never edit an applied one.
 */
import type { Migration } from 'kysely';
import { initialSchema } from './0001-initial.js';
import { accountsSchema } from './0002-accounts.js';
import { participantsSchema } from './0003-participants.js';
import { invitationsSchema } from './0004-invitations.js';
import { liveSchema } from './0005-live.js';
import { conveningDocumentsSchema } from './0006-convening-documents.js';
import { knownDevicesSchema } from './0007-known-devices.js';
import { oneHeadcountSchema } from './0008-one-headcount.js';
import { votesSchema } from './0010-votes.js';
import { minutesConclusionsSchema } from './0011-minutes-conclusions.js';
import { conferenceDocumentsSchema } from './0009-conference-documents.js';
import { commentsContributionsSchema } from './0012-comments-contributions.js';
import { writtenOpinionsSchema } from './0013-written-opinions.js';
import { recordBodiesReviewMailSchema } from './0014-record-bodies-review-mail.js';
import { reminderClaimsSchema } from './0015-reminder-claims.js';
import { protocolOrderSchema } from './0016-protocol-order.js';
import { bridgePointSearchSchema } from './0017-bridge-point-search.js';
import { mediaTierSchema } from './0018-media-tier.js';

export const migrations: Record<string, Migration> = {
  '0001-initial': initialSchema,
  '0002-accounts': accountsSchema,
  '0003-participants': participantsSchema,
  '0004-invitations': invitationsSchema,
  '0005-live': liveSchema,
  '0006-convening-documents': conveningDocumentsSchema,
  '0007-known-devices': knownDevicesSchema,
  '0008-one-headcount': oneHeadcountSchema,
  '0009-conference-documents': conferenceDocumentsSchema,
  '0010-votes': votesSchema,
  '0011-minutes-conclusions': minutesConclusionsSchema,
  '0012-comments-contributions': commentsContributionsSchema,
  '0013-written-opinions': writtenOpinionsSchema,
  '0014-record-bodies-review-mail': recordBodiesReviewMailSchema,
  '0015-reminder-claims': reminderClaimsSchema,
  '0016-protocol-order': protocolOrderSchema,
  '0017-bridge-point-search': bridgePointSearchSchema,
  '0018-media-tier': mediaTierSchema,
};
