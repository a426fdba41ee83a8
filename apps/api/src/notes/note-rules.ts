import type { NoteStatus, ProductTagInput } from '@noteshop/contracts';
import { NotesError } from './notes.error';

/** What a product tag is checked against: the variant ids on its product card. */
export interface TaggableProduct {
  id: string;
  variantIds: readonly string[];
}

/** Every image must be media the author uploaded; the error names each one that is not. */
export function assertOwnsMedia(requested: readonly string[], owned: ReadonlySet<string>): void {
  const foreign = [...new Set(requested.filter((id) => !owned.has(id)))];
  if (foreign.length > 0) throw NotesError.invalidMedia(foreign);
}

/**
 * Tags name products in the card cache, a variant of that product if any, and a hotspot on one of
 * the note's images. Unknown products are reported all at once, so one fix round is enough.
 */
export function assertValidProductTags(
  tags: readonly ProductTagInput[],
  products: ReadonlyMap<string, TaggableProduct>,
  imageCount: number,
): void {
  const unknown = [...new Set(tags.map((tag) => tag.productId).filter((id) => !products.has(id)))];
  if (unknown.length > 0) throw NotesError.unknownProducts(unknown);

  const wrongVariants = tags.flatMap((tag) =>
    tag.variantId !== null && !products.get(tag.productId)?.variantIds.includes(tag.variantId)
      ? [{ productId: tag.productId, variantId: tag.variantId }]
      : [],
  );
  if (wrongVariants.length > 0) throw NotesError.unknownVariants(wrongVariants);

  assertHotspotsFit(tags, imageCount);
}

/** A hotspot sits on one of the note's images: its index is below the image count. */
export function assertHotspotsFit(
  tags: readonly Pick<ProductTagInput, 'hotspot'>[],
  imageCount: number,
): void {
  tags.forEach((tag, position) => {
    if (tag.hotspot && tag.hotspot.imageIndex >= imageCount)
      throw NotesError.invalidHotspot(position, tag.hotspot.imageIndex, imageCount);
  });
}

/** What `publish` does to a note in a given state: drafts publish, published notes stay as they are. */
export function publishStep(status: NoteStatus): 'publish' | 'already-published' {
  switch (status) {
    case 'draft':
      return 'publish';
    case 'published':
      return 'already-published';
    case 'hidden':
      // Hidden by moderation; only moderation may bring it back.
      throw NotesError.cannotPublish(status);
  }
}

/** Only published notes are public; drafts and hidden notes exist only for their owner. */
export const isVisibleTo = (status: NoteStatus, isOwner: boolean): boolean =>
  status === 'published' || isOwner;

/** Search and feeds hold published notes only, so only their changes go to the outbox. */
export const isIndexed = (status: NoteStatus): boolean => status === 'published';
