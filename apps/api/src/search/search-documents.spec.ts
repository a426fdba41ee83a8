import { describe, expect, it } from 'vitest';
import {
  type NoteSource,
  type ProductSource,
  toCreatorDocument,
  toNoteDocument,
  toProductDocument,
} from './search-documents';

const note: NoteSource = {
  id: 'note-1',
  title: 'Rosewood all week',
  body: 'My everyday pick #lips',
  hashtags: ['lips'],
  category: 'makeup',
  language: 'en',
  locationName: null,
  likeCount: 3,
  saveCount: 2,
  commentCount: 1,
  hotScore: 1.5,
  publishedAt: new Date('2026-01-02T03:04:05.000Z'),
  creator: { id: 'creator-1', handle: 'mei', displayName: 'Mei 美' },
  taggedProducts: [
    { productId: 'prod_lip', title: 'Velvet Matte Lipstick' },
    { productId: 'prod_gone', title: null },
    { productId: 'prod_lip', title: 'Velvet Matte Lipstick' },
  ],
};

const product: ProductSource = {
  productId: 'prod_lip',
  handle: 'velvet-matte-lipstick',
  title: 'Velvet Matte Lipstick',
  description: null,
  category: 'makeup',
  thumbnail: null,
  priceRanges: [
    { currencyCode: 'usd', min: 1900, max: 2400 },
    { currencyCode: 'cny', min: 13900, max: 16900 },
  ],
  variants: [
    { id: 'v1', title: 'Rosewood', options: { Shade: 'Rosewood' }, prices: [], inStock: true },
    { id: 'v2', title: 'Ruby', options: { Shade: 'Ruby' }, prices: [], inStock: false },
    { id: 'v3', title: 'Rosewood mini', options: { Shade: 'Rosewood' }, prices: [], inStock: true },
  ],
  inStock: true,
  noteCount: 4,
  topCreators: ['mei', 'lily'],
};

describe('toNoteDocument', () => {
  const sut = toNoteDocument;

  it('joins the creator and the titles of the tagged products, each once', () => {
    expect(sut(note)).toMatchObject({
      id: 'note-1',
      creator_id: 'creator-1',
      creator_handle: 'mei',
      creator_display_name: 'Mei 美',
      product_ids: ['prod_lip', 'prod_gone'],
      product_titles: ['Velvet Matte Lipstick'],
    });
  });

  it('stores published_at as epoch milliseconds so Meilisearch can sort by it', () => {
    expect(sut(note).published_at).toBe(Date.parse('2026-01-02T03:04:05.000Z'));
  });

  it('carries the counts and hot score', () => {
    expect(sut(note)).toMatchObject({
      like_count: 3,
      save_count: 2,
      comment_count: 1,
      hot_score: 1.5,
    });
  });
});

describe('toProductDocument', () => {
  const sut = toProductDocument;

  it('flattens price ranges into per-currency minor-unit fields', () => {
    expect(sut(product)).toMatchObject({
      price_min_usd: 1900,
      price_max_usd: 2400,
      price_min_cny: 13900,
      price_max_cny: 16900,
    });
  });

  it('leaves a currency the product is not sold in as null', () => {
    const usdOnly = sut({ ...product, priceRanges: [{ currencyCode: 'usd', min: 1, max: 2 }] });
    expect(usdOnly.price_min_cny).toBeNull();
    expect(usdOnly.price_max_cny).toBeNull();
  });

  it('lists each variant option value once, with note count and top creators', () => {
    expect(sut(product)).toMatchObject({
      option_values: ['Rosewood', 'Ruby'],
      note_count: 4,
      top_creators: ['mei', 'lily'],
      in_stock: true,
      description: '',
    });
  });
});

describe('toCreatorDocument', () => {
  it('maps the searchable profile and counters', () => {
    expect(
      toCreatorDocument({
        id: 'c1',
        handle: 'mei',
        displayName: 'Mei',
        bio: 'Travel light',
        followerCount: 10,
        noteCount: 2,
      }),
    ).toEqual({
      id: 'c1',
      handle: 'mei',
      display_name: 'Mei',
      bio: 'Travel light',
      follower_count: 10,
      note_count: 2,
    });
  });
});
