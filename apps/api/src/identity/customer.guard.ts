import { type CanActivate, type ExecutionContext, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import type { FastifyRequest } from 'fastify';
import { CustomerTokenVerifier } from './customer-token.verifier';
import { IdentityError } from './identity.error';

export const OPTIONAL_AUTH = 'noteshop:optional-auth';

/**
 * Puts the verified caller on `request.customer`. Without a token it refuses the request, unless
 * the route is marked optional (public reads that show "liked by you"). A bad token is always refused.
 */
@Injectable()
export class CustomerGuard implements CanActivate {
  constructor(
    private readonly verifier: CustomerTokenVerifier,
    private readonly reflector: Reflector,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const request = context.switchToHttp().getRequest<FastifyRequest>();
    const token = bearerToken(request.headers.authorization);
    if (token === undefined) {
      const optional = this.reflector.getAllAndOverride<boolean | undefined>(OPTIONAL_AUTH, [
        context.getHandler(),
        context.getClass(),
      ]);
      if (!optional) throw IdentityError.unauthenticated();
      request.customer = null;
      return true;
    }
    request.customer = await this.verifier.verify(token);
    return true;
  }
}

function bearerToken(header: string | undefined): string | undefined {
  if (!header) return undefined;
  const match = /^Bearer\s+(\S+)$/i.exec(header.trim());
  if (!match?.[1])
    throw IdentityError.invalidToken('the Authorization header is not "Bearer <token>"');
  return match[1];
}
