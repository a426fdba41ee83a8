import type { NoteCreate, NoteStatus, ProductTagInput } from '@noteshop/contracts';
import { beforeEach, describe, expect, it } from 'vitest';
import type {
  ProductCardsRepository,
  StoredProductCard,
} from '../catalog/product-cards.repository';
import type { NoteBundle, NoteDetailRepository } from './note-detail.repository';
import type { NoteContent, NoteOwnership, NotesRepository } from './notes.repository';
import { NotesService } from './notes.service';

const OWNER = 'cus_owner';
const OTHER = 'cus_other';
const CREATOR = '00000000-0000-4000-8000-000000000001';
const NOTE = '00000000-0000-4000-8000-0000000000aa';

/** In-memory notes: just enough state for the service's rules. */
class FakeNotesRepository {
  creators = new Map([[OWNER, CREATOR]]);
  media = new Map([
    ['m1', OWNER],
    ['m2', OWNER],
    ['m3', OWNER],
    ['theirs', OTHER],
  ]);
  notes = new Map<string, { status: NoteStatus; content: NoteContent }>();
  published: string[] = [];
  edits: Partial<NoteContent>[] = [];
  // What a concurrent writer does between the service's read and its publish.
  beforePublish: (() => void) | null = null;

  findCreatorId(customerId: string) {
    return Promise.resolve(this.creators.get(customerId));
  }

  findOwnedMediaIds(customerId: string, ids: readonly string[]) {
    return Promise.resolve(new Set(ids.filter((id) => this.media.get(id) === customerId)));
  }

  findOwnership(noteId: string): Promise<NoteOwnership | undefined> {
    const note = this.notes.get(noteId);
    return Promise.resolve(
      note && { id: noteId, status: note.status, creatorId: CREATOR, ownerCustomerId: OWNER },
    );
  }

  findImagesAndTags(noteId: string) {
    const content = this.notes.get(noteId)?.content;
    return Promise.resolve({
      imageCount: content?.imageMediaIds.length ?? 0,
      productTags: content?.productTags ?? [],
    });
  }

  createDraft(_creatorId: string, content: NoteContent) {
    this.notes.set(NOTE, { status: 'draft', content });
    return Promise.resolve(NOTE);
  }

  update(noteId: string, edit: Partial<NoteContent>) {
    const note = this.notes.get(noteId);
    if (!note) return Promise.resolve(false);
    this.edits.push(edit);
    note.content = { ...note.content, ...edit };
    return Promise.resolve(true);
  }

  publishDraft(noteId: string) {
    this.beforePublish?.();
    const note = this.notes.get(noteId);
    if (note?.status !== 'draft') return Promise.resolve(false);
    note.status = 'published';
    this.published.push(noteId);
    return Promise.resolve(true);
  }

  delete(noteId: string) {
    return Promise.resolve(this.notes.delete(noteId));
  }
}

/** Builds bundles from the fake notes, so `get` sees what the writes left. */
class FakeNoteDetailRepository {
  constructor(private readonly notes: FakeNotesRepository) {}

  load(ids: readonly string[]): Promise<NoteBundle[]> {
    return Promise.resolve(
      ids.flatMap((id) => {
        const note = this.notes.notes.get(id);
        if (!note) return [];
        const now = new Date('2026-11-25T00:00:00Z');
        return [
          {
            note: {
              id,
              creatorId: CREATOR,
              status: note.status,
              title: note.content.title,
              body: note.content.body,
              category: note.content.category,
              language: note.content.language,
              locationName: note.content.locationName,
              hashtags: note.content.hashtags,
              mentions: note.content.mentions,
              likeCount: 0,
              saveCount: 0,
              commentCount: 0,
              reportCount: 0,
              hotScore: 0,
              publishedAt: note.status === 'draft' ? null : now,
              createdAt: now,
              updatedAt: now,
            },
            creator: {
              id: CREATOR,
              customerId: OWNER,
              handle: 'owner',
              displayName: 'Owner',
              avatar: null,
            },
            images: note.content.imageMediaIds.map((mediaId) => ({
              id: mediaId,
              ownerCustomerId: OWNER,
              sourceMime: 'image/png',
              width: 100,
              height: 100,
              variants: [{ width: 100, height: 100, key: `${mediaId}/100.webp`, bytes: 1 }],
              dominantColor: '#000000',
              blurhash: null,
              createdAt: now,
            })),
            tags: [],
            liked: false,
            saved: false,
          },
        ];
      }),
    );
  }
}

const card = (id: string, variantIds: string[]) =>
  ({ id, variants: variantIds.map((variantId) => ({ id: variantId })) }) as StoredProductCard;

class FakeProductCardsRepository {
  cards = [card('prod_a', ['variant_a']), card('prod_b', [])];

  findByIds(ids: readonly string[]) {
    return Promise.resolve(this.cards.filter((stored) => ids.includes(stored.id)));
  }
}

const draft = (overrides: Partial<NoteCreate> = {}): NoteCreate => ({
  title: 'Title',
  body: '#Summer look with @Lily_Makeup',
  imageMediaIds: ['m1', 'm2'],
  category: 'fashion',
  language: 'en',
  locationName: null,
  productTags: [],
  ...overrides,
});

const hotspotTag = (imageIndex: number): ProductTagInput => ({
  productId: 'prod_a',
  variantId: null,
  hotspot: { imageIndex, x: 50, y: 50 },
});

