import type { InputConfigModules } from '@medusajs/framework/types';

export const STRIPE_PROVIDER_ID = 'stripe';

export interface CommerceModuleSettings {
  /** Absolute directory that survives rebuilds of .medusa/server. */
  uploadDir: string;
  /** Public base URL of the Medusa server, e.g. http://localhost:9000. */
  backendUrl: string;
  redisUrl: string | undefined;
  stripe:
    | { apiKey: string; webhookSecret: string | undefined; apiBase: string | undefined }
    | undefined;
}

/** Failed subscribers are retried with backoff; Medusa's local bus never retries. */
export const EVENT_BUS_JOB_OPTIONS = {
  attempts: 5,
  backoff: { type: 'exponential', delay: 1000 },
} as const;

const fileModule = ({
  uploadDir,
  backendUrl,
}: CommerceModuleSettings): InputConfigModules[number] => ({
  resolve: '@medusajs/medusa/file',
  options: {
    providers: [
      {
        resolve: '@medusajs/medusa/file-local',
        id: 'local',
        options: {
          upload_dir: uploadDir,
          // file-local defaults private files to <cwd>/static, which a rebuild wipes.
          private_upload_dir: uploadDir,
          backend_url: `${backendUrl.replace(/\/+$/, '')}/static`,
        },
      },
    ],
  },
});

const redisModules = (redisUrl: string): InputConfigModules => [
  {
    resolve: '@medusajs/medusa/event-bus-redis',
    options: { redisUrl, jobOptions: EVENT_BUS_JOB_OPTIONS },
  },
  {
    resolve: '@medusajs/medusa/workflow-engine-redis',
    options: { redis: { redisUrl } },
  },
  {
    resolve: '@medusajs/medusa/locking',
    options: {
      providers: [
        {
          resolve: '@medusajs/medusa/locking-redis',
          id: 'locking-redis',
          is_default: true,
          options: { redisUrl },
        },
      ],
    },
  },
  // The newer caching module is still behind the off-by-default MEDUSA_FF_CACHING flag in 2.21,
  // so the cache slot Medusa actually uses is the classic cache module.
  {
    resolve: '@medusajs/medusa/cache-redis',
    options: { redisUrl },
  },
];

const paymentModule = (
  stripe: NonNullable<CommerceModuleSettings['stripe']>,
): InputConfigModules[number] => ({
  resolve: '@medusajs/medusa/payment',
  options: {
    providers: [
      {
        // Medusa's Stripe provider, subclassed only to honour STRIPE_API_BASE (tests' local double).
        resolve: './src/modules/stripe-payment',
        id: STRIPE_PROVIDER_ID,
        options: {
          apiKey: stripe.apiKey,
          webhookSecret: stripe.webhookSecret,
          apiBase: stripe.apiBase,
        },
      },
    ],
  },
});

/**
 * The modules NoteShop adds to or swaps in Medusa's defaults. Without Redis, Medusa keeps its in-memory
 * event bus, workflow engine, locking and cache; without Stripe, only `pp_system_default` pays.
 */
export function commerceModules(settings: CommerceModuleSettings): InputConfigModules {
  return [
    fileModule(settings),
    ...(settings.redisUrl ? redisModules(settings.redisUrl) : []),
    ...(settings.stripe ? [paymentModule(settings.stripe)] : []),
  ];
}
