import type { PriceRange, ProductCardVariant } from '@noteshop/contracts';

/** What the `notes` index holds per published note. Snake case: these are Meilisearch fields. */
export interface NoteDocument {
  id: string;
  title: string;
  body: string;
  hashtags: string[];
  category: string;
  language: string;
  location_name: string | null;
  creator_id: string;
  creator_handle: string;
  creator_display_name: string;
  // Kept so a later edit or delete knows which product documents' note_count to refresh.
  product_ids: string[];
  product_titles: string[];
  like_count: number;
  save_count: number;
  comment_count: number;
  hot_score: number;
  /** Epoch milliseconds: Meilisearch sorts numbers, not ISO strings. */
  published_at: number;
}

export interface ProductDocument {
  id: string;
  handle: string;
  title: string;
  description: string;
  category: string | null;
  thumbnail: string | null;
  option_values: string[];
  // Minor units; null when the product has no price in that currency.
  price_min_usd: number | null;
  price_max_usd: number | null;
  price_min_cny: number | null;
  price_max_cny: number | null;
  in_stock: boolean;
  note_count: number;
  top_creators: string[];
}

export interface CreatorDocument {
  id: string;
  handle: string;
  display_name: string;
  bio: string;
  follower_count: number;
  note_count: number;
}

/** A published note with what it joins to, as the sources repository reads it. */
export interface NoteSource {
  id: string;
  title: string;
  body: string;
  hashtags: string[];
  category: string;
  language: string;
  locationName: string | null;
  likeCount: number;
  saveCount: number;
  commentCount: number;
  hotScore: number;
  publishedAt: Date;
  creator: { id: string; handle: string; displayName: string };
  /** Tagged products in tag order; the title is null when the product card is not cached. */
  taggedProducts: { productId: string; title: string | null }[];
}

export interface ProductSource {
  productId: string;
  handle: string;
  title: string;
  description: string | null;
  category: string | null;
  thumbnail: string | null;
  priceRanges: PriceRange[];
  variants: ProductCardVariant[];
  inStock: boolean;
  /** Published notes tagging the product. */
  noteCount: number;
  /** Handles of the creators with the most published notes tagging it, best first. */
  topCreators: string[];
}

export interface CreatorSource {
  id: string;
  handle: string;
  displayName: string;
  bio: string;
  followerCount: number;
  noteCount: number;
}

const unique = <T>(values: readonly T[]): T[] => [...new Set(values)];

export function toNoteDocument(note: NoteSource): NoteDocument {
  return {
    id: note.id,
    title: note.title,
    body: note.body,
    hashtags: note.hashtags,
    category: note.category,
    language: note.language,
    location_name: note.locationName,
    creator_id: note.creator.id,
    creator_handle: note.creator.handle,
    creator_display_name: note.creator.displayName,
    product_ids: unique(note.taggedProducts.map((tag) => tag.productId)),
    product_titles: unique(
      note.taggedProducts.flatMap((tag) => (tag.title === null ? [] : [tag.title])),
    ),
    like_count: note.likeCount,
    save_count: note.saveCount,
    comment_count: note.commentCount,
    hot_score: note.hotScore,
    published_at: note.publishedAt.getTime(),
  };
}

export function toProductDocument(product: ProductSource): ProductDocument {
  const range = (currency: PriceRange['currencyCode']) =>
    product.priceRanges.find((candidate) => candidate.currencyCode === currency);
  const usd = range('usd');
  const cny = range('cny');
  return {
    id: product.productId,
    handle: product.handle,
    title: product.title,
    description: product.description ?? '',
    category: product.category,
    thumbnail: product.thumbnail,
    option_values: unique(product.variants.flatMap((variant) => Object.values(variant.options))),
    price_min_usd: usd?.min ?? null,
    price_max_usd: usd?.max ?? null,
    price_min_cny: cny?.min ?? null,
    price_max_cny: cny?.max ?? null,
    in_stock: product.inStock,
    note_count: product.noteCount,
    top_creators: product.topCreators,
  };
}

export function toCreatorDocument(creator: CreatorSource): CreatorDocument {
  return {
    id: creator.id,
    handle: creator.handle,
    display_name: creator.displayName,
    bio: creator.bio,
    follower_count: creator.followerCount,
    note_count: creator.noteCount,
  };
}
