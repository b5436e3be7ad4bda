/** Names the delegates screen shows for a group: the same as the .xlsx export and import use. */
export { participantGroupLabel as participantGroupName } from '../../../../src/services/participants/delegate-import-labels.js';
