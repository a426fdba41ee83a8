import { z } from 'zod';

export const DependencyHealth = z
  .object({
    status: z.enum(['up', 'down']),
    latencyMs: z.number().nonnegative(),
    error: z.string().optional(),
  })
  .meta({ id: 'DependencyHealth' });
export type DependencyHealth = z.infer<typeof DependencyHealth>;

export const HealthReport = z
  .object({
    status: z.enum(['ok', 'degraded']),
    checks: z.object({
      postgres: DependencyHealth,
      meilisearch: DependencyHealth,
      commerce: DependencyHealth,
    }),
  })
  .meta({ id: 'HealthReport' });
export type HealthReport = z.infer<typeof HealthReport>;
