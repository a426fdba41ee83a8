import { mkdtemp, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { loadSecrets } from './secrets.js';

let dataDir: string;

beforeEach(async () => {
  dataDir = await mkdtemp(path.join(tmpdir(), 'devstack-secrets-'));
});

afterEach(async () => {
  await rm(dataDir, { recursive: true, force: true });
});

describe(loadSecrets.name, () => {
  it('generates every secret once, in a file only the owner can read', async () => {
    const sut = await loadSecrets(dataDir);

    const file = path.join(dataDir, 'secrets.json');
    expect((await stat(file)).mode & 0o777).toBe(0o600);
    expect(JSON.parse(await readFile(file, 'utf8'))).toEqual(sut);
    expect(Buffer.from(sut.meiliMasterKey, 'base64url').length).toBeGreaterThanOrEqual(32);
    expect(new Set([sut.meiliMasterKey, sut.cookieSecret, sut.webhookSecret]).size).toBe(3);
  });

  it('makes a readable admin password of 20 characters or more', async () => {
    const { adminPassword } = await loadSecrets(dataDir);

    expect(adminPassword.replaceAll('-', '').length).toBeGreaterThanOrEqual(20);
    expect(adminPassword).toMatch(/^[a-zA-Z2-9-]+$/);
    expect(adminPassword).not.toMatch(/[01lIoO]/);
  });

  it('returns the same secrets on the next start', async () => {
    const first = await loadSecrets(dataDir);

    expect(await loadSecrets(dataDir)).toEqual(first);
  });

  it('keeps what exists and fills in what is missing', async () => {
    await writeFile(
      path.join(dataDir, 'secrets.json'),
      JSON.stringify({ adminPassword: 'chosen-by-me-long-enough' }),
    );

    const sut = await loadSecrets(dataDir);

    expect(sut.adminPassword).toBe('chosen-by-me-long-enough');
    expect(sut.cookieSecret).not.toBe('');
    expect(JSON.parse(await readFile(path.join(dataDir, 'secrets.json'), 'utf8'))).toEqual(sut);
  });

  it('says how to recover from a corrupt file', async () => {
    await writeFile(path.join(dataDir, 'secrets.json'), '{ nope');

    await expect(loadSecrets(dataDir)).rejects.toThrow(
      'is not valid JSON. Fix it, or delete it to generate new secrets.',
    );
  });
});
