import { exportSPKI, generateKeyPair, SignJWT, type CryptoKey } from 'jose';
import { beforeAll, describe, expect, it } from 'vitest';
import type { ApiEnv } from '../config/env';
import { CustomerTokenVerifier } from './customer-token.verifier';

describe(CustomerTokenVerifier.name, () => {
  let privateKey: CryptoKey;
  let sut: CustomerTokenVerifier;

  const sign = (
    claims: Record<string, unknown>,
    options: { issuer?: string; key?: CryptoKey; expiresIn?: string } = {},
  ) =>
    new SignJWT(claims)
      .setProtectedHeader({ alg: 'RS256' })
      .setIssuer(options.issuer ?? 'noteshop')
      .setIssuedAt()
      .setExpirationTime(options.expiresIn ?? '1h')
      .sign(options.key ?? privateKey);

  beforeAll(async () => {
    const pair = await generateKeyPair('RS256');
    privateKey = pair.privateKey;
    const env = {
      JWT_PUBLIC_KEY: await exportSPKI(pair.publicKey),
      JWT_ISSUER: 'noteshop',
    } as ApiEnv;
    sut = new CustomerTokenVerifier(env);
  });

  it('returns the customer id of a Medusa customer token', async () => {
    const token = await sign({
      actor_type: 'customer',
      actor_id: 'cus_123',
      auth_identity_id: 'authid_1',
    });

    await expect(sut.verify(token)).resolves.toEqual({ customerId: 'cus_123' });
  });

  it('refuses an admin user token', async () => {
    const token = await sign({ actor_type: 'user', actor_id: 'user_1' });

    await expect(sut.verify(token)).rejects.toMatchObject({ code: 'identity/invalid-token' });
  });

  it('refuses a just-registered identity that has no customer yet', async () => {
    const token = await sign({ actor_type: 'customer', actor_id: '' });

    await expect(sut.verify(token)).rejects.toThrow(/finish creating your customer account/);
  });

  it('refuses a token signed by another key, from another issuer, or expired', async () => {
    const stranger = await generateKeyPair('RS256');
    const claims = { actor_type: 'customer', actor_id: 'cus_1' };

    await expect(sut.verify(await sign(claims, { key: stranger.privateKey }))).rejects.toThrow(
      /signature/,
    );
    await expect(sut.verify(await sign(claims, { issuer: 'someone-else' }))).rejects.toThrow(
      /claim "iss"/,
    );
    await expect(sut.verify(await sign(claims, { expiresIn: '-1m' }))).rejects.toThrow(/expired/);
    await expect(sut.verify('not-a-jwt')).rejects.toThrow(/malformed/);
  });
});
