import { randomBytes, randomInt } from 'node:crypto';
import { chmod } from 'node:fs/promises';
import path from 'node:path';
import { DevstackError } from '../errors/devstack-error.js';
import { readJsonIfExists } from '../fs/read-json.js';
import { writeFileAtomic } from '../fs/write-file-atomic.js';

/** The generated secrets kept in `<dataDir>/secrets.json`. */
export interface Secrets {
  meiliMasterKey: string;
  cookieSecret: string;
  adminPassword: string;
  webhookSecret: string;
}

const GENERATORS: Record<keyof Secrets, () => string> = {
  meiliMasterKey: () => randomBytes(32).toString('base64url'),
  cookieSecret: () => randomBytes(32).toString('base64url'),
  adminPassword: readablePassword,
  webhookSecret: () => randomBytes(32).toString('base64url'),
};

/** Reads `<dataDir>/secrets.json`, generating (and saving, mode 0600) whatever is missing. */
export async function loadSecrets(dataDir: string): Promise<Secrets> {
  const file = path.join(dataDir, 'secrets.json');
  let stored: unknown;
  try {
    stored = await readJsonIfExists(file);
  } catch {
    throw new DevstackError(
      'devstack/config-invalid',
      `${file} is not valid JSON. Fix it, or delete it to generate new secrets.`,
    );
  }
  const existing = (typeof stored === 'object' && stored !== null ? stored : {}) as Partial<
    Record<keyof Secrets, unknown>
  >;
  let changed = stored === undefined;
  const secrets = {} as Secrets;
  for (const key of Object.keys(GENERATORS) as (keyof Secrets)[]) {
    const value = existing[key];
    if (typeof value === 'string' && value.length > 0) {
      secrets[key] = value;
    } else {
      secrets[key] = GENERATORS[key]();
      changed = true;
    }
  }
  if (changed) await writeFileAtomic(file, `${JSON.stringify(secrets, null, 2)}\n`, 0o600);
  else await chmod(file, 0o600);
  return secrets;
}

// Five groups of four, without look-alike characters, so it can be read off the banner and typed.
function readablePassword(): string {
  const alphabet = 'abcdefghjkmnpqrstuvwxyzABCDEFGHJKMNPQRSTUVWXYZ23456789';
  const groups = Array.from({ length: 5 }, () =>
    Array.from({ length: 4 }, () => alphabet[randomInt(alphabet.length)]).join(''),
  );
  return groups.join('-');
}
