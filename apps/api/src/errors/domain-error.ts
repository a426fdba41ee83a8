import type { DomainErrorCode } from './domain-error-code';

/**
 * Base of every error a domain throws on purpose. `code` is `<domain>/<reason>`; the global
 * filter maps it to an HTTP status, so domains never think in status codes.
 */
export abstract class DomainError<Code extends DomainErrorCode = DomainErrorCode> extends Error {
  protected constructor(
    readonly code: Code,
    message: string,
    readonly details?: unknown,
  ) {
    super(message);
    this.name = new.target.name;
  }
}

export const isDomainError = (error: unknown): error is DomainError => error instanceof DomainError;
