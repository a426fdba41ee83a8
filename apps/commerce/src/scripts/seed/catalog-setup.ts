import {
  createInventoryLevelsWorkflow,
  createProductCategoriesWorkflow,
  createProductsWorkflow,
  uploadFilesWorkflow,
} from '@medusajs/medusa/core-flows';
import type { CreateProductWorkflowInputDTO } from '@medusajs/framework/types';
import { Modules, ProductStatus } from '@medusajs/framework/utils';
import { catalogCategories, catalogProducts } from './catalog-data';
import { catalogVariants, type CatalogProduct, type CategoryHandle } from './catalog-types';
import { renderProductImage } from './product-image';
import type { SeedContext } from './seed-context';

// Products are created in small batches so images of one batch are rendered, uploaded and attached
// together without holding the whole catalog's images in memory.
const BATCH_SIZE = 8;

export async function ensureCategories({
  container,
  logger,
}: SeedContext): Promise<Record<CategoryHandle, string>> {
  const products = container.resolve(Modules.PRODUCT);
  const handles = catalogCategories.map((category) => category.handle);
  const existing = await products.listProductCategories({ handle: handles });
  const missing = catalogCategories.filter(
    (category) => !existing.some((found) => found.handle === category.handle),
  );
  if (missing.length > 0) {
    await createProductCategoriesWorkflow(container).run({
      input: {
        product_categories: missing.map((category) => ({
          name: category.name,
          handle: category.handle,
          description: category.description,
          is_active: true,
        })),
      },
    });
    logger.info(
      `seed: created categories ${missing.map((category) => category.handle).join(', ')}`,
    );
  }
  const all = await products.listProductCategories({ handle: handles });
  const ids = Object.fromEntries(all.map((category) => [category.handle, category.id]));
  for (const handle of handles) {
    if (!ids[handle]) throw new Error(`seed: category ${handle} is missing`);
  }
  return ids as Record<CategoryHandle, string>;
}

const imageCaption = (product: CatalogProduct, index: number): string => {
  const option = product.options[index % product.options.length];
  return option ? option.values.join(' · ') : '';
};

async function uploadImages(
  { container }: SeedContext,
  batch: readonly CatalogProduct[],
): Promise<Map<string, string[]>> {
  const files = await Promise.all(
    batch.flatMap((product) =>
      Array.from({ length: product.imageCount }, async (_, index) => ({
        handle: product.handle,
        file: {
          filename: `products/${product.handle}-${index + 1}.webp`,
          mimeType: 'image/webp',
          content: (
            await renderProductImage({
              title: product.title,
              category: product.category,
              index,
              caption: imageCaption(product, index),
            })
          ).toString('base64'),
          access: 'public' as const,
        },
      })),
    ),
  );
  const { result } = await uploadFilesWorkflow(container).run({
    input: { files: files.map((entry) => entry.file) },
  });
  // The workflow returns the files in input order.
  const urls = new Map<string, string[]>();
  files.forEach((entry, i) => {
    const uploaded = result[i];
    if (!uploaded) throw new Error(`seed: upload of ${entry.file.filename} returned nothing`);
    urls.set(entry.handle, [...(urls.get(entry.handle) ?? []), uploaded.url]);
  });
  return urls;
}

function productInput(
  product: CatalogProduct,
  imageUrls: string[],
  ids: { categoryId: string; salesChannelId: string; shippingProfileId: string },
): CreateProductWorkflowInputDTO {
  return {
    title: product.title,
    handle: product.handle,
    description: product.description,
    status: ProductStatus.PUBLISHED,
    category_ids: [ids.categoryId],
    shipping_profile_id: ids.shippingProfileId,
    sales_channels: [{ id: ids.salesChannelId }],
    thumbnail: imageUrls[0] ?? null,
    images: imageUrls.map((url) => ({ url })),
    options: product.options.map((option) => ({ title: option.title, values: [...option.values] })),
    variants: catalogVariants(product).map((variant) => ({
      title: variant.title,
      sku: variant.sku,
      options: variant.options,
      manage_inventory: true,
      allow_backorder: false,
      prices: [
        { currency_code: 'usd', amount: variant.price.usd },
        { currency_code: 'cny', amount: variant.price.cny },
      ],
    })),
  };
}

/** Creates the catalog products that do not exist yet (by handle), with generated images. */
export async function ensureProducts(
  context: SeedContext,
  ids: {
    categoryIds: Record<CategoryHandle, string>;
    salesChannelId: string;
    shippingProfileId: string;
  },
): Promise<void> {
  const { container, logger } = context;
  const products = container.resolve(Modules.PRODUCT);
  const existing = await products.listProducts(
    { handle: catalogProducts.map((product) => product.handle) },
    { select: ['id', 'handle'], take: null },
  );
  const existingHandles = new Set(existing.map((product) => product.handle));
  const missing = catalogProducts.filter((product) => !existingHandles.has(product.handle));
  if (missing.length === 0) return;

  for (let start = 0; start < missing.length; start += BATCH_SIZE) {
    const batch = missing.slice(start, start + BATCH_SIZE);
    const urls = await uploadImages(context, batch);
    await createProductsWorkflow(container).run({
      input: {
        products: batch.map((product) =>
          productInput(product, urls.get(product.handle) ?? [], {
            categoryId: ids.categoryIds[product.category],
            salesChannelId: ids.salesChannelId,
            shippingProfileId: ids.shippingProfileId,
          }),
        ),
      },
    });
    logger.info(`seed: created products ${start + 1}-${start + batch.length} of ${missing.length}`);
  }
}

/**
 * Stocks every catalog SKU at the warehouse that has no level there yet (also heals a seed that
 * stopped between creating products and stocking them).
 */
export async function ensureInventoryLevels(
  { container, logger }: SeedContext,
  locationId: string,
): Promise<void> {
  const stockBySku = new Map(
    catalogProducts.flatMap((product) =>
      catalogVariants(product).map((variant) => [variant.sku, variant.stock] as const),
    ),
  );
  const inventory = container.resolve(Modules.INVENTORY);
  const items = await inventory.listInventoryItems({ sku: [...stockBySku.keys()] }, { take: null });
  const levels = await inventory.listInventoryLevels(
    { location_id: locationId, inventory_item_id: items.map((item) => item.id) },
    { select: ['inventory_item_id'], take: null },
  );
  const stocked = new Set(levels.map((level) => level.inventory_item_id));
  const unstocked = items.filter((item) => !stocked.has(item.id));
  if (unstocked.length === 0) return;
  await createInventoryLevelsWorkflow(container).run({
    input: {
      inventory_levels: unstocked.map((item) => ({
        inventory_item_id: item.id,
        location_id: locationId,
        stocked_quantity: (item.sku && stockBySku.get(item.sku)) || 0,
      })),
    },
  });
  logger.info(`seed: stocked ${unstocked.length} inventory items at the warehouse`);
}
