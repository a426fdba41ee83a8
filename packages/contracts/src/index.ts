// The public surface of @noteshop/contracts. Apps import from here only.
export * from './money.js';
export * from './catalog.js';
export * from './store-config.js';
export * from './health.js';
export * from './errors.js';
export * from './media.js';
export * from './creators.js';
export * from './notifications.js';
export * from './notes.js';
export * from './feed.js';
export * from './my-notes.js';
export * from './engagement.js';
export * from './search.js';
