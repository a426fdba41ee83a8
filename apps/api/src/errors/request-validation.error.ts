import type { z } from 'zod';
import { DomainError } from './domain-error';
import { describeZodIssue, describeZodIssueWithPath } from './describe-zod-issue';

/** A query, path or body that does not match its contract. */
export class RequestValidationError extends DomainError<'request/validation-failed'> {
  constructor(zodError: z.core.$ZodError) {
    super('request/validation-failed', zodError.issues.map(describeZodIssueWithPath).join('; '), {
      issues: zodError.issues.map((issue) => ({
        path: issue.path.map(String).join('.'),
        code: issue.code,
        message: describeZodIssue(issue),
      })),
    });
  }
}
