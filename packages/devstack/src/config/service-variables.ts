// Variables a user sets to point the stack at their own services; children never inherit them
// directly, they get the values devstack derives from them.
export const SERVICE_VARIABLES = [
  'DATABASE_URL',
  'MEILI_HOST',
  'MEILI_MASTER_KEY',
  'REDIS_URL',
  'STRIPE_API_KEY',
  'STRIPE_WEBHOOK_SECRET',
  'STRIPE_API_BASE',
  'STRIPE_PUBLISHABLE_KEY',
  'VITE_STRIPE_PUBLISHABLE_KEY',
  'PG_PORT',
  'MEILI_PORT',
  'COMMERCE_PORT',
  'API_PORT',
  'API_HOST',
  'PORT',
] as const;

/** process.env without the service variables, as the base environment of every child. */
export function inheritedEnv(): Record<string, string> {
  const env: Record<string, string> = {};
  for (const [key, value] of Object.entries(process.env)) {
    if (value !== undefined && !(SERVICE_VARIABLES as readonly string[]).includes(key))
      env[key] = value;
  }
  return env;
}

/** A variable's value, treating an empty string as unset. */
export function readVariable(env: NodeJS.ProcessEnv, name: string): string | undefined {
  const value = env[name]?.trim();
  return value ? value : undefined;
}
