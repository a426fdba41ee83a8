import { readFile } from 'node:fs/promises';
import { DevstackError } from '../errors/devstack-error.js';

/** What the commerce seed writes to `<dataDir>/commerce-seed.json` for the api and the tests. */
export interface CommerceSeed {
  publishableKey: string;
  secretApiKey: string;
  adminEmail: string;
  regions: { id: string; name: string; currencyCode: string; countries: string[] }[];
  salesChannelId: string;
}

/** Reads and checks the seed output; a malformed file is a commerce bug, reported as such. */
export async function readCommerceSeed(file: string): Promise<CommerceSeed> {
  let seed: unknown;
  try {
    seed = JSON.parse(await readFile(file, 'utf8'));
  } catch (error) {
    throw new DevstackError(
      'devstack/service-failed',
      `Cannot read the commerce seed output ${file}: ${(error as Error).message}`,
    );
  }
  if (!isCommerceSeed(seed)) {
    throw new DevstackError(
      'devstack/service-failed',
      `${file} does not have the expected shape { publishableKey, secretApiKey, adminEmail, regions[], salesChannelId }. Delete it to seed again.`,
    );
  }
  return seed;
}

function isCommerceSeed(value: unknown): value is CommerceSeed {
  if (typeof value !== 'object' || value === null) return false;
  const seed = value as Record<string, unknown>;
  const strings = ['publishableKey', 'secretApiKey', 'adminEmail', 'salesChannelId'].every(
    (key) => typeof seed[key] === 'string',
  );
  return (
    strings &&
    Array.isArray(seed.regions) &&
    seed.regions.every((region: unknown) => {
      const r = region as Record<string, unknown>;
      return (
        typeof r.id === 'string' &&
        typeof r.name === 'string' &&
        typeof r.currencyCode === 'string' &&
        Array.isArray(r.countries)
      );
    })
  );
}
