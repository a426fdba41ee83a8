import { HttpException, HttpStatus } from '@nestjs/common';
import type { ApiError } from '@noteshop/contracts';
import { isDomainError } from './domain-error';
import { statusForCode } from './status-for-code';

export interface ErrorResponse {
  status: number;
  body: ApiError;
  /** Set when the error is ours to fix, so it is logged with its stack. */
  unexpected?: unknown;
}

// Codes for errors raised by Nest or Fastify themselves rather than by a domain.
const httpCodes: Partial<Record<number, string>> = {
  [HttpStatus.BAD_REQUEST]: 'http/bad-request',
  [HttpStatus.UNAUTHORIZED]: 'http/unauthorized',
  [HttpStatus.FORBIDDEN]: 'http/forbidden',
  [HttpStatus.NOT_FOUND]: 'http/route-not-found',
  [HttpStatus.METHOD_NOT_ALLOWED]: 'http/method-not-allowed',
  [HttpStatus.PAYLOAD_TOO_LARGE]: 'http/payload-too-large',
  [HttpStatus.UNSUPPORTED_MEDIA_TYPE]: 'http/unsupported-media-type',
  [HttpStatus.TOO_MANY_REQUESTS]: 'http/too-many-requests',
};

const unexpected = (error: unknown): ErrorResponse => ({
  status: HttpStatus.INTERNAL_SERVER_ERROR,
  body: { error: { code: 'internal/unexpected', message: 'An unexpected error occurred.' } },
  unexpected: error,
});

function frameworkError(status: number, message: string, error: unknown): ErrorResponse {
  // A 5xx from a framework means something is broken on our side: keep its words in the log.
  if (status >= 500) return unexpected(error);
  return { status, body: { error: { code: httpCodes[status] ?? 'http/client-error', message } } };
}

const hasClientStatus = (error: unknown): error is Error & { statusCode: number } =>
  error instanceof Error &&
  'statusCode' in error &&
  typeof error.statusCode === 'number' &&
  error.statusCode >= 400 &&
  error.statusCode < 500;

/** Turns anything thrown while handling a request into our `{ error: { code, message, details? } }` shape. */
export function toErrorResponse(error: unknown): ErrorResponse {
  if (isDomainError(error)) {
    const details = error.details === undefined ? {} : { details: error.details };
    return {
      status: statusForCode(error.code),
      body: { error: { code: error.code, message: error.message, ...details } },
    };
  }
  if (error instanceof HttpException)
    return frameworkError(error.getStatus(), error.message, error);
  if (hasClientStatus(error)) return frameworkError(error.statusCode, error.message, error);
  return unexpected(error);
}
