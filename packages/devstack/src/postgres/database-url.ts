import { DevstackError } from '../errors/devstack-error.js';

/** Parses a server-level PostgreSQL URL; a URL without a database path connects to `postgres`. */
export function parseServerUrl(raw: string, variable = 'DATABASE_URL'): string {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new DevstackError(
      'devstack/config-invalid',
      `${variable} is not a URL. Expected postgres://user:password@host:port/postgres.`,
    );
  }
  if (url.protocol !== 'postgres:' && url.protocol !== 'postgresql:') {
    throw new DevstackError(
      'devstack/config-invalid',
      `${variable} must start with postgres:// (got ${url.protocol}//). Expected postgres://user:password@host:port/postgres.`,
    );
  }
  if (url.pathname === '' || url.pathname === '/') url.pathname = '/postgres';
  return url.toString();
}

/** The URL of database `name` on the same server: only the path changes, credentials and options stay. */
export function databaseUrl(serverUrl: string, name: string): string {
  const url = new URL(serverUrl);
  url.pathname = `/${encodeURIComponent(name)}`;
  return url.toString();
}

/** The URL with its password replaced by `***`, safe to print. */
export function maskUrl(raw: string): string {
  try {
    const url = new URL(raw);
    if (url.password) url.password = '***';
    return url.toString();
  } catch {
    return '(unparseable URL)';
  }
}
