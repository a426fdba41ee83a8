import { Inject, Injectable } from '@nestjs/common';
import type { z } from 'zod';
import { API_ENV } from '../config/config.module';
import type { ApiEnv } from '../config/env';
import { CommerceRequestError } from './commerce-request.error';
import {
  MedusaAdminProductChangeList,
  type MedusaProductChange,
  MedusaProductIdList,
  MedusaStoreProductList,
  type MedusaStoreProduct,
  MedusaStoreRegionList,
  type MedusaStoreRegion,
} from './medusa-product';

export interface Page {
  offset: number;
  limit: number;
}

// Exactly what a product card needs; `inventory_quantity` is computed for the key's sales channel.
// Medusa 2.21's store allowlist silently drops `categories.handle` and `variants.options.option.title`,
// so those relations are asked for whole.
const CARD_FIELDS = [
  'id',
  'title',
  'handle',
  'description',
  'thumbnail',
  'created_at',
  'updated_at',
  'images.url',
  '*categories',
  'variants.id',
  'variants.title',
  'variants.options.value',
  'variants.options.option.*',
  'variants.calculated_price',
  'variants.manage_inventory',
  'variants.allow_backorder',
  'variants.inventory_quantity',
].join(',');

const REQUEST_TIMEOUT_MS = 15_000;

type Credential = 'publishable' | 'secret' | 'none';
type Query = Record<string, string | number | string[] | undefined>;

/** Medusa over HTTP: the only place in the api that talks to commerce. */
@Injectable()
export class CommerceCatalogRepository {
  private readonly baseUrl: string;
  private readonly headers: Record<Exclude<Credential, 'none'>, Record<string, string>>;

  constructor(@Inject(API_ENV) env: ApiEnv) {
    this.baseUrl = env.COMMERCE_URL;
    this.headers = {
      publishable: { 'x-publishable-api-key': env.COMMERCE_PUBLISHABLE_KEY },
      // Medusa reads a secret API key as the user name of HTTP basic auth, with no password.
      secret: {
        authorization: `Basic ${Buffer.from(`${env.COMMERCE_SECRET_API_KEY}:`).toString('base64')}`,
      },
    };
  }

  /** Products of any status updated at or after `since`, oldest change first (admin API). */
  async listProductChanges(since: string | null, page: Page): Promise<MedusaProductChange[]> {
    const body = await this.get('/admin/products', 'secret', MedusaAdminProductChangeList, {
      fields: 'id,updated_at',
      order: 'updated_at',
      'updated_at[$gte]': since ?? undefined,
      offset: page.offset,
      limit: page.limit,
    });
    return body.products;
  }

  /** Ids of the products the storefront can see, in id order so offset paging is stable. */
  async listVisibleProductIds(page: Page): Promise<string[]> {
    const body = await this.get('/store/products', 'publishable', MedusaProductIdList, {
      fields: 'id',
      order: 'id',
      offset: page.offset,
      limit: page.limit,
    });
    return body.products.map((product) => product.id);
  }

  /** Up to 50 published products by id, priced in one region. The order is Medusa's, not `ids`'. */
  async listProductsForCards(regionId: string, ids: string[]): Promise<MedusaStoreProduct[]> {
    const body = await this.get('/store/products', 'publishable', MedusaStoreProductList, {
      region_id: regionId,
      'id[]': ids,
      limit: ids.length,
      fields: CARD_FIELDS,
    });
    return body.products;
  }

  async listRegions(): Promise<MedusaStoreRegion[]> {
    const body = await this.get('/store/regions', 'publishable', MedusaStoreRegionList, {
      fields: 'id,name,currency_code,countries.iso_2',
      limit: 100,
    });
    return body.regions;
  }

  /** Resolves when commerce answers its health check, throws otherwise. */
  async checkHealth(signal: AbortSignal): Promise<void> {
    await this.request('/health', 'none', {}, signal);
  }

  private async get<Schema extends z.ZodType>(
    path: string,
    credential: Credential,
    schema: Schema,
    query: Query,
  ): Promise<z.infer<Schema>> {
    const response = await this.request(
      path,
      credential,
      query,
      AbortSignal.timeout(REQUEST_TIMEOUT_MS),
    );
    const parsed = schema.safeParse(await response.json().catch(() => undefined));
    if (!parsed.success)
      throw new CommerceRequestError(path, `unexpected answer (${parsed.error.message})`);
    return parsed.data;
  }

  private async request(path: string, credential: Credential, query: Query, signal: AbortSignal) {
    const url = new URL(`${this.baseUrl}${path}`);
    for (const [name, value] of Object.entries(query)) {
      for (const item of Array.isArray(value) ? value : [value]) {
        if (item !== undefined) url.searchParams.append(name, String(item));
      }
    }
    let response: Response;
    try {
      response = await fetch(url, {
        headers: {
          accept: 'application/json',
          ...(credential === 'none' ? {} : this.headers[credential]),
        },
        signal,
      });
    } catch (error) {
      const reason =
        error instanceof Error && error.cause instanceof Error
          ? error.cause.message
          : String(error);
      throw new CommerceRequestError(path, `unreachable (${reason})`);
    }
    if (!response.ok) {
      const excerpt = (await response.text().catch(() => '')).slice(0, 200);
      throw new CommerceRequestError(
        path,
        `HTTP ${response.status} ${excerpt}`.trim(),
        response.status,
      );
    }
    return response;
  }
}
