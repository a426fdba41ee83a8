/**
 * The constraint a PostgreSQL unique violation (23505) broke, or null for any other error.
 * Drizzle wraps driver errors in DrizzleQueryError, so the pg error may be the `cause`.
 */
export function violatedUniqueConstraint(error: unknown): string | null {
  for (let current = error; current instanceof Error; current = current.cause) {
    const { code, constraint } = current as Error & { code?: unknown; constraint?: unknown };
    if (code === '23505') return typeof constraint === 'string' ? constraint : '';
  }
  return null;
}
