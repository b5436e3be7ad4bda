/** Access control as pure rules: actors, actions, policies, the presenter and the matrix. */
export * from './actor.js';
export * from './actions.js';
export { can, authorize, accessDenied, authenticationRequired, allowedBridgePointIds, filterConferences } from './can.js';
export * from './allowed-actions.js';
export * from './present-conference.js';
export {
  permissionMatrix,
  matrixObject,
  cell as matrixCell,
  MATRIX_FIXTURE,
  MATRIX_ROLES,
  MATRIX_STATES,
  type MatrixRole,
  type MatrixCell,
  type MatrixState,
  type PermissionMatrix,
} from './matrix.js';
export { renderPermissionMatrix } from './matrix-markdown.js';
