import type { DomainErrorCode } from '../errors/domain-error-code';
import { DomainError } from '../errors/domain-error';

type WebErrorCode = Extract<DomainErrorCode, `web/${string}`>;

export class WebError extends DomainError<WebErrorCode> {
  static commerceUnavailable(path: string): WebError {
    return new WebError(
      'web/commerce-unavailable',
      `Commerce did not answer ${path}; try again shortly.`,
    );
  }

  private constructor(code: WebErrorCode, message: string) {
    super(code, message);
  }
}
