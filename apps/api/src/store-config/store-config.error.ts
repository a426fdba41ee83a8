import type { DomainErrorCode } from '../errors/domain-error-code';
import { DomainError } from '../errors/domain-error';

type StoreConfigErrorCode = Extract<DomainErrorCode, `store-config/${string}`>;

export class StoreConfigError extends DomainError<StoreConfigErrorCode> {
  static commerceUnavailable(): StoreConfigError {
    return new StoreConfigError(
      'store-config/commerce-unavailable',
      'The store regions are not available yet: commerce did not answer. Try again shortly.',
    );
  }

  private constructor(code: StoreConfigErrorCode, message: string) {
    super(code, message);
  }
}
