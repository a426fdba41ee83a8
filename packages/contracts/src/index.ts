// The public surface of @noteshop/contracts. Apps import from here only.
export * from './money.js';
export * from './catalog.js';
export * from './store-config.js';
export * from './health.js';
export * from './errors.js';
export * from './media.js';
export * from './creators.js';
export * from './notes.js';
