import { Inject, Injectable, Logger } from '@nestjs/common';
import type { StoreConfig, StoreRegion } from '@noteshop/contracts';
import { CommerceCatalogRepository } from '../catalog/commerce-catalog.repository';
import { toStoreRegions } from '../catalog/store-regions';
import { API_ENV } from '../config/config.module';
import type { ApiEnv } from '../config/env';
import { StoreConfigError } from './store-config.error';

/** Regions change rarely; the storefront asks on every page load. */
export const REGIONS_TTL_MS = 5 * 60_000;

@Injectable()
export class StoreConfigService {
  private readonly logger = new Logger(StoreConfigService.name);
  private cached: { regions: StoreRegion[]; fetchedAt: number } | null = null;
  private refreshing: Promise<StoreRegion[]> | null = null;

  constructor(
    private readonly commerce: CommerceCatalogRepository,
    @Inject(API_ENV)
    private readonly env: Pick<ApiEnv, 'COMMERCE_PUBLISHABLE_KEY' | 'STRIPE_PUBLISHABLE_KEY'>,
  ) {}

  /** Only public values: the publishable keys are meant for browsers, the secret key never leaves. */
  async getConfig(): Promise<StoreConfig> {
    return {
      publishableKey: this.env.COMMERCE_PUBLISHABLE_KEY,
      regions: await this.regions(),
      stripePublishableKey: this.env.STRIPE_PUBLISHABLE_KEY ?? null,
    };
  }

  private async regions(): Promise<StoreRegion[]> {
    if (this.cached && Date.now() - this.cached.fetchedAt < REGIONS_TTL_MS)
      return this.cached.regions;
    // Concurrent page loads share one request to commerce.
    this.refreshing ??= this.fetchRegions().finally(() => {
      this.refreshing = null;
    });
    return this.refreshing;
  }

  private async fetchRegions(): Promise<StoreRegion[]> {
    try {
      const regions = toStoreRegions(await this.commerce.listRegions());
      this.cached = { regions, fetchedAt: Date.now() };
      return regions;
    } catch (error) {
      // Stale regions beat no storefront while commerce restarts.
      if (this.cached) {
        this.logger.warn(
          `serving cached regions: ${error instanceof Error ? error.message : String(error)}`,
        );
        return this.cached.regions;
      }
      throw StoreConfigError.commerceUnavailable();
    }
  }
}
