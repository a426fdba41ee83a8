import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { readCommerceSeed } from './commerce-seed.js';

let file: string;
const seed = {
  publishableKey: 'pk_123',
  secretApiKey: 'sk_456',
  adminEmail: 'admin@noteshop.local',
  regions: [{ id: 'reg_1', name: 'United States', currencyCode: 'usd', countries: ['us'] }],
  salesChannelId: 'sc_1',
};

beforeEach(async () => {
  file = path.join(await mkdtemp(path.join(tmpdir(), 'devstack-seed-')), 'commerce-seed.json');
});

afterEach(async () => {
  await rm(path.dirname(file), { recursive: true, force: true });
});

describe(readCommerceSeed.name, () => {
  it('reads a well-formed seed output', async () => {
    await writeFile(file, JSON.stringify(seed));

    expect(await readCommerceSeed(file)).toEqual(seed);
  });

  it('rejects a file without the keys the api needs', async () => {
    await writeFile(file, JSON.stringify({ ...seed, secretApiKey: undefined }));

    await expect(readCommerceSeed(file)).rejects.toThrow('does not have the expected shape');
  });

  it('says which file it could not read', async () => {
    await expect(readCommerceSeed(file)).rejects.toThrow(
      `Cannot read the commerce seed output ${file}`,
    );
  });
});
