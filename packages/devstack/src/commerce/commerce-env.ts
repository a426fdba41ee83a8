import path from 'node:path';
import { readVariable } from '../config/service-variables.js';
import type { JwtKeys } from '../keys/jwt-keys.js';
import type { Secrets } from '../keys/secrets.js';

export const ADMIN_EMAIL = 'admin@noteshop.local';
export const JWT_ISSUER = 'noteshop';

export interface CommerceEnvInput {
  dataDir: string;
  port: number;
  /** The api's port: browsers reach commerce through the api's origin. */
  apiPort: number;
  databaseUrl: string;
  redisUrl: string | undefined;
  jwt: JwtKeys;
  secrets: Secrets;
  serviceEnv: NodeJS.ProcessEnv;
}

/** The variables the commerce process gets (see the shared names in ARCHITECTURE.md). */
export function commerceEnv(input: CommerceEnvInput): Record<string, string> {
  const backendUrl = `http://localhost:${input.port}`;
  const browserOrigins = [
    `http://localhost:${input.apiPort}`,
    `http://127.0.0.1:${input.apiPort}`,
    'http://localhost:5173',
  ];
  const adminOrigins = [backendUrl, `http://127.0.0.1:${input.port}`];
  const optional = (name: string): Record<string, string> => {
    const value = readVariable(input.serviceEnv, name);
    return value === undefined ? {} : { [name]: value };
  };
  return {
    PORT: String(input.port),
    DATABASE_URL: input.databaseUrl,
    ...(input.redisUrl ? { REDIS_URL: input.redisUrl } : {}),
    JWT_PRIVATE_KEY: input.jwt.privateKeyPem,
    JWT_PUBLIC_KEY: input.jwt.publicKeyPem,
    JWT_ISSUER,
    COOKIE_SECRET: input.secrets.cookieSecret,
    MEDUSA_BACKEND_URL: backendUrl,
    STORE_CORS: browserOrigins.join(','),
    ADMIN_CORS: adminOrigins.join(','),
    AUTH_CORS: [...browserOrigins, ...adminOrigins].join(','),
    NOTESHOP_UPLOAD_DIR: path.join(input.dataDir, 'uploads'),
    NOTESHOP_ADMIN_EMAIL: ADMIN_EMAIL,
    NOTESHOP_ADMIN_PASSWORD: input.secrets.adminPassword,
    NOTESHOP_SEED_OUTPUT: commerceSeedFile(input.dataDir),
    // Subscribers sign product and stock events to the api with the secret the api verifies.
    NOTESHOP_API_URL: `http://127.0.0.1:${input.apiPort}`,
    WEBHOOK_SECRET: input.secrets.webhookSecret,
    MEDUSA_DISABLE_TELEMETRY: 'true', // no internet here, and no reason to phone home from a dev stack
    // Medusa logs every request at "http" level, which buries the platform's own output.
    LOG_LEVEL: readVariable(input.serviceEnv, 'LOG_LEVEL') ?? 'info',
    ...optional('STRIPE_API_KEY'),
    ...optional('STRIPE_WEBHOOK_SECRET'),
    ...optional('STRIPE_API_BASE'),
  };
}

/** `<dataDir>/commerce-seed.json`. */
export const commerceSeedFile = (dataDir: string): string =>
  path.join(dataDir, 'commerce-seed.json');
