import type { DomainErrorCode } from '../errors/domain-error-code';
import { DomainError } from '../errors/domain-error';

type CommerceEventsErrorCode = Extract<DomainErrorCode, `commerce-events/${string}`>;

export class CommerceEventsError extends DomainError<CommerceEventsErrorCode> {
  static badSignature(): CommerceEventsError {
    return new CommerceEventsError(
      'commerce-events/bad-signature',
      'x-signature does not sign this body with x-noteshop-timestamp',
    );
  }

  static staleTimestamp(): CommerceEventsError {
    return new CommerceEventsError(
      'commerce-events/stale-timestamp',
      'x-noteshop-timestamp is more than 5 minutes from now',
    );
  }

  static notConfigured(): CommerceEventsError {
    return new CommerceEventsError(
      'commerce-events/not-configured',
      'WEBHOOK_SECRET is not set, so no commerce event can be verified',
    );
  }

  private constructor(code: CommerceEventsErrorCode, message: string) {
    super(code, message);
  }
}