describe(NotesService.name, () => {
  let notes: FakeNotesRepository;
  let sut: NotesService;

  beforeEach(() => {
    notes = new FakeNotesRepository();
    sut = new NotesService(
      notes as unknown as NotesRepository,
      new FakeNoteDetailRepository(notes) as unknown as NoteDetailRepository,
      new FakeProductCardsRepository() as unknown as ProductCardsRepository,
      { MEDIA_PUBLIC_BASE_URL: '/media' },
    );
  });

  describe('create', () => {
    it('refuses customers who are not creators', async () => {
      await expect(sut.create(OTHER, draft({ imageMediaIds: ['theirs'] }))).rejects.toMatchObject({
        code: 'identity/not-a-creator',
      });
    });

    it('stores a draft with hashtags and mentions parsed from the body', async () => {
      const note = await sut.create(OWNER, draft());

      expect(note).toMatchObject({
        status: 'draft',
        hashtags: ['summer'],
        mentions: ['lily_makeup'],
      });
      expect(notes.notes.get(NOTE)?.content.imageMediaIds).toEqual(['m1', 'm2']);
    });

    it("refuses someone else's media before writing anything", async () => {
      await expect(
        sut.create(OWNER, draft({ imageMediaIds: ['m1', 'theirs'] })),
      ).rejects.toMatchObject({ code: 'notes/invalid-media', details: { mediaIds: ['theirs'] } });
      expect(notes.notes.size).toBe(0);
    });

    it('refuses a variant that is not on the product card', async () => {
      const tags = [{ productId: 'prod_b', variantId: 'variant_a', hotspot: null }];

      await expect(sut.create(OWNER, draft({ productTags: tags }))).rejects.toMatchObject({
        code: 'notes/unknown-product',
      });
    });
  });

  describe('get', () => {
    it('shows a draft to its owner and 404s it for anyone else', async () => {
      await sut.create(OWNER, draft());

      await expect(sut.get(NOTE, OWNER)).resolves.toMatchObject({ id: NOTE });
      await expect(sut.get(NOTE, OTHER)).rejects.toMatchObject({ code: 'notes/not-found' });
      await expect(sut.get(NOTE, null)).rejects.toMatchObject({ code: 'notes/not-found' });
    });
  });

  describe('update', () => {
    beforeEach(async () => {
      await sut.create(
        OWNER,
        draft({ imageMediaIds: ['m1', 'm2', 'm3'], productTags: [hotspotTag(2)] }),
      );
    });

    it("404s someone else's draft rather than admitting it exists", async () => {
      await expect(sut.update(NOTE, OTHER, { title: 'x' })).rejects.toMatchObject({
        code: 'notes/not-found',
      });
    });

    it("refuses someone else's published note with notes/not-owner", async () => {
      await sut.publish(NOTE, OWNER);

      await expect(sut.update(NOTE, OTHER, { title: 'x' })).rejects.toMatchObject({
        code: 'notes/not-owner',
      });
    });

    it('changes only the fields sent and leaves hashtags alone when the body is not sent', async () => {
      await sut.update(NOTE, OWNER, { title: 'New title' });

      expect(notes.edits).toEqual([{ title: 'New title' }]);
    });

    it('re-parses hashtags and mentions when the body changes', async () => {
      await sut.update(NOTE, OWNER, { body: '#One #two @someone_new' });

      expect(notes.edits[0]).toMatchObject({ hashtags: ['one', 'two'], mentions: ['someone_new'] });
    });

    it('refuses fewer images when a kept tag has a hotspot on a removed image', async () => {
      await expect(sut.update(NOTE, OWNER, { imageMediaIds: ['m1', 'm2'] })).rejects.toMatchObject({
        code: 'notes/invalid-hotspot',
      });
      expect(notes.edits).toEqual([]);
    });

    it('accepts fewer images when the edit also moves the hotspot', async () => {
      await sut.update(NOTE, OWNER, { imageMediaIds: ['m1'], productTags: [hotspotTag(0)] });

      expect(notes.notes.get(NOTE)?.content.imageMediaIds).toEqual(['m1']);
    });
  });

  describe('publish', () => {
    beforeEach(async () => {
      await sut.create(OWNER, draft());
    });

    it('publishes a draft once, and publishing again changes nothing', async () => {
      await sut.publish(NOTE, OWNER);
      const again = await sut.publish(NOTE, OWNER);

      expect(again.status).toBe('published');
      expect(notes.published).toEqual([NOTE]);
    });

    it('is a no-op when a concurrent call published the draft first', async () => {
      notes.beforePublish = () => {
        const note = notes.notes.get(NOTE);
        if (note) note.status = 'published';
      };

      await expect(sut.publish(NOTE, OWNER)).resolves.toMatchObject({ status: 'published' });
      expect(notes.published).toEqual([]);
    });

    it('refuses a note hidden by moderation, even when hidden mid-publish', async () => {
      notes.beforePublish = () => {
        const note = notes.notes.get(NOTE);
        if (note) note.status = 'hidden';
      };

      await expect(sut.publish(NOTE, OWNER)).rejects.toMatchObject({ code: 'notes/invalid-state' });
    });
  });

  describe('delete', () => {
    it('deletes my note and refuses a note that is already gone', async () => {
      await sut.create(OWNER, draft());

      await sut.delete(NOTE, OWNER);

      expect(notes.notes.size).toBe(0);
      await expect(sut.delete(NOTE, OWNER)).rejects.toMatchObject({ code: 'notes/not-found' });
    });
  });
});
