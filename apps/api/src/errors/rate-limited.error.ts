import { DomainError } from './domain-error';

/** Too many writes or logins in the current window. */
export class RateLimitedError extends DomainError<'request/rate-limited'> {
  constructor(
    what: string,
    readonly retryAfterSeconds: number,
  ) {
    super('request/rate-limited', `Too many ${what}. Try again in ${retryAfterSeconds} s.`, {
      retryAfterSeconds,
    });
  }
}
