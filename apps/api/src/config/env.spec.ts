import { describe, expect, it } from 'vitest';
import { InvalidEnvError, parseApiEnv } from './env';

const publicKey =
  '-----BEGIN PUBLIC KEY-----\nMIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEA\n-----END PUBLIC KEY-----';

const validEnv = (): Record<string, string | undefined> => ({
  DATABASE_URL: 'postgres://root@127.0.0.1:5432/noteshop',
  MEILI_HOST: 'http://127.0.0.1:7700',
  MEILI_MASTER_KEY: 'meili-master-key',
  COMMERCE_URL: 'http://127.0.0.1:9000/',
  COMMERCE_PUBLISHABLE_KEY: 'pk_123',
  COMMERCE_SECRET_API_KEY: 'sk_456',
  JWT_PUBLIC_KEY: publicKey,
});

function problemsOf(source: Record<string, string | undefined>): string[] {
  try {
    parseApiEnv(source);
  } catch (error) {
    if (error instanceof InvalidEnvError) return error.problems;
    throw error;
  }
  throw new Error('expected parseApiEnv to reject the environment');
}

describe(parseApiEnv.name, () => {
  it('applies the documented defaults', () => {
    const sut = parseApiEnv(validEnv());

    expect(sut).toMatchObject({
      NODE_ENV: 'development',
      API_HOST: '0.0.0.0',
      API_PORT: 3000,
      JWT_ISSUER: 'noteshop',
      CATALOG_RECONCILE_INTERVAL_MS: 60_000,
    });
    expect(sut.STOREFRONT_DIST).toBeUndefined();
    expect(sut.STRIPE_PUBLISHABLE_KEY).toBeUndefined();
  });

  it('coerces numbers and strips the trailing slash of service URLs', () => {
    const sut = parseApiEnv({
      ...validEnv(),
      API_PORT: '3100',
      CATALOG_RECONCILE_INTERVAL_MS: '5000',
    });

    expect(sut.API_PORT).toBe(3100);
    expect(sut.CATALOG_RECONCILE_INTERVAL_MS).toBe(5000);
    expect(sut.COMMERCE_URL).toBe('http://127.0.0.1:9000');
  });

  it('accepts a PEM whose newlines arrive escaped', () => {
    const sut = parseApiEnv({ ...validEnv(), JWT_PUBLIC_KEY: publicKey.replace(/\n/g, '\\n') });

    expect(sut.JWT_PUBLIC_KEY).toBe(publicKey);
  });

  it('treats empty optional variables as unset', () => {
    const sut = parseApiEnv({ ...validEnv(), STOREFRONT_DIST: '', STRIPE_PUBLISHABLE_KEY: '' });

    expect(sut.STOREFRONT_DIST).toBeUndefined();
    expect(sut.STRIPE_PUBLISHABLE_KEY).toBeUndefined();
  });

  it('lists every bad variable with a readable reason', () => {
    const problems = problemsOf({
      ...validEnv(),
      DATABASE_URL: undefined,
      API_PORT: 'abc',
      COMMERCE_URL: 'ftp://example.com',
      COMMERCE_SECRET_API_KEY: 'pk_wrong_kind',
      STOREFRONT_DIST: 'relative/dist',
    });

    expect(problems).toEqual([
      'API_PORT: must be a port number',
      'DATABASE_URL: is required',
      'COMMERCE_URL: must be an http(s) URL, e.g. http://127.0.0.1:9000',
      'COMMERCE_SECRET_API_KEY: must be a Medusa secret API key (sk_…)',
      'STOREFRONT_DIST: must be an absolute path',
    ]);
  });

  it('puts each problem on its own line under one heading', () => {
    const source = { ...validEnv(), MEILI_MASTER_KEY: '', JWT_PUBLIC_KEY: 'not a key' };

    expect(() => parseApiEnv(source)).toThrow(
      'Invalid api environment:\n  - MEILI_MASTER_KEY: is required\n  - JWT_PUBLIC_KEY: must be a PEM public key (-----BEGIN PUBLIC KEY-----)',
    );
  });

  it('never echoes a secret value in its message', () => {
    const secret = 'sk_live_should_not_leak';
    const source = { ...validEnv(), COMMERCE_PUBLISHABLE_KEY: secret };

    expect(() => parseApiEnv(source)).toThrow(InvalidEnvError);
    expect(problemsOf(source).join('\n')).not.toContain(secret);
  });
});
