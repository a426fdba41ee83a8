import type { DomainErrorCode } from '../errors/domain-error-code';
import { DomainError } from '../errors/domain-error';

type FeedErrorCode = Extract<DomainErrorCode, `feed/${string}` | 'creators/not-found'>;

export class FeedError extends DomainError<FeedErrorCode> {
  static invalidCursor(): FeedError {
    return new FeedError(
      'feed/invalid-cursor',
      'cursor: not a cursor from a previous page of this list; start again without one',
    );
  }

  static followingNeedsSignIn(): FeedError {
    return new FeedError(
      'feed/following-needs-sign-in',
      'Sign in to see notes from the creators you follow.',
    );
  }

  static creatorNotFound(handle: string): FeedError {
    return new FeedError('creators/not-found', `No creator has the handle "${handle}".`, {
      handle,
    });
  }

  private constructor(code: FeedErrorCode, message: string, details?: unknown) {
    super(code, message, details);
  }
}
