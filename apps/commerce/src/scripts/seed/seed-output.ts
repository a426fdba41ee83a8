import { chmod, mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';

export interface SeedRegion {
  id: string;
  name: string;
  currencyCode: string;
  countries: string[];
}

/** What the seed hands to the api through `.data/commerce-seed.json` (shape fixed in ARCHITECTURE). */
export interface SeedOutput {
  publishableKey: string;
  secretApiKey: string;
  adminEmail: string;
  regions: SeedRegion[];
  salesChannelId: string;
}

/** The previous hand-over, if any: the secret key's token can only be read from here. */
export async function readSeedOutput(path: string): Promise<Partial<SeedOutput> | undefined> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch {
    return undefined;
  }
  try {
    const parsed: unknown = JSON.parse(text);
    return typeof parsed === 'object' && parsed !== null
      ? (parsed as Partial<SeedOutput>)
      : undefined;
  } catch {
    return undefined;
  }
}

/** Writes atomically with mode 0600: the file carries a secret API key. */
export async function writeSeedOutput(path: string, output: SeedOutput): Promise<void> {
  await mkdir(dirname(path), { recursive: true });
  const temporary = `${path}.${process.pid}.tmp`;
  await writeFile(temporary, `${JSON.stringify(output, null, 2)}\n`, { mode: 0o600 });
  await chmod(temporary, 0o600);
  await rename(temporary, path);
}
