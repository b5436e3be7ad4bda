/**
 * An audit entry as the caller sees it. The log is append-only (the databases refuse UPDATE
 * and DELETE), so no action takes an entry as its object: every entry carries
 * `allowedActions: []`, always present, so that every object of the API says what may be done
 * with it. Who may read the entries at all is `audit.read_all` / `conference.read_audit`.
 */
import { withActions, type Presented } from './present-record.js';

export const presentAuditEntry = <T extends object>(entry: T): Presented<T, never> => withActions<T, never>(entry, []);

export const presentAuditEntries = <T extends object>(entries: readonly T[]): Presented<T, never>[] => entries.map(presentAuditEntry);
