/** Every code a domain may throw. Adding one here makes the filter's switch fail to compile until it has a status. */
export type DomainErrorCode =
  | 'request/validation-failed'
  | 'catalog/product-not-found'
  | 'catalog/invalid-cursor'
  | 'store-config/commerce-unavailable'
  | 'web/commerce-unavailable';
