import {
  applyDecorators,
  createParamDecorator,
  type ExecutionContext,
  SetMetadata,
  UseGuards,
} from '@nestjs/common';
import { ApiBearerAuth, ApiUnauthorizedResponse } from '@nestjs/swagger';
import type { FastifyRequest } from 'fastify';
import { ApiErrorDto } from '../errors/api-error.dto';
import type { AuthenticatedCustomer } from './authenticated-customer';
import { CustomerGuard, OPTIONAL_AUTH } from './customer.guard';
import { IdentityError } from './identity.error';

/** The route acts for a signed-in customer: 401 without a valid Medusa customer token. */
export const Authenticated = () =>
  applyDecorators(
    UseGuards(CustomerGuard),
    ApiBearerAuth(),
    ApiUnauthorizedResponse({
      type: ApiErrorDto.Output,
      description: '`identity/unauthenticated` or `identity/invalid-token`',
    }),
  );

/** Anyone may call the route; a valid token personalises it (e.g. `viewer.liked`). */
export const OptionallyAuthenticated = () =>
  applyDecorators(SetMetadata(OPTIONAL_AUTH, true), UseGuards(CustomerGuard), ApiBearerAuth());

/** The signed-in customer on an @Authenticated route. */
export const CurrentCustomer = createParamDecorator(
  (_: unknown, context: ExecutionContext): AuthenticatedCustomer => {
    const customer = context.switchToHttp().getRequest<FastifyRequest>().customer;
    if (!customer) throw IdentityError.unauthenticated();
    return customer;
  },
);

/** The caller on an @OptionallyAuthenticated route, or null when anonymous. */
export const Viewer = createParamDecorator(
  (_: unknown, context: ExecutionContext): AuthenticatedCustomer | null =>
    context.switchToHttp().getRequest<FastifyRequest>().customer ?? null,
);
