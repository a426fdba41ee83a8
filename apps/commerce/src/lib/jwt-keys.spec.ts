import { generateKeyPairSync } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { JwtKeyError, readJwtKeyPair } from './jwt-keys';

const rsa = () =>
  generateKeyPairSync('rsa', {
    modulusLength: 2048,
    publicKeyEncoding: { type: 'spki', format: 'pem' },
    privateKeyEncoding: { type: 'pkcs8', format: 'pem' },
  });

describe(readJwtKeyPair.name, () => {
  const pair = rsa();

  it('returns a matching RSA pair', () => {
    const sut = readJwtKeyPair({
      JWT_PRIVATE_KEY: pair.privateKey,
      JWT_PUBLIC_KEY: pair.publicKey,
    });

    expect(sut).toEqual({ privateKey: pair.privateKey.trim(), publicKey: pair.publicKey.trim() });
  });

  it('accepts PEMs whose newlines were escaped as \\n', () => {
    const sut = readJwtKeyPair({
      JWT_PRIVATE_KEY: pair.privateKey.replace(/\n/g, '\\n'),
      JWT_PUBLIC_KEY: pair.publicKey.replace(/\n/g, '\\n'),
    });

    expect(sut.publicKey).toBe(pair.publicKey.trim());
  });

  it('names every missing variable', () => {
    expect(() => readJwtKeyPair({ JWT_PUBLIC_KEY: ' ' })).toThrow(
      /JWT_PRIVATE_KEY and JWT_PUBLIC_KEY not set/,
    );
    expect(() => readJwtKeyPair({ JWT_PRIVATE_KEY: pair.privateKey })).toThrow(
      /: JWT_PUBLIC_KEY not set/,
    );
  });

  it('refuses a public key from another pair', () => {
    expect(() =>
      readJwtKeyPair({ JWT_PRIVATE_KEY: pair.privateKey, JWT_PUBLIC_KEY: rsa().publicKey }),
    ).toThrow('JWT_PUBLIC_KEY does not belong to JWT_PRIVATE_KEY');
  });

  it('refuses text that is not a PEM key', () => {
    expect(() =>
      readJwtKeyPair({ JWT_PRIVATE_KEY: 'secret', JWT_PUBLIC_KEY: pair.publicKey }),
    ).toThrow(JwtKeyError);
    expect(() =>
      readJwtKeyPair({ JWT_PRIVATE_KEY: pair.privateKey, JWT_PUBLIC_KEY: 'secret' }),
    ).toThrow('JWT_PUBLIC_KEY is not a readable PEM public key');
  });

  it('refuses a non-RSA key, which RS256 cannot use', () => {
    const ec = generateKeyPairSync('ec', {
      namedCurve: 'P-256',
      publicKeyEncoding: { type: 'spki', format: 'pem' },
      privateKeyEncoding: { type: 'pkcs8', format: 'pem' },
    });

    expect(() =>
      readJwtKeyPair({ JWT_PRIVATE_KEY: ec.privateKey, JWT_PUBLIC_KEY: ec.publicKey }),
    ).toThrow('RS256 needs RSA');
  });
});
