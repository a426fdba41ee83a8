import { Inject, Injectable } from '@nestjs/common';
import type {
  MyNoteCardPage,
  MyNotesQuery,
  NoteCreate,
  NoteDetail,
  NoteUpdate,
  ProductTagInput,
} from '@noteshop/contracts';
import { ProductCardsRepository } from '../catalog/product-cards.repository';
import { API_ENV } from '../config/config.module';
import type { ApiEnv } from '../config/env';
import { IdentityError } from '../identity/identity.error';
import { decodeMyNotesCursor, encodeMyNotesCursor } from './note-cursor';
import { NoteDetailMapper, taggedProductIds } from './note-detail.mapper';
import { NoteDetailRepository, type NoteBundle } from './note-detail.repository';
import {
  assertHotspotsFit,
  assertOwnsMedia,
  assertValidProductTags,
  isVisibleTo,
  publishStep,
} from './note-rules';
import { parseHashtags, parseMentions } from './note-text';
import { NotesError } from './notes.error';
import { type NoteContent, type NoteOwnership, NotesRepository } from './notes.repository';

/** Notes: drafts, publishing, editing and deleting, with their images and product tags. */
@Injectable()
export class NotesService {
  constructor(
    private readonly notes: NotesRepository,
    private readonly details: NoteDetailRepository,
    private readonly productCards: ProductCardsRepository,
    @Inject(API_ENV) private readonly env: Pick<ApiEnv, 'MEDIA_PUBLIC_BASE_URL'>,
  ) {}

  async create(customerId: string, input: NoteCreate): Promise<NoteDetail> {
    const creatorId = await this.notes.findCreatorId(customerId);
    if (creatorId === undefined) throw IdentityError.notACreator();
    await this.assertOwnsMedia(customerId, input.imageMediaIds);
    await this.assertValidTags(input.productTags, input.imageMediaIds.length);
    const noteId = await this.notes.createDraft(creatorId, {
      ...input,
      hashtags: parseHashtags(input.body),
      mentions: parseMentions(input.body),
    });
    return this.get(noteId, customerId);
  }

  /** Published notes for everyone; drafts and hidden notes only for their owner, 404 otherwise. */
  async get(noteId: string, viewerCustomerId: string | null): Promise<NoteDetail> {
    const [bundle] = await this.details.load([noteId], viewerCustomerId);
    if (!bundle || !isVisibleTo(bundle.note.status, bundle.creator.customerId === viewerCustomerId))
      throw NotesError.notFound(noteId);
    const mapper = await this.mapperFor([bundle], viewerCustomerId);
    return mapper.toDetail(bundle);
  }

  async update(noteId: string, customerId: string, input: NoteUpdate): Promise<NoteDetail> {
    await this.ownedNote(noteId, customerId);
    if (input.imageMediaIds) await this.assertOwnsMedia(customerId, input.imageMediaIds);
    if (input.imageMediaIds || input.productTags) {
      // The tags and images must fit together after the edit, whichever of them it changes.
      const current = await this.notes.findImagesAndTags(noteId);
      const imageCount = input.imageMediaIds?.length ?? current.imageCount;
      if (input.productTags) await this.assertValidTags(input.productTags, imageCount);
      else assertHotspotsFit(current.productTags, imageCount);
    }
    const edit: Partial<NoteContent> = stripUndefined(input);
    if (input.body !== undefined) {
      edit.hashtags = parseHashtags(input.body);
      edit.mentions = parseMentions(input.body);
    }
    if (!(await this.notes.update(noteId, edit, customerId))) throw NotesError.notFound(noteId);
    return this.get(noteId, customerId);
  }

  async delete(noteId: string, customerId: string): Promise<void> {
    await this.ownedNote(noteId, customerId);
    if (!(await this.notes.delete(noteId))) throw NotesError.notFound(noteId);
  }

  /** draft → published; publishing a published note changes nothing; a hidden note stays hidden. */
  async publish(noteId: string, customerId: string): Promise<NoteDetail> {
    const note = await this.ownedNote(noteId, customerId);
    if (
      publishStep(note.status) === 'publish' &&
      !(await this.notes.publishDraft(noteId, customerId))
    ) {
      // Someone else changed the state first: a concurrent publish (fine) or moderation.
      const now = await this.notes.findOwnership(noteId);
      if (!now) throw NotesError.notFound(noteId);
      publishStep(now.status);
    }
    return this.get(noteId, customerId);
  }

  async listMine(customerId: string, query: MyNotesQuery): Promise<MyNoteCardPage> {
    const after = query.cursor === undefined ? null : decodeMyNotesCursor(query.cursor);
    const creatorId = await this.notes.findCreatorId(customerId);
    if (creatorId === undefined) return { items: [], nextCursor: null };
    // One extra row tells whether another page exists without a count query.
    const positions = await this.notes.listByCreator({
      creatorId,
      status: query.status,
      after,
      limit: query.limit + 1,
    });
    const page = positions.slice(0, query.limit);
    const last = page.at(-1);
    const bundles = await this.details.load(
      page.map((position) => position.id),
      customerId,
    );
    const mapper = await this.mapperFor(bundles, customerId);
    return {
      items: bundles.map((bundle) => mapper.toMyCard(bundle)),
      nextCursor: positions.length > query.limit && last ? encodeMyNotesCursor(last) : null,
    };
  }

  /** The note, if the caller may change it: 404 when they may not even see it, 403 otherwise. */
  private async ownedNote(noteId: string, customerId: string): Promise<NoteOwnership> {
    const note = await this.notes.findOwnership(noteId);
    const isOwner = note?.ownerCustomerId === customerId;
    if (!note || !isVisibleTo(note.status, isOwner)) throw NotesError.notFound(noteId);
    if (!isOwner) throw NotesError.notOwner();
    return note;
  }

  private async assertOwnsMedia(customerId: string, mediaIds: readonly string[]): Promise<void> {
    assertOwnsMedia(mediaIds, await this.notes.findOwnedMediaIds(customerId, mediaIds));
  }

  private async assertValidTags(tags: readonly ProductTagInput[], imageCount: number) {
    const cards = await this.productCards.findByIds(tags.map((tag) => tag.productId));
    const products = new Map(
      cards.map((card) => [
        card.id,
        { id: card.id, variantIds: card.variants.map((variant) => variant.id) },
      ]),
    );
    assertValidProductTags(tags, products, imageCount);
  }

  private async mapperFor(bundles: readonly NoteBundle[], viewerCustomerId: string | null) {
    const cards = await this.productCards.findByIds(taggedProductIds(bundles));
    return new NoteDetailMapper(
      new Map(cards.map((card) => [card.id, card])),
      this.env.MEDIA_PUBLIC_BASE_URL,
      viewerCustomerId,
    );
  }
}

// exactOptionalPropertyTypes: an absent field must be absent, not `undefined`.
function stripUndefined<T extends object>(value: T): { [K in keyof T]?: Exclude<T[K], undefined> } {
  return Object.fromEntries(Object.entries(value).filter(([, field]) => field !== undefined)) as {
    [K in keyof T]?: Exclude<T[K], undefined>;
  };
}
