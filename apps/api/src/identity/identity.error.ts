import type { DomainErrorCode } from '../errors/domain-error-code';
import { DomainError } from '../errors/domain-error';

type IdentityErrorCode = Extract<DomainErrorCode, `identity/${string}`>;

export class IdentityError extends DomainError<IdentityErrorCode> {
  static unauthenticated(): IdentityError {
    return new IdentityError(
      'identity/unauthenticated',
      'Sign in first: send your customer token as "Authorization: Bearer <token>".',
    );
  }

  static invalidToken(reason: string): IdentityError {
    return new IdentityError(
      'identity/invalid-token',
      `Your sign-in token is not valid (${reason}). Sign in again.`,
    );
  }

  static notACreator(): IdentityError {
    return new IdentityError(
      'identity/not-a-creator',
      'Only creators can do this. Become a creator first with POST /api/me/creator.',
    );
  }

  private constructor(code: IdentityErrorCode, message: string) {
    super(code, message);
  }
}
