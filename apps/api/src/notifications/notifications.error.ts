import type { DomainErrorCode } from '../errors/domain-error-code';
import { DomainError } from '../errors/domain-error';

type NotificationsErrorCode = Extract<DomainErrorCode, `notifications/${string}`>;

export class NotificationsError extends DomainError<NotificationsErrorCode> {
  static invalidCursor(): NotificationsError {
    return new NotificationsError(
      'notifications/invalid-cursor',
      'cursor: not a cursor from a previous page; start again without one',
    );
  }

  private constructor(code: NotificationsErrorCode, message: string) {
    super(code, message);
  }
}
