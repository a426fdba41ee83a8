import { isAbsolute, resolve } from 'node:path';
import { z } from 'zod';

// Unset and empty mean the same thing: compose files and CI often pass `FOO=`.
const optional = <T extends z.ZodType>(schema: T) =>
  z.preprocess((value) => (value === '' ? undefined : value), schema.optional());

const httpUrl = z
  .url({ protocol: /^https?$/, error: 'must be an http(s) URL, e.g. http://127.0.0.1:9000' })
  .transform((url) => url.replace(/\/+$/, ''));

const port = z.coerce
  .number({ error: 'must be a port number' })
  .int('must be a whole number')
  .min(0, 'must be between 0 and 65535')
  .max(65535, 'must be between 0 and 65535');

// Production passes PEMs through variables, where newlines often arrive as a literal `\n`.
const publicKeyPem = z
  .string({ error: 'is required (RS256 public key, PEM)' })
  .transform((pem) => pem.replace(/\\n/g, '\n').trim())
  .refine((pem) => /^-----BEGIN PUBLIC KEY-----\n[\s\S]+\n-----END PUBLIC KEY-----$/.test(pem), {
    error: 'must be a PEM public key (-----BEGIN PUBLIC KEY-----)',
  });

/** Everything the api reads from its environment, validated once at boot. */
export const ApiEnv = z.object({
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  API_HOST: z.string().min(1).default('0.0.0.0'),
  API_PORT: port.default(3000),
  DATABASE_URL: z
    .url({
      protocol: /^postgres(ql)?$/,
      error: 'must be a PostgreSQL URL, e.g. postgres://user@127.0.0.1:5432/noteshop',
    })
    .refine((url) => new URL(url).pathname.length > 1, { error: 'must name a database' }),
  MEILI_HOST: httpUrl,
  MEILI_MASTER_KEY: z.string({ error: 'is required' }).min(1, 'is required'),
  // Prepended to every index uid, so test suites (and several stacks on one server) never share indexes.
  MEILI_INDEX_PREFIX: z
    .string()
    .regex(/^[A-Za-z0-9_-]*$/, 'may hold only letters, digits, _ and -')
    .default(''),
  COMMERCE_URL: httpUrl,
  COMMERCE_PUBLISHABLE_KEY: z
    .string({ error: 'is required' })
    .startsWith('pk_', 'must be a Medusa publishable key (pk_…)'),
  COMMERCE_SECRET_API_KEY: z
    .string({ error: 'is required' })
    .startsWith('sk_', 'must be a Medusa secret API key (sk_…)'),
  JWT_PUBLIC_KEY: publicKeyPem,
  JWT_ISSUER: z.string().min(1).default('noteshop'),
  STOREFRONT_DIST: optional(z.string().refine(isAbsolute, { error: 'must be an absolute path' })),
  CATALOG_RECONCILE_INTERVAL_MS: z.coerce
    .number({ error: 'must be a number of milliseconds' })
    .int('must be a whole number of milliseconds')
    .min(1000, 'must be at least 1000 (ms)')
    .default(60_000),
  STRIPE_PUBLISHABLE_KEY: optional(
    z.string().startsWith('pk_', 'must be a Stripe publishable key (pk_…)'),
  ),
  WEBHOOK_SECRET: optional(z.string().min(16, 'must be at least 16 characters')),
  RATE_LIMIT_WRITES_PER_MINUTE: z.coerce
    .number({ error: 'must be a number' })
    .int('must be a whole number')
    .min(1, 'must be at least 1')
    .default(120),
  RATE_LIMIT_LOGINS_PER_MINUTE: z.coerce
    .number({ error: 'must be a number' })
    .int('must be a whole number')
    .min(1, 'must be at least 1')
    .default(10),
  // Uploaded media live here unless S3_* is set; devstack points it at <data dir>/media.
  MEDIA_DIR: z
    .string()
    .refine(isAbsolute, { error: 'must be an absolute path' })
    .default(resolve('.data', 'media')),
  MEDIA_PUBLIC_BASE_URL: z
    .string()
    .regex(
      /^(\/|https?:\/\/)\S*[^/]$/,
      'must be a path like /media or an http(s) URL, without a trailing /',
    )
    .default('/media'),
  // S3-compatible media storage (AWS, MinIO, R2…): all six together, or none for local disk.
  S3_BUCKET: optional(z.string().min(1)),
  S3_REGION: optional(z.string().min(1)),
  S3_ENDPOINT: optional(httpUrl),
  S3_ACCESS_KEY_ID: optional(z.string().min(1)),
  S3_SECRET_ACCESS_KEY: optional(z.string().min(1)),
  S3_FORCE_PATH_STYLE: optional(
    z.enum(['true', 'false'], { error: 'must be true or false' }).transform((on) => on === 'true'),
  ),
});
export type ApiEnv = z.infer<typeof ApiEnv>;

const S3_VARIABLES = [
  'S3_BUCKET',
  'S3_REGION',
  'S3_ENDPOINT',
  'S3_ACCESS_KEY_ID',
  'S3_SECRET_ACCESS_KEY',
  'S3_FORCE_PATH_STYLE',
] as const;

// A partial S3 set is a typo or a forgotten secret, never a wish for local disk: say which are missing.
function s3Problems(env: ApiEnv): string[] {
  const set = S3_VARIABLES.filter((name) => env[name] !== undefined);
  if (set.length === 0 || set.length === S3_VARIABLES.length) return [];
  return S3_VARIABLES.filter((name) => env[name] === undefined).map(
    (name) =>
      `${name}: is required because ${set.join(', ')} ${set.length === 1 ? 'is' : 'are'} set ` +
      '(S3_* is all or nothing; unset them all to keep media on local disk)',
  );
}

/** Thrown by {@link parseApiEnv}; its message lists every bad variable, one per line. */
export class InvalidEnvError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid api environment:\n${problems.map((problem) => `  - ${problem}`).join('\n')}`);
    this.name = 'InvalidEnvError';
  }
}

export function parseApiEnv(source: Record<string, string | undefined>): ApiEnv {
  const result = ApiEnv.safeParse(source);
  if (result.success) {
    const problems = s3Problems(result.data);
    if (problems.length > 0) throw new InvalidEnvError(problems);
    return result.data;
  }
  // Never echo values back: several of these variables are secrets.
  const problems = result.error.issues.map((issue) => {
    const name = issue.path.join('.');
    const missing = issue.code === 'invalid_type' && source[name] === undefined;
    return `${name}: ${missing ? 'is required' : issue.message}`;
  });
  throw new InvalidEnvError(problems);
}
