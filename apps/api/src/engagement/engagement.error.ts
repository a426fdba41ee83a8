import type { DomainErrorCode } from '../errors/domain-error-code';
import { DomainError } from '../errors/domain-error';

type EngagementErrorCode = Extract<DomainErrorCode, `engagement/${string}`>;

export class EngagementError extends DomainError<EngagementErrorCode> {
  static noteNotFound(noteId: string): EngagementError {
    return new EngagementError(
      'engagement/note-not-found',
      `No published note has the id ${noteId}; it may be a draft, hidden or deleted.`,
      { noteId },
    );
  }

  static boardNotFound(boardId: string): EngagementError {
    return new EngagementError(
      'engagement/board-not-found',
      `No board you can see has the id ${boardId}.`,
      { boardId },
    );
  }

  static boardNameTaken(name: string): EngagementError {
    return new EngagementError(
      'engagement/board-name-taken',
      `You already have a board named "${name}"; pick another name.`,
      { name },
    );
  }

  static notBoardOwner(boardId: string): EngagementError {
    return new EngagementError(
      'engagement/not-board-owner',
      `Board ${boardId} belongs to someone else; only its owner can change it or save into it.`,
      { boardId },
    );
  }

  static defaultBoardLocked(boardId: string): EngagementError {
    return new EngagementError(
      'engagement/default-board-locked',
      'Your "Saved" board cannot be deleted or renamed; you can change its visibility.',
      { boardId },
    );
  }

  static commentNotFound(commentId: string): EngagementError {
    return new EngagementError(
      'engagement/comment-not-found',
      `No visible comment has the id ${commentId}; it may have been deleted or hidden.`,
      { commentId },
    );
  }

  static notCommentAuthor(commentId: string): EngagementError {
    return new EngagementError(
      'engagement/not-comment-author',
      'Only the comment’s author or the note’s creator can delete this comment.',
      { commentId },
    );
  }

  static alreadyReported(targetType: string, targetId: string): EngagementError {
    return new EngagementError(
      'engagement/already-reported',
      `You have already reported this ${targetType}; one report per person is counted.`,
      { targetType, targetId },
    );
  }

  static invalidCursor(): EngagementError {
    return new EngagementError(
      'engagement/invalid-cursor',
      'cursor: not a cursor from a previous page; start again without one',
    );
  }

  private constructor(code: EngagementErrorCode, message: string, details?: unknown) {
    super(code, message, details);
  }
}
