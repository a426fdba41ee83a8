import { DevstackError } from '../errors/devstack-error.js';
import { maskUrl } from './database-url.js';

/** Where a PostgreSQL URL came from, so the message can say what to change ('url': a caller's own). */
export type PostgresSource = 'DATABASE_URL' | 'embedded' | 'url';

const NETWORK_CODES = new Set([
  'ECONNREFUSED',
  'ENOTFOUND',
  'EAI_AGAIN',
  'ETIMEDOUT',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'ECONNRESET',
  'timeout',
]);

/** Turns a node-postgres failure into a message that names the URL (masked) and what to do. */
export function describePostgresError(
  error: unknown,
  url: string,
  source: PostgresSource,
): DevstackError {
  const code = postgresErrorCode(error);
  const reason = error instanceof Error ? error.message : String(error);
  const where = {
    DATABASE_URL: `DATABASE_URL=${maskUrl(url)}`,
    embedded: `the embedded PostgreSQL (${maskUrl(url)})`,
    url: maskUrl(url),
  }[source];
  if (NETWORK_CODES.has(code)) {
    const fix = {
      DATABASE_URL:
        'Check the server is running, or unset DATABASE_URL to use the embedded PostgreSQL.',
      embedded: 'Check its output above.',
      url: 'Check the server is running.',
    }[source];
    return new DevstackError(
      'devstack/database-unreachable',
      `Cannot reach PostgreSQL at ${where} (${code}). ${fix}`,
    );
  }
  switch (code) {
    case '28P01':
    case '28000':
      return new DevstackError(
        'devstack/database-refused',
        `PostgreSQL at ${where} refused the login (${reason}). Check the user and password in the URL.`,
      );
    case '3D000':
      return new DevstackError(
        'devstack/database-refused',
        `PostgreSQL at ${where} has no such database (${reason}). ${source === 'DATABASE_URL' ? 'DATABASE_URL' : 'The URL'} must name a database that exists, e.g. /postgres; devstack creates its own databases next to it.`,
      );
    case '42501':
      return new DevstackError(
        'devstack/database-refused',
        `The user in ${where} may not create databases (${reason}). Grant it CREATEDB, or create the databases yourself.`,
      );
    default:
      return new DevstackError(
        'devstack/database-refused',
        `PostgreSQL at ${where} failed: ${reason} (${code}).`,
      );
  }
}

function postgresErrorCode(error: unknown): string {
  const code = (error as { code?: unknown }).code;
  if (typeof code === 'string') return code;
  // node-postgres reports its own connect timeout without a code.
  if (error instanceof Error && /timeout/i.test(error.message)) return 'timeout';
  return 'unknown';
}
