import { Inject, Injectable } from '@nestjs/common';
import { CatalogReconcilerService } from '../catalog/catalog-reconciler.service';
import { API_ENV } from '../config/config.module';
import type { ApiEnv } from '../config/env';
import { type CommerceEvent, type CommerceEventAccepted, subjectOf } from './commerce-event';
import { type SignedRequest, verifyCommerceEvent } from './commerce-event-signature';
import { CommerceEventsError } from './commerce-events.error';
import { CommerceEventsRepository } from './commerce-events.repository';

/** Turns a signed commerce event into a refreshed product card (and its outbox row). */
@Injectable()
export class CommerceEventsService {
  private readonly secret: string | undefined;

  constructor(
    private readonly commerce: CommerceEventsRepository,
    private readonly reconciler: CatalogReconcilerService,
    @Inject(API_ENV) env: Pick<ApiEnv, 'WEBHOOK_SECRET'>,
  ) {
    this.secret = env.WEBHOOK_SECRET;
  }

  /** Throws unless the request carries a fresh signature made with our secret. */
  verify(request: SignedRequest, nowSeconds = Math.floor(Date.now() / 1000)): void {
    if (!this.secret) throw CommerceEventsError.notConfigured();
    const verdict = verifyCommerceEvent(this.secret, request, nowSeconds);
    if (verdict === 'bad-signature') throw CommerceEventsError.badSignature();
    if (verdict === 'stale-timestamp') throw CommerceEventsError.staleTimestamp();
  }

  /**
   * Re-reads the event's product from commerce instead of trusting the event: replays, retries
   * and out-of-order deliveries all converge on commerce's current state.
   */
  async handle(event: CommerceEvent): Promise<CommerceEventAccepted> {
    const productIds = await this.productIdsOf(event);
    await this.reconciler.refreshProducts(productIds);
    return { productIds };
  }

  private async productIdsOf(event: CommerceEvent): Promise<string[]> {
    switch (subjectOf(event.event)) {
      case 'product':
        return [event.id];
      case 'variant':
        return this.commerce.productIdsOfVariant(event.id);
      case 'inventory-item':
        return this.commerce.productIdsOfInventoryItem(event.id);
      case undefined:
        return [];
    }
  }
}
