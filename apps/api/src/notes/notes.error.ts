import type { DomainErrorCode } from '../errors/domain-error-code';
import { DomainError } from '../errors/domain-error';
import type { NoteStatus } from '@noteshop/contracts';

type NotesErrorCode = Extract<DomainErrorCode, `notes/${string}`>;

const list = (ids: readonly string[]) => ids.join(', ');

export class NotesError extends DomainError<NotesErrorCode> {
  static notFound(noteId: string): NotesError {
    return new NotesError('notes/not-found', `No note ${noteId} is visible to you.`, { noteId });
  }

  static notOwner(): NotesError {
    return new NotesError('notes/not-owner', 'Only the creator of this note can change it.');
  }

  static invalidMedia(mediaIds: readonly string[]): NotesError {
    return new NotesError(
      'notes/invalid-media',
      `imageMediaIds: ${list(mediaIds)} ${mediaIds.length === 1 ? 'is not an image' : 'are not images'} you uploaded. Upload images with POST /api/media and use their ids.`,
      { mediaIds },
    );
  }

  static unknownProducts(productIds: readonly string[]): NotesError {
    return new NotesError(
      'notes/unknown-product',
      `productTags: no product has the id ${list(productIds)}. Tag products from GET /api/products.`,
      { productIds },
    );
  }

  static unknownVariants(tags: readonly { productId: string; variantId: string }[]): NotesError {
    const described = tags.map((tag) => `${tag.variantId} (of ${tag.productId})`);
    return new NotesError(
      'notes/unknown-product',
      `productTags: the tagged product has no variant ${list(described)}. Use a variant id from its product card, or none.`,
      { variants: tags },
    );
  }

  static invalidHotspot(position: number, imageIndex: number, imageCount: number): NotesError {
    return new NotesError(
      'notes/invalid-hotspot',
      `productTags[${position}].hotspot.imageIndex: ${imageIndex} points past the note's ${imageCount} image(s); use 0 to ${imageCount - 1}.`,
      { position, imageIndex, imageCount },
    );
  }

  static cannotPublish(status: NoteStatus): NotesError {
    return new NotesError(
      'notes/invalid-state',
      `This note is ${status} and cannot be published again; hidden notes stay hidden.`,
      { status },
    );
  }

  static invalidCursor(): NotesError {
    return new NotesError(
      'notes/invalid-cursor',
      'cursor: not a cursor from a previous page; start again without one',
    );
  }

  private constructor(code: NotesErrorCode, message: string, details?: unknown) {
    super(code, message, details);
  }
}
