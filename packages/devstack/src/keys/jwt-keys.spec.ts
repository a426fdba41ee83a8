import { createSign, createVerify } from 'node:crypto';
import { mkdtemp, rm, stat, unlink } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { loadJwtKeys } from './jwt-keys.js';

let dataDir: string;

beforeEach(async () => {
  dataDir = await mkdtemp(path.join(tmpdir(), 'devstack-jwt-'));
});

afterEach(async () => {
  await rm(dataDir, { recursive: true, force: true });
});

describe(loadJwtKeys.name, () => {
  it('generates a PKCS8/SPKI pair that signs and verifies RS256', async () => {
    const sut = await loadJwtKeys(dataDir);

    expect(sut.privateKeyPem).toMatch(/^-----BEGIN PRIVATE KEY-----/);
    expect(sut.publicKeyPem).toMatch(/^-----BEGIN PUBLIC KEY-----/);
    const signature = createSign('RSA-SHA256').update('payload').sign(sut.privateKeyPem);
    expect(createVerify('RSA-SHA256').update('payload').verify(sut.publicKeyPem, signature)).toBe(
      true,
    );
  });

  it('keeps the private key private', async () => {
    await loadJwtKeys(dataDir);

    expect((await stat(path.join(dataDir, 'keys', 'jwt-private.pem'))).mode & 0o777).toBe(0o600);
    expect((await stat(path.join(dataDir, 'keys'))).mode & 0o777).toBe(0o700);
  });

  it('reuses the pair on the next start', async () => {
    const first = await loadJwtKeys(dataDir);

    expect(await loadJwtKeys(dataDir)).toEqual(first);
  });

  it('regenerates both halves when one is lost', async () => {
    const first = await loadJwtKeys(dataDir);
    await unlink(path.join(dataDir, 'keys', 'jwt-public.pem'));

    const sut = await loadJwtKeys(dataDir);

    expect(sut.privateKeyPem).not.toBe(first.privateKeyPem);
    const signature = createSign('RSA-SHA256').update('x').sign(sut.privateKeyPem);
    expect(createVerify('RSA-SHA256').update('x').verify(sut.publicKeyPem, signature)).toBe(true);
  });
});
