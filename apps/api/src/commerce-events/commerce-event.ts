import { z } from 'zod';

/** What commerce's subscribers POST: the id Medusa's event carried, and the event's name. */
export const CommerceEvent = z
  .strictObject({
    id: z.string().min(1).max(200),
    event: z.string().min(1).max(100),
    occurredAt: z.iso.datetime({ offset: true }),
  })
  .meta({ id: 'CommerceEvent' });
export type CommerceEvent = z.infer<typeof CommerceEvent>;

export const CommerceEventAccepted = z
  .object({
    productIds: z.array(z.string()).describe('Products whose cards were re-read'),
  })
  .meta({ id: 'CommerceEventAccepted' });
export type CommerceEventAccepted = z.infer<typeof CommerceEventAccepted>;

/** Which commerce record an event's id names; only these can change a product card. */
export type CommerceEventSubject = 'product' | 'variant' | 'inventory-item';

const SUBJECTS: Record<string, CommerceEventSubject> = {
  product: 'product',
  'product-variant': 'variant',
  'inventory-item': 'inventory-item',
};

/**
 * `product.updated` → product, `product-variant.deleted` → variant, and so on. Other events (and
 * Medusa's module-prefixed twins like `inventory.inventory-item.updated`) are none of our business.
 */
export function subjectOf(event: string): CommerceEventSubject | undefined {
  const match = /^([a-z-]+)\.(created|updated|deleted)$/.exec(event);
  return match?.[1] === undefined ? undefined : SUBJECTS[match[1]];
}
