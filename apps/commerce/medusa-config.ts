import { defineConfig, loadEnv } from '@medusajs/framework/utils';
import { commerceModules } from './src/lib/commerce-modules';
import { readJwtKeyPair, type JwtKeyPair } from './src/lib/jwt-keys';
import { resolveUploadDir } from './src/lib/data-dir';

loadEnv(process.env['NODE_ENV'] || 'development', process.cwd());

const env = process.env;
const backendUrl = (
  env['MEDUSA_BACKEND_URL'] || `http://localhost:${env['PORT'] || '9000'}`
).replace(/\/+$/, '');
const jwtIssuer = env['JWT_ISSUER'] || 'noteshop';

// `medusa build` reads this file only for the admin settings and runs without secrets (e.g. in a
// Docker build), so only the commands that serve or touch data insist on the key pair.
const isBuild = process.argv[2] === 'build';
const jwtKeys: JwtKeyPair | undefined = isBuild ? undefined : readJwtKeyPair(env);
const databaseUrl = env['DATABASE_URL']?.trim();
if (!isBuild && !databaseUrl) {
  throw new Error(
    'commerce: DATABASE_URL is not set (e.g. postgres://user@127.0.0.1:5432/commerce).',
  );
}

const stripeApiKey = env['STRIPE_API_KEY']?.trim();
const browserOrigins = 'http://localhost:3000,http://127.0.0.1:3000,http://localhost:5173';

export default defineConfig({
  projectConfig: {
    ...(databaseUrl ? { databaseUrl } : {}),
    ...(env['REDIS_URL'] ? { redisUrl: env['REDIS_URL'] } : {}),
    http: {
      storeCors: env['STORE_CORS'] || browserOrigins,
      adminCors: env['ADMIN_CORS'] || backendUrl,
      authCors: env['AUTH_CORS'] || `${browserOrigins},${backendUrl}`,
      // RS256: Medusa signs with the private key and verifies with the public one; the api holds only the latter.
      ...(jwtKeys ? { jwtSecret: jwtKeys.privateKey, jwtPublicKey: jwtKeys.publicKey } : {}),
      jwtOptions: { algorithm: 'RS256', issuer: jwtIssuer },
      jwtVerifyOptions: { algorithms: ['RS256'], issuer: jwtIssuer },
      ...(env['COOKIE_SECRET'] ? { cookieSecret: env['COOKIE_SECRET'] } : {}),
    },
    // `medusa start` runs as production, whose session cookie is Secure; browsers drop that over plain HTTP.
    cookieOptions: { secure: backendUrl.startsWith('https://') },
  },
  admin: {
    // Baked into the admin bundle at build time; without MEDUSA_BACKEND_URL, "/" (same origin) keeps
    // one build valid on whatever port the server later runs.
    backendUrl: env['MEDUSA_BACKEND_URL']?.trim() || '/',
    disable: env['ADMIN_DISABLED'] === 'true',
  },
  modules: commerceModules({
    uploadDir: resolveUploadDir(env),
    backendUrl,
    redisUrl: env['REDIS_URL'] || undefined,
    stripe: stripeApiKey
      ? {
          apiKey: stripeApiKey,
          webhookSecret: env['STRIPE_WEBHOOK_SECRET'] || undefined,
          apiBase: env['STRIPE_API_BASE'] || undefined,
        }
      : undefined,
  }),
});
