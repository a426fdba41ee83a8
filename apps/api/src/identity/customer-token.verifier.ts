import { Inject, Injectable } from '@nestjs/common';
import { errors, importSPKI, jwtVerify, type CryptoKey } from 'jose';
import { API_ENV } from '../config/config.module';
import type { ApiEnv } from '../config/env';
import type { AuthenticatedCustomer } from './authenticated-customer';
import { IdentityError } from './identity.error';

/**
 * Verifies Medusa's customer JWTs with the public key alone (Medusa signs with RS256). A token
 * for an admin user, or for a just-registered identity without a customer yet, is refused.
 */
@Injectable()
export class CustomerTokenVerifier {
  private publicKey: Promise<CryptoKey> | undefined;

  constructor(@Inject(API_ENV) private readonly env: ApiEnv) {}

  async verify(token: string): Promise<AuthenticatedCustomer> {
    this.publicKey ??= importSPKI(this.env.JWT_PUBLIC_KEY, 'RS256');
    let payload: Record<string, unknown>;
    try {
      ({ payload } = await jwtVerify(token, await this.publicKey, {
        algorithms: ['RS256'],
        issuer: this.env.JWT_ISSUER,
      }));
    } catch (error) {
      throw IdentityError.invalidToken(describeJoseError(error));
    }
    if (payload['actor_type'] !== 'customer') {
      throw IdentityError.invalidToken('it is not a customer token');
    }
    const actorId = payload['actor_id'];
    if (typeof actorId !== 'string' || actorId.length === 0) {
      throw IdentityError.invalidToken('finish creating your customer account first');
    }
    return { customerId: actorId };
  }
}

function describeJoseError(error: unknown): string {
  if (error instanceof errors.JWTExpired) return 'it has expired';
  if (error instanceof errors.JWTClaimValidationFailed) return `claim "${error.claim}" is wrong`;
  if (error instanceof errors.JWSSignatureVerificationFailed) return 'the signature does not match';
  return 'it is malformed';
}
