import { describe, expect, it } from 'vitest';
import type { ApiEnv } from '../config/env';
import type { ListedNote } from './feed.repository';
import { NoteCardHydrator } from './note-card.hydrator';
import type {
  CreatorCardRow,
  MediaColumns,
  NoteCardExtras,
  NoteCardsRepository,
  NoteCover,
  NoteTaggedProduct,
  ViewerNoteState,
} from './note-cards.repository';

const media = (id: string): MediaColumns => ({
  id,
  width: 640,
  height: 800,
  variants: [
    { width: 640, height: 800, key: `${id}/640.webp`, bytes: 1 },
    { width: 320, height: 400, key: `${id}/320.webp`, bytes: 1 },
  ],
  dominantColor: '#aabbcc',
  blurhash: null,
});

const uuid = (n: number) => `00000000-0000-4000-8000-00000000000${n}`;

const listed = (n: number, creatorId: string): ListedNote => ({
  id: uuid(n),
  creatorId,
  title: `Note ${n}`,
  category: 'fashion',
  language: 'en',
  likeCount: n,
  saveCount: 0,
  commentCount: 1,
  publishedAt: new Date('2026-11-20T10:00:00Z'),
  rank: n,
});

const product = (noteId: string, id: string): NoteTaggedProduct => ({
  noteId,
  id,
  handle: id,
  title: id,
  thumbnail: null,
  category: 'fashion',
  priceRanges: [],
  inStock: true,
});

/** An in-memory NoteCardsRepository that counts calls. */
class FakeNoteCards {
  calls = 0;
  covers: NoteCover[] = [];
  creators: CreatorCardRow[] = [];
  products: NoteTaggedProduct[] = [];
  states: ViewerNoteState[] = [];
  creatorOf = new Map<string, string>();

  extras = (noteIds: readonly string[], viewer: string | null): Promise<NoteCardExtras[]> => {
    this.calls++;
    return Promise.resolve(
      noteIds.map((noteId) => ({
        noteId,
        cover: this.covers.find((cover) => cover.noteId === noteId) ?? null,
        creator: this.creators.find((c) => c.id === this.creatorOf.get(noteId)) ?? null,
        products: this.products.filter((product) => product.noteId === noteId),
        viewer: viewer ? (this.states.find((state) => state.noteId === noteId) ?? null) : null,
      })),
    );
  };
}

describe(NoteCardHydrator.name, () => {
  const env = { MEDIA_PUBLIC_BASE_URL: '/media' } as ApiEnv;
  const setup = () => {
    const repository = new FakeNoteCards();
    repository.creators = [
      { id: 'c1', customerId: 'cus_a', handle: 'a', displayName: 'A', avatar: media(uuid(9)) },
    ];
    repository.covers = [1, 2].map((n) => ({
      noteId: uuid(n),
      imageCount: 3,
      cover: media(uuid(n)),
    }));
    for (const n of [1, 2, 3]) repository.creatorOf.set(uuid(n), 'c1');
    const sut = new NoteCardHydrator(repository as unknown as NoteCardsRepository, env);
    return { sut, repository };
  };

  it('keeps the listed order, and the products in the order the repository gives', async () => {
    const { sut, repository } = setup();
    repository.products = [product(uuid(2), 'p2'), product(uuid(2), 'p1')];
    const cards = await sut.hydrate([listed(2, 'c1'), listed(1, 'c1')], null);
    expect(cards.map((card) => card.id)).toEqual([uuid(2), uuid(1)]);
    expect(cards[0]?.products.map((p) => p.id)).toEqual(['p2', 'p1']);
    expect(cards[1]?.products).toEqual([]);
    expect(cards[0]?.cover.renditions.map((r) => r.url)).toEqual([
      `/media/${uuid(2)}/320.webp`,
      `/media/${uuid(2)}/640.webp`,
    ]);
    expect(cards[0]?.creator.avatar?.id).toBe(uuid(9));
  });

  it('gives anonymous viewers null state and asks nothing about them', async () => {
    const { sut, repository } = setup();
    const cards = await sut.hydrate([listed(1, 'c1')], null);
    expect(cards[0]?.viewer).toBeNull();
    expect(repository.calls).toBe(1);
  });

  it('marks what the viewer liked, saved and owns', async () => {
    const { sut, repository } = setup();
    repository.states = [{ noteId: uuid(1), liked: true, saved: false }];
    const [mine] = await sut.hydrate([listed(1, 'c1')], { customerId: 'cus_a' });
    expect(mine?.viewer).toEqual({ liked: true, saved: false, isOwner: true });
    const [theirs] = await sut.hydrate([listed(2, 'c1')], { customerId: 'cus_b' });
    expect(theirs?.viewer).toEqual({ liked: false, saved: false, isOwner: false });
  });

  it('leaves out a note that has no cover yet instead of failing the page', async () => {
    const { sut } = setup();
    const cards = await sut.hydrate([listed(1, 'c1'), listed(3, 'c1')], null);
    expect(cards.map((card) => card.id)).toEqual([uuid(1)]);
  });

  it('asks nothing for an empty page', async () => {
    const { sut, repository } = setup();
    expect(await sut.hydrate([], { customerId: 'cus_a' })).toEqual([]);
    expect(repository.calls).toBe(0);
  });
});
