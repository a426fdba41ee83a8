import type { ProductTagInput } from '@noteshop/contracts';
import { describe, expect, it } from 'vitest';
import {
  assertHotspotsFit,
  assertOwnsMedia,
  assertValidProductTags,
  isIndexed,
  isVisibleTo,
  publishStep,
  type TaggableProduct,
} from './note-rules';
import { NotesError } from './notes.error';

const tag = (productId: string, extra: Partial<ProductTagInput> = {}): ProductTagInput => ({
  productId,
  variantId: null,
  hotspot: null,
  ...extra,
});

const catalog = new Map<string, TaggableProduct>([
  ['prod_a', { id: 'prod_a', variantIds: ['variant_a1', 'variant_a2'] }],
  ['prod_b', { id: 'prod_b', variantIds: ['variant_b1'] }],
]);

const thrown = (act: () => void): NotesError => {
  try {
    act();
  } catch (error) {
    if (error instanceof NotesError) return error;
    throw error;
  }
  throw new Error('expected a NotesError');
};

describe(assertOwnsMedia.name, () => {
  it('accepts images the author uploaded', () => {
    expect(() => assertOwnsMedia(['m1', 'm2'], new Set(['m1', 'm2', 'm3']))).not.toThrow();
  });

  it('names each image the author did not upload, once', () => {
    const error = thrown(() => assertOwnsMedia(['m1', 'x', 'y', 'x'], new Set(['m1'])));

    expect(error.code).toBe('notes/invalid-media');
    expect(error.details).toEqual({ mediaIds: ['x', 'y'] });
    expect(error.message).toContain('x, y');
  });
});

describe(assertValidProductTags.name, () => {
  it('accepts known products, their own variants and hotspots on existing images', () => {
    const tags = [
      tag('prod_a', { variantId: 'variant_a2', hotspot: { imageIndex: 2, x: 0, y: 100 } }),
      tag('prod_b'),
    ];

    expect(() => assertValidProductTags(tags, catalog, 3)).not.toThrow();
  });

  it('names every unknown product at once', () => {
    const error = thrown(() =>
      assertValidProductTags([tag('prod_x'), tag('prod_a'), tag('prod_y')], catalog, 1),
    );

    expect(error.code).toBe('notes/unknown-product');
    expect(error.details).toEqual({ productIds: ['prod_x', 'prod_y'] });
  });

  it('refuses a variant of another product, naming it', () => {
    const error = thrown(() =>
      assertValidProductTags([tag('prod_a', { variantId: 'variant_b1' })], catalog, 1),
    );

    expect(error.code).toBe('notes/unknown-product');
    expect(error.message).toContain('variant_b1 (of prod_a)');
  });

  it('refuses a hotspot on an image the note does not have', () => {
    const error = thrown(() =>
      assertValidProductTags(
        [tag('prod_a'), tag('prod_b', { hotspot: { imageIndex: 4, x: 1, y: 1 } })],
        catalog,
        3,
      ),
    );

    expect(error.code).toBe('notes/invalid-hotspot');
    expect(error.details).toEqual({ position: 1, imageIndex: 4, imageCount: 3 });
  });
});

describe(assertHotspotsFit.name, () => {
  it('accepts the last image and refuses one past it', () => {
    const onThird = [tag('prod_a', { hotspot: { imageIndex: 2, x: 5, y: 5 } })];

    expect(() => assertHotspotsFit(onThird, 3)).not.toThrow();
    expect(thrown(() => assertHotspotsFit(onThird, 2)).code).toBe('notes/invalid-hotspot');
  });
});

describe(publishStep.name, () => {
  it('publishes a draft', () => {
    expect(publishStep('draft')).toBe('publish');
  });

  it('leaves a published note as it is', () => {
    expect(publishStep('published')).toBe('already-published');
  });

  it('refuses to publish a hidden note', () => {
    expect(thrown(() => publishStep('hidden')).code).toBe('notes/invalid-state');
  });
});

describe(isVisibleTo.name, () => {
  it('shows published notes to everyone and the rest only to the owner', () => {
    expect(isVisibleTo('published', false)).toBe(true);
    expect(isVisibleTo('draft', false)).toBe(false);
    expect(isVisibleTo('hidden', false)).toBe(false);
    expect(isVisibleTo('draft', true)).toBe(true);
    expect(isVisibleTo('hidden', true)).toBe(true);
  });
});

describe(isIndexed.name, () => {
  it('indexes published notes only', () => {
    expect(['draft', 'published', 'hidden'].filter((status) => isIndexed(status as never))).toEqual(
      ['published'],
    );
  });
});
