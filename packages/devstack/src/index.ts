// @noteshop/devstack: starts NoteShop's services for `pnpm start`, integration tests and e2e.
export { startStack } from './platform/start-stack.js';
export type { Stack, StackOptions, StackServices } from './platform/stack-types.js';
export type { CommerceSeed } from './commerce/commerce-seed.js';
export type { ServiceExit } from './process/supervisor.js';
export { createFreshDatabase, dropDatabase } from './postgres/databases.js';
export { databaseUrl, maskUrl } from './postgres/database-url.js';
export { findFreePort } from './net/free-port.js';
export { DevstackError, type DevstackErrorCode } from './errors/devstack-error.js';
