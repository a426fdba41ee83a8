import { z } from 'zod';

// The parts of Medusa's store and admin JSON the catalog reads. Unknown keys are dropped.

const Timestamp = z.iso.datetime({ offset: true });

// Medusa serialises amounts as numbers, but BigNumber-backed values may arrive as strings.
const MedusaAmount = z.union([z.number(), z.string()]);

export const MedusaStoreVariant = z.object({
  id: z.string(),
  title: z.string().nullish(),
  options: z
    .array(z.object({ value: z.string(), option: z.object({ title: z.string() }).nullish() }))
    .nullish(),
  calculated_price: z
    .object({ calculated_amount: MedusaAmount.nullish(), currency_code: z.string().nullish() })
    .nullish(),
  manage_inventory: z.boolean().nullish(),
  allow_backorder: z.boolean().nullish(),
  inventory_quantity: z.number().nullish(),
});
export type MedusaStoreVariant = z.infer<typeof MedusaStoreVariant>;

export const MedusaStoreProduct = z.object({
  id: z.string(),
  handle: z.string(),
  title: z.string(),
  description: z.string().nullish(),
  thumbnail: z.string().nullish(),
  created_at: Timestamp,
  updated_at: Timestamp,
  images: z.array(z.object({ url: z.string() })).nullish(),
  categories: z.array(z.object({ handle: z.string() })).nullish(),
  variants: z.array(MedusaStoreVariant).nullish(),
});
export type MedusaStoreProduct = z.infer<typeof MedusaStoreProduct>;

export const MedusaStoreProductList = z.object({ products: z.array(MedusaStoreProduct) });

export const MedusaProductIdList = z.object({ products: z.array(z.object({ id: z.string() })) });

export const MedusaAdminProductChangeList = z.object({
  products: z.array(z.object({ id: z.string(), updated_at: Timestamp })),
});
export type MedusaProductChange = z.infer<typeof MedusaAdminProductChangeList>['products'][number];

export const MedusaStoreRegion = z.object({
  id: z.string(),
  name: z.string(),
  currency_code: z.string(),
  countries: z.array(z.object({ iso_2: z.string().nullish() })).nullish(),
});
export type MedusaStoreRegion = z.infer<typeof MedusaStoreRegion>;

export const MedusaStoreRegionList = z.object({ regions: z.array(MedusaStoreRegion) });
