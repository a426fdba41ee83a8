import { BadRequestException, NotFoundException } from '@nestjs/common';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { DomainError } from './domain-error';
import { toErrorResponse } from './error-response';
import { RequestValidationError } from './request-validation.error';

class MissingProductError extends DomainError<'catalog/product-not-found'> {
  constructor() {
    super('catalog/product-not-found', 'No product has the handle "nope".', { handle: 'nope' });
  }
}

describe(toErrorResponse.name, () => {
  it('maps a domain error to the status of its code and keeps its details', () => {
    const sut = toErrorResponse(new MissingProductError());

    expect(sut).toEqual({
      status: 404,
      body: {
        error: {
          code: 'catalog/product-not-found',
          message: 'No product has the handle "nope".',
          details: { handle: 'nope' },
        },
      },
    });
  });

  it('turns a validation failure into a 400 with a readable message and the issues', () => {
    const result = z.object({ limit: z.number().max(60) }).safeParse({ limit: 61 });
    if (result.success) throw new Error('expected a validation failure');

    const sut = toErrorResponse(new RequestValidationError(result.error));

    expect(sut.status).toBe(400);
    expect(sut.body.error).toEqual({
      code: 'request/validation-failed',
      message: 'limit: Number must be at most 60',
      details: {
        issues: [{ path: 'limit', code: 'too_big', message: 'Number must be at most 60' }],
      },
    });
  });

  it('gives an unknown route a 404 in our shape', () => {
    const sut = toErrorResponse(new NotFoundException('Cannot GET /api/nope'));

    expect(sut).toEqual({
      status: 404,
      body: { error: { code: 'http/route-not-found', message: 'Cannot GET /api/nope' } },
    });
  });

  it('keeps the status of a framework client error such as malformed JSON', () => {
    const fastifyError = Object.assign(new Error('Body is not valid JSON'), { statusCode: 400 });

    expect(toErrorResponse(fastifyError).body.error.code).toBe('http/bad-request');
    expect(toErrorResponse(new BadRequestException('bad')).status).toBe(400);
  });

  it('hides the cause of an unexpected error from the client but keeps it for the log', () => {
    const failure = new Error('connection terminated at 10.0.0.5');

    const sut = toErrorResponse(failure);

    expect(sut.status).toBe(500);
    expect(JSON.stringify(sut.body)).not.toContain('10.0.0.5');
    expect(sut.unexpected).toBe(failure);
  });
});
