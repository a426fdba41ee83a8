/** The database cannot be used at boot: a configuration or environment problem, not a bug. */
export class DatabaseUnavailableError extends Error {
  constructor(databaseUrl: string, cause: unknown) {
    const reason = cause instanceof Error ? cause.message : String(cause);
    super(
      `Cannot prepare the database at DATABASE_URL=${maskPassword(databaseUrl)} (${reason}). ` +
        'Check that PostgreSQL is running and the database exists.',
    );
    this.name = 'DatabaseUnavailableError';
    // Nest logs a failed provider with its stack and cause; here both are noise, the message says it all.
    this.stack = `${this.name}: ${this.message}`;
  }
}

export function maskPassword(url: string): string {
  try {
    const parsed = new URL(url);
    if (parsed.password) parsed.password = '***';
    return parsed.toString();
  } catch {
    return '(unparseable URL)';
  }
}
