import { z } from 'zod';

/** Every 4xx/5xx body the api sends. `code` is `<domain>/<reason>`, e.g. `catalog/product-not-found`. */
export const ApiError = z
  .object({
    error: z.object({
      code: z.string(),
      message: z.string(),
      details: z.unknown().optional(),
    }),
  })
  .meta({ id: 'ApiError' });
export type ApiError = z.infer<typeof ApiError>;
