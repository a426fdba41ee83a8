import type { DomainErrorCode } from '../errors/domain-error-code';
import { DomainError } from '../errors/domain-error';

type CatalogErrorCode = Extract<DomainErrorCode, `catalog/${string}`>;

export class CatalogError extends DomainError<CatalogErrorCode> {
  static productNotFound(handle: string): CatalogError {
    return new CatalogError('catalog/product-not-found', `No product has the handle "${handle}".`, {
      handle,
    });
  }

  static invalidCursor(): CatalogError {
    return new CatalogError(
      'catalog/invalid-cursor',
      'cursor: not a cursor from a previous page; start again without one',
    );
  }

  private constructor(code: CatalogErrorCode, message: string, details?: unknown) {
    super(code, message, details);
  }
}
