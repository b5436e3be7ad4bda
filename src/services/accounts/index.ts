/** Accounts, sessions, memberships, access links and the audit log. */
export * from './access-link-service.js';
export * from './account-records.js';
export * from './account-service.js';
export * from './audit-context.js';
export * from './audit-service.js';
export * from './membership-service.js';
export * from './one-time-links.js';
export * from './passwords.js';
export * from './rate-limit.js';
export * from './session-service.js';
export * from './tokens.js';
