import { z } from 'zod';
import { ProductCategory } from './catalog.js';
import { CreatorCard, LanguageTag } from './creators.js';
import { PriceRange } from './money.js';
import { Image } from './media.js';

export const NoteCategory = z
  .enum(['fashion', 'makeup', 'travel', 'food', 'home', 'fitness'])
  .meta({ id: 'NoteCategory' });
export type NoteCategory = z.infer<typeof NoteCategory>;

export const NoteStatus = z.enum(['draft', 'published', 'hidden']).meta({ id: 'NoteStatus' });
export type NoteStatus = z.infer<typeof NoteStatus>;

/** Where a tag sits on one of the note's images; x and y are percentages from the top-left. */
export const Hotspot = z
  .object({
    imageIndex: z.number().int().min(0).max(8),
    x: z.number().min(0).max(100),
    y: z.number().min(0).max(100),
  })
  .meta({ id: 'Hotspot' });
export type Hotspot = z.infer<typeof Hotspot>;

export const ProductTagInput = z
  .object({
    productId: z.string().min(1).max(100).describe('Medusa product id (prod_…)'),
    variantId: z.string().min(1).max(100).nullable().default(null),
    hotspot: Hotspot.nullable().default(null),
  })
  .meta({ id: 'ProductTagInput' });
export type ProductTagInput = z.infer<typeof ProductTagInput>;

export const NoteCreate = z
  .object({
    title: z.string().trim().min(1).max(100).describe('Shown on the feed card'),
    body: z.string().max(5000).default('').describe('#hashtags and @mentions are parsed out'),
    imageMediaIds: z
      .array(z.uuid())
      .min(1)
      .max(9)
      .describe('Images you uploaded, in carousel order'),
    category: NoteCategory,
    language: LanguageTag,
    locationName: z.string().trim().min(1).max(100).nullable().default(null),
    productTags: z.array(ProductTagInput).max(20).default([]),
  })
  .meta({ id: 'NoteCreate' });
export type NoteCreate = z.infer<typeof NoteCreate>;

// Not `NoteCreate.partial()`: that still applies NoteCreate's defaults, so a PATCH of only the
// title would clear the body, the location and the tags.
export const NoteUpdate = z
  .object({
    title: NoteCreate.shape.title,
    body: NoteCreate.shape.body.unwrap(),
    imageMediaIds: NoteCreate.shape.imageMediaIds,
    category: NoteCategory,
    language: LanguageTag,
    locationName: NoteCreate.shape.locationName.unwrap(),
    productTags: NoteCreate.shape.productTags.unwrap(),
  })
  .partial()
  .meta({ id: 'NoteUpdate' });
export type NoteUpdate = z.infer<typeof NoteUpdate>;

/** The part of a product card a note shows beside its tag. */
export const TaggedProduct = z
  .object({
    id: z.string(),
    handle: z.string(),
    title: z.string(),
    thumbnail: z.string().nullable(),
    category: ProductCategory.nullable(),
    priceRanges: z.array(PriceRange),
    inStock: z.boolean(),
  })
  .meta({ id: 'TaggedProduct' });
export type TaggedProduct = z.infer<typeof TaggedProduct>;

export const NoteProductTag = z
  .object({
    product: TaggedProduct,
    variantId: z.string().nullable(),
    hotspot: Hotspot.nullable(),
  })
  .meta({ id: 'NoteProductTag' });
export type NoteProductTag = z.infer<typeof NoteProductTag>;

export const NoteCounts = z
  .object({
    likes: z.number().int().nonnegative(),
    saves: z.number().int().nonnegative(),
    comments: z.number().int().nonnegative(),
  })
  .meta({ id: 'NoteCounts' });

/** What the signed-in viewer has done to a note; null when anonymous. */
export const NoteViewerState = z
  .object({ liked: z.boolean(), saved: z.boolean(), isOwner: z.boolean() })
  .nullable()
  .meta({ id: 'NoteViewerState' });

/** A feed item: everything a masonry card needs, hydrated in one batch. */
export const NoteCard = z
  .object({
    id: z.uuid(),
    title: z.string(),
    cover: Image,
    imageCount: z.number().int().min(1).max(9),
    category: NoteCategory,
    language: z.string(),
    creator: CreatorCard,
    products: z.array(TaggedProduct).describe('Distinct tagged products, in tag order'),
    counts: NoteCounts,
    viewer: NoteViewerState,
    publishedAt: z.iso.datetime({ offset: true }).nullable(),
  })
  .meta({ id: 'NoteCard' });
export type NoteCard = z.infer<typeof NoteCard>;

/** A whole note, as its page shows it. */
export const NoteDetail = NoteCard.omit({ cover: true, products: true })
  .extend({
    status: NoteStatus,
    body: z.string(),
    hashtags: z.array(z.string()),
    mentions: z.array(z.string()),
    images: z.array(Image).min(1).max(9),
    locationName: z.string().nullable(),
    productTags: z.array(NoteProductTag),
    createdAt: z.iso.datetime({ offset: true }),
    updatedAt: z.iso.datetime({ offset: true }),
  })
  .meta({ id: 'NoteDetail' });
export type NoteDetail = z.infer<typeof NoteDetail>;

export const NoteIdParam = z
  .object({ id: z.uuid('A note id is a UUID') })
  .meta({ id: 'NoteIdParam' });

/** One page of any note list (feeds, hashtags, profiles, a product's notes). */
export const NoteCardPage = z
  .object({ items: z.array(NoteCard), nextCursor: z.string().nullable() })
  .meta({ id: 'NoteCardPage' });
export type NoteCardPage = z.infer<typeof NoteCardPage>;

export const PageQuery = z
  .object({
    cursor: z.string().min(1).max(500).optional(),
    limit: z.coerce.number().int().min(1).max(50).default(20),
  })
  .meta({ id: 'PageQuery' });
export type PageQuery = z.infer<typeof PageQuery>;
