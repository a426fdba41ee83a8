import { Inject, Injectable } from '@nestjs/common';
import { z } from 'zod';
import { CommerceRequestError } from '../catalog/commerce-request.error';
import { API_ENV } from '../config/config.module';
import type { ApiEnv } from '../config/env';

const REQUEST_TIMEOUT_MS = 10_000;

const VariantProducts = z.object({
  variants: z.array(z.object({ product_id: z.string().nullish() })),
});
const InventoryItemVariants = z.object({
  inventory_items: z.array(
    z.object({ variants: z.array(z.object({ product_id: z.string().nullish() })).nullish() }),
  ),
});

/** Medusa's admin API, read with the secret key: which product a variant or stock record belongs to. */
@Injectable()
export class CommerceEventsRepository {
  private readonly baseUrl: string;
  private readonly authorization: string;

  constructor(@Inject(API_ENV) env: ApiEnv) {
    this.baseUrl = env.COMMERCE_URL;
    // Medusa reads a secret API key as the user name of HTTP basic auth, with no password.
    this.authorization = `Basic ${Buffer.from(`${env.COMMERCE_SECRET_API_KEY}:`).toString('base64')}`;
  }

  /** The product of a variant; none when the variant is gone (its product's card heals by sweep). */
  async productIdsOfVariant(variantId: string): Promise<string[]> {
    const body = await this.get('/admin/product-variants', VariantProducts, {
      id: variantId,
      fields: 'id,product_id',
    });
    return productIds(body.variants);
  }

  /** The products whose variants draw on an inventory item (usually one). */
  async productIdsOfInventoryItem(inventoryItemId: string): Promise<string[]> {
    const body = await this.get('/admin/inventory-items', InventoryItemVariants, {
      id: inventoryItemId,
      fields: 'id,variants.product_id',
    });
    return productIds(body.inventory_items.flatMap((item) => item.variants ?? []));
  }

  private async get<Schema extends z.ZodType>(
    path: string,
    schema: Schema,
    query: Record<string, string>,
  ): Promise<z.infer<Schema>> {
    const url = new URL(`${this.baseUrl}${path}`);
    for (const [name, value] of Object.entries(query)) url.searchParams.append(name, value);
    let response: Response;
    try {
      response = await fetch(url, {
        headers: { accept: 'application/json', authorization: this.authorization },
        signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS),
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
    const parsed = schema.safeParse(await response.json().catch(() => undefined));
    if (!parsed.success)
      throw new CommerceRequestError(path, `unexpected answer (${parsed.error.message})`);
    return parsed.data;
  }
}

function productIds(rows: { product_id?: string | null | undefined }[]): string[] {
  return [...new Set(rows.flatMap((row) => (row.product_id ? [row.product_id] : [])))];
}
