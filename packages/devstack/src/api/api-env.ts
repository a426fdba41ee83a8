import { readVariable } from '../config/service-variables.js';
import { JWT_ISSUER } from '../commerce/commerce-env.js';
import type { CommerceSeed } from '../commerce/commerce-seed.js';

export interface ApiEnvInput {
  noteshopDatabaseUrl: string;
  meili: { host: string; masterKey: string };
  commerce: { url: string; seed: CommerceSeed } | undefined;
  jwtPublicKeyPem: string;
  webhookSecret: string;
  /** Where the api keeps uploaded media on local disk (unless S3_* is set). */
  mediaDir: string;
  serviceEnv: NodeJS.ProcessEnv;
}

/** The api's variables (see the shared names), without API_PORT and STOREFRONT_DIST. */
export function apiEnv(input: ApiEnvInput): Record<string, string> {
  const stripePublishableKey =
    readVariable(input.serviceEnv, 'STRIPE_PUBLISHABLE_KEY') ??
    readVariable(input.serviceEnv, 'VITE_STRIPE_PUBLISHABLE_KEY');
  return {
    NODE_ENV: readVariable(input.serviceEnv, 'NODE_ENV') ?? 'development',
    API_HOST: readVariable(input.serviceEnv, 'API_HOST') ?? '0.0.0.0',
    DATABASE_URL: input.noteshopDatabaseUrl,
    MEILI_HOST: input.meili.host,
    MEILI_MASTER_KEY: input.meili.masterKey,
    ...(input.commerce
      ? {
          COMMERCE_URL: input.commerce.url,
          COMMERCE_PUBLISHABLE_KEY: input.commerce.seed.publishableKey,
          COMMERCE_SECRET_API_KEY: input.commerce.seed.secretApiKey,
        }
      : {}),
    JWT_PUBLIC_KEY: input.jwtPublicKeyPem,
    JWT_ISSUER,
    WEBHOOK_SECRET: input.webhookSecret,
    MEDIA_DIR: input.mediaDir,
    CATALOG_RECONCILE_INTERVAL_MS:
      readVariable(input.serviceEnv, 'CATALOG_RECONCILE_INTERVAL_MS') ?? '60000',
    ...(stripePublishableKey ? { STRIPE_PUBLISHABLE_KEY: stripePublishableKey } : {}),
  };
}
