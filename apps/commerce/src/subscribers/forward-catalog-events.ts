import type { SubscriberArgs, SubscriberConfig } from '@medusajs/framework';
import { deliverCommerceEvent, webhookTarget } from '../lib/noteshop-webhook';

let warnedUnconfigured = false;

/**
 * Tells the api a product, variant or stock record changed, so it refreshes that product card
 * now instead of at its next reconcile pass. The api re-reads the product itself; the event only
 * says which one. A throw makes the event bus retry (Redis bus: attempts with backoff).
 */
export default async function forwardCatalogEvent({
  event,
  container,
}: SubscriberArgs<{ id: string }>): Promise<void> {
  const target = webhookTarget(process.env);
  if (!target) {
    if (!warnedUnconfigured) {
      warnedUnconfigured = true;
      container
        .resolve('logger')
        .warn(
          'NOTESHOP_API_URL or WEBHOOK_SECRET is not set: catalog events are not sent to the api',
        );
    }
    return;
  }
  await deliverCommerceEvent(target, {
    id: event.data.id,
    event: event.name,
    occurredAt: new Date().toISOString(),
  });
}

// Medusa 2.21's workflow event names (@medusajs/utils ProductWorkflowEvents and friends).
export const config: SubscriberConfig = {
  event: [
    'product.created',
    'product.updated',
    'product.deleted',
    'product-variant.created',
    'product-variant.updated',
    'product-variant.deleted',
  ],
};
