import type { DomainErrorCode } from '../errors/domain-error-code';
import { DomainError } from '../errors/domain-error';

type CreatorsErrorCode = Extract<DomainErrorCode, `creators/${string}`>;

export class CreatorsError extends DomainError<CreatorsErrorCode> {
  static notFound(handle: string): CreatorsError {
    return new CreatorsError('creators/not-found', `No creator has the handle "${handle}".`, {
      handle,
    });
  }

  static notACreatorYet(): CreatorsError {
    return new CreatorsError(
      'creators/not-found',
      'You are not a creator yet. Become one with POST /api/me/creator.',
    );
  }

  static alreadyCreator(handle: string): CreatorsError {
    return new CreatorsError(
      'creators/already-creator',
      `You are already a creator, as "${handle}". Change your profile with PATCH /api/me/creator.`,
      { handle },
    );
  }

  static handleTaken(handle: string): CreatorsError {
    return new CreatorsError(
      'creators/handle-taken',
      `The handle "${handle}" is taken (handles ignore case). Choose another one.`,
      { handle },
    );
  }

  static cannotFollowSelf(): CreatorsError {
    return new CreatorsError('creators/cannot-follow-self', 'You cannot follow yourself.');
  }

  static invalidAvatar(mediaId: string): CreatorsError {
    return new CreatorsError(
      'creators/invalid-avatar',
      `avatarMediaId: "${mediaId}" is not an image you uploaded. Upload it with POST /api/media first.`,
      { mediaId },
    );
  }

  static invalidCursor(): CreatorsError {
    return new CreatorsError(
      'creators/invalid-cursor',
      'cursor: not a cursor from a previous page; start again without one',
    );
  }

  private constructor(code: CreatorsErrorCode, message: string, details?: unknown) {
    super(code, message, details);
  }
}
