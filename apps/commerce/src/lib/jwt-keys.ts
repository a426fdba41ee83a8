import { createPrivateKey, createPublicKey } from 'node:crypto';

export interface JwtKeyPair {
  privateKey: string;
  publicKey: string;
}

/** Raised at boot when the RS256 key pair for customer and admin tokens is unusable. */
export class JwtKeyError extends Error {
  override readonly name = 'JwtKeyError';
}

// Env files and container platforms often carry PEMs on one line with literal "\n".
const normalisePem = (value: string): string => value.replace(/\\n/g, '\n').trim();

/**
 * Reads `JWT_PRIVATE_KEY` and `JWT_PUBLIC_KEY` (PEM text) and checks that they form one RS256 pair,
 * so a wrong or missing key fails at boot instead of on the first login.
 */
export function readJwtKeyPair(env: NodeJS.ProcessEnv): JwtKeyPair {
  const rawPrivate = env['JWT_PRIVATE_KEY'];
  const rawPublic = env['JWT_PUBLIC_KEY'];
  const missing = [
    rawPrivate?.trim() ? null : 'JWT_PRIVATE_KEY',
    rawPublic?.trim() ? null : 'JWT_PUBLIC_KEY',
  ].filter((name): name is string => name !== null);
  if (missing.length > 0 || rawPrivate === undefined || rawPublic === undefined) {
    throw new JwtKeyError(
      `commerce: ${missing.join(' and ')} not set. Medusa signs tokens with RS256: set both to PEM text ` +
        `(devstack writes them to .data/keys/jwt-private.pem and .data/keys/jwt-public.pem).`,
    );
  }
  const privateKey = normalisePem(rawPrivate);
  const publicKey = normalisePem(rawPublic);

  let derivedPublic: string;
  let givenPublic: string;
  try {
    const key = createPrivateKey(privateKey);
    if (key.asymmetricKeyType !== 'rsa') {
      throw new JwtKeyError(
        `commerce: JWT_PRIVATE_KEY is a ${key.asymmetricKeyType} key; RS256 needs RSA.`,
      );
    }
    derivedPublic = createPublicKey(key).export({ type: 'spki', format: 'pem' }).toString();
  } catch (error) {
    if (error instanceof JwtKeyError) throw error;
    throw new JwtKeyError('commerce: JWT_PRIVATE_KEY is not a readable PEM private key.');
  }
  try {
    givenPublic = createPublicKey(publicKey).export({ type: 'spki', format: 'pem' }).toString();
  } catch {
    throw new JwtKeyError('commerce: JWT_PUBLIC_KEY is not a readable PEM public key.');
  }
  if (derivedPublic !== givenPublic) {
    throw new JwtKeyError('commerce: JWT_PUBLIC_KEY does not belong to JWT_PRIVATE_KEY.');
  }
  return { privateKey, publicKey };
}
