import { ApiError } from '@noteshop/contracts';
import { z } from 'zod';

/** A failed call to our api, carrying its `<domain>/<reason>` code. */
export class ApiRequestError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
  ) {
    super(message);
    this.name = 'ApiRequestError';
  }
}

/** GETs a same-origin api path and parses the body with its contract, so bad data fails here, not in a component. */
export async function apiGet<Schema extends z.ZodType>(
  path: string,
  schema: Schema,
  signal?: AbortSignal,
): Promise<z.output<Schema>> {
  const response = await fetch(path, {
    headers: { accept: 'application/json' },
    signal: signal ?? null,
  });
  const body: unknown = await response.json().catch(() => null);
  if (!response.ok) {
    const apiError = ApiError.safeParse(body);
    if (apiError.success)
      throw new ApiRequestError(
        response.status,
        apiError.data.error.code,
        apiError.data.error.message,
      );
    throw new ApiRequestError(
      response.status,
      'http/unexpected-status',
      `${path} answered ${response.status}`,
    );
  }
  const parsed = schema.safeParse(body);
  if (!parsed.success)
    throw new ApiRequestError(
      response.status,
      'client/invalid-response',
      z.prettifyError(parsed.error),
    );
  return parsed.data;
}

/** True for answers that will not change on retry, such as 404. */
export function isClientError(error: unknown): error is ApiRequestError {
  return error instanceof ApiRequestError && error.status >= 400 && error.status < 500;
}
