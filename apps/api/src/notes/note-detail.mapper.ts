import type {
  MyNoteCard,
  NoteCategory,
  NoteDetail,
  NoteProductTag,
  TaggedProduct,
} from '@noteshop/contracts';
import type { StoredProductCard } from '../catalog/product-cards.repository';
import { toImage } from '../media/media-image';
import type { NoteBundle } from './note-detail.repository';

const toTaggedProduct = (card: StoredProductCard): TaggedProduct => ({
  id: card.id,
  handle: card.handle,
  title: card.title,
  thumbnail: card.thumbnail,
  category: card.category,
  priceRanges: card.priceRanges,
  inStock: card.inStock,
});

/** Turns loaded bundles into what clients see; images get their public URLs here. */
export class NoteDetailMapper {
  constructor(
    private readonly cards: ReadonlyMap<string, StoredProductCard>,
    private readonly mediaBaseUrl: string,
    private readonly viewerCustomerId: string | null,
  ) {}

  toDetail(bundle: NoteBundle): NoteDetail {
    const { note } = bundle;
    return {
      ...this.common(bundle),
      status: note.status,
      body: note.body,
      hashtags: note.hashtags,
      mentions: note.mentions,
      images: bundle.images.map((image) => toImage(image, this.mediaBaseUrl)),
      locationName: note.locationName,
      // A product deleted from commerce after it was tagged drops out of the note.
      productTags: bundle.tags.flatMap((tag): NoteProductTag[] => {
        const card = this.cards.get(tag.productId);
        if (!card) return [];
        const hotspot =
          tag.imageIndex === null || tag.x === null || tag.y === null
            ? null
            : { imageIndex: tag.imageIndex, x: tag.x, y: tag.y };
        return [{ product: toTaggedProduct(card), variantId: tag.variantId, hotspot }];
      }),
      createdAt: note.createdAt.toISOString(),
      updatedAt: note.updatedAt.toISOString(),
    };
  }

  toMyCard(bundle: NoteBundle): MyNoteCard {
    const [cover] = bundle.images;
    if (!cover) throw new Error(`note ${bundle.note.id} has no images`);
    const productIds = [...new Set(bundle.tags.map((tag) => tag.productId))];
    return {
      ...this.common(bundle),
      status: bundle.note.status,
      cover: toImage(cover, this.mediaBaseUrl),
      products: productIds.flatMap((id) => {
        const card = this.cards.get(id);
        return card ? [toTaggedProduct(card)] : [];
      }),
    };
  }

  private common({ note, creator, images, liked, saved }: NoteBundle) {
    return {
      id: note.id,
      title: note.title,
      imageCount: images.length,
      // Written only through NoteCreate/NoteUpdate, which accept categories only.
      category: note.category as NoteCategory,
      language: note.language,
      creator: {
        id: creator.id,
        handle: creator.handle,
        displayName: creator.displayName,
        avatar: creator.avatar && toImage(creator.avatar, this.mediaBaseUrl),
      },
      counts: { likes: note.likeCount, saves: note.saveCount, comments: note.commentCount },
      viewer:
        this.viewerCustomerId === null
          ? null
          : { liked, saved, isOwner: creator.customerId === this.viewerCustomerId },
      publishedAt: note.publishedAt?.toISOString() ?? null,
    };
  }
}

/** Product ids tagged across the bundles, to load their cards in one query. */
export const taggedProductIds = (bundles: readonly NoteBundle[]): string[] => [
  ...new Set(bundles.flatMap((bundle) => bundle.tags.map((tag) => tag.productId))),
];
