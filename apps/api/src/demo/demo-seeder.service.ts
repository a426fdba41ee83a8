import { randomUUID } from 'node:crypto';
import { Injectable, Logger } from '@nestjs/common';
import type { NoteCategory } from '@noteshop/contracts';
import { CatalogReconcilerService } from '../catalog/catalog-reconciler.service';
import { MediaService } from '../media/media.service';
import { parseHashtags, parseMentions } from '../notes/note-text';
import { DemoAccountsRepository, type DemoAccount } from './demo-accounts.repository';
import { demoImagePng } from './demo-images';
import { DEMO_COMMENTS, DEMO_REPLIES, DEMO_WRITING } from './demo-notes';
import { DEMO_PERSONAS, DEMO_SHOPPER_NAMES, type DemoPersona } from './demo-personas';
import { DemoRepository, type DemoGraph, type NewDemoNote } from './demo.repository';

const NOTES_PER_CREATOR = 12;
const MIN_PRODUCT_CARDS = 60;
const DAY_MS = 86_400_000;

/** A small seeded PRNG (mulberry32): the same demo every run, without Math.random. */
function randomSource(seed: number) {
  let state = seed >>> 0;
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
  const int = (below: number) => Math.floor(next() * below);
  const pick = <T>(items: readonly T[]): T => items[int(items.length)] as T;
  const sample = <T>(items: readonly T[], count: number): T[] => {
    const pool = [...items];
    for (let index = pool.length - 1; index > 0; index--) {
      const other = int(index + 1);
      [pool[index], pool[other]] = [pool[other] as T, pool[index] as T];
    }
    return pool.slice(0, Math.max(0, Math.min(count, pool.length)));
  };
  return { next, int, pick, sample };
}

/** Runs `work` over `items`, at most `limit` at a time, keeping order. */
async function mapLimited<T, R>(items: T[], limit: number, work: (item: T) => Promise<R>) {
  const results: R[] = new Array<R>(items.length);
  let nextIndex = 0;
  await Promise.all(
    Array.from({ length: Math.min(limit, items.length) }, async () => {
      while (nextIndex < items.length) {
        const index = nextIndex++;
        results[index] = await work(items[index] as T);
      }
    }),
  );
  return results;
}

export interface DemoSeedOutcome {
  status: 'seeded' | 'already-seeded';
  accounts: (DemoAccount & { handle: string | null })[];
  counts?: Record<string, number>;
}

/**
 * Fills an empty platform with a feed that feels alive: creators who are real Medusa customers,
 * notes in English and Chinese with generated images and tagged products, and engagement among
 * them. Idempotent: when the demo creators exist it does nothing.
 */
@Injectable()
export class DemoSeederService {
  private readonly logger = new Logger(DemoSeederService.name);

  constructor(
    private readonly demo: DemoRepository,
    private readonly accounts: DemoAccountsRepository,
    private readonly media: MediaService,
    private readonly reconciler: CatalogReconcilerService,
  ) {}

  async seed(now = new Date()): Promise<DemoSeedOutcome> {
    const handles = DEMO_PERSONAS.map((persona) => persona.handle);
    if ((await this.demo.countCreators(handles)) > 0)
      return { status: 'already-seeded', accounts: [] };
    const startedAt = Date.now();
    const random = randomSource(20_261_125);

    const [products, creatorAccounts, shopperAccounts] = await Promise.all([
      this.productCards(),
      mapLimited(DEMO_PERSONAS, 6, (persona) =>
        this.accounts.register(persona.displayName, persona.handle),
      ),
      mapLimited(DEMO_SHOPPER_NAMES, 6, (name) => this.accounts.register(name, name.toLowerCase())),
    ]);
    this.logger.log(`registered ${creatorAccounts.length + shopperAccounts.length} customers`);

    const creators = DEMO_PERSONAS.map((persona, index) => ({
      persona,
      id: randomUUID(),
      account: creatorAccounts[index] as DemoAccount,
    }));
    const notePlans = creators.flatMap((creator, creatorIndex) =>
      Array.from({ length: NOTES_PER_CREATOR }, (_, index) =>
        this.planNote(creator, creatorIndex * NOTES_PER_CREATOR + index, random, now, creators),
      ),
    );

    // Images go through the upload pipeline (sniff, re-encode, store, media row), like uploads.
    const imageJobs = [
      ...creators.map((creator, index) => ({
        owner: creator.account.customerId,
        seed: index * 7 + 3,
        caption: creator.persona.displayName,
        width: 320,
        height: 320,
      })),
      ...notePlans.flatMap((plan, noteIndex) =>
        plan.captions.map((caption, imageIndex) => ({
          owner: plan.ownerCustomerId,
          seed: noteIndex * 3 + imageIndex,
          caption,
          width: 640,
          height: 853,
        })),
      ),
    ];
    const mediaIds = await mapLimited(imageJobs, 4, async (job) => {
      const png = await demoImagePng(job.seed, job.caption, job.width, job.height);
      return (await this.media.upload(job.owner, png)).id;
    });
    this.logger.log(`generated ${mediaIds.length} images in ${Date.now() - startedAt} ms`);
    let nextMedia = creators.length;

    const notes: NewDemoNote[] = notePlans.map((plan) => {
      const imageMediaIds = plan.captions.map(() => mediaIds[nextMedia++] as string);
      const tagged = this.pickProducts(products, plan.note.category, random);
      return {
        ...plan.note,
        imageMediaIds,
        tags: tagged.map((productId) => ({
          productId,
          variantId: null,
          imageIndex: random.int(imageMediaIds.length),
          x: Math.round((15 + random.next() * 70) * 10) / 10,
          y: Math.round((20 + random.next() * 65) * 10) / 10,
        })),
      };
    });

    const graph: DemoGraph = {
      creators: creators.map((creator, index) => ({
        id: creator.id,
        customerId: creator.account.customerId,
        handle: creator.persona.handle,
        displayName: creator.persona.displayName,
        bio: creator.persona.bio,
        avatarMediaId: mediaIds[index] as string,
        languages: creator.persona.language === 'en' ? ['en'] : ['zh-CN', 'en'],
      })),
      notes,
      ...this.planEngagement(
        notes,
        creators,
        [...creatorAccounts, ...shopperAccounts],
        random,
        now,
      ),
    };
    await this.demo.insertGraph(graph);
    const counts = {
      creators: graph.creators.length,
      notes: graph.notes.length,
      images: mediaIds.length,
      likes: graph.likes.length,
      saves: graph.saves.length,
      comments: graph.comments.length,
      follows: graph.follows.length,
      ms: Date.now() - startedAt,
    };
    this.logger.log(`demo seeded: ${JSON.stringify(counts)}`);
    return {
      status: 'seeded',
      counts,
      accounts: [
        ...creators.map((creator) => ({ ...creator.account, handle: creator.persona.handle })),
        ...shopperAccounts.map((account) => ({ ...account, handle: null })),
      ],
    };
  }

  /** The product cards to tag, after making sure the cache holds the seeded catalog. */
  private async productCards() {
    const deadline = Date.now() + 120_000;
    while ((await this.demo.countProductCards()) < MIN_PRODUCT_CARDS) {
      if (Date.now() > deadline)
        throw new Error(
          `the product-card cache holds fewer than ${MIN_PRODUCT_CARDS} cards after 120 s; is commerce seeded?`,
        );
      await this.reconciler.whenIdle();
      await this.reconciler.runPass();
      await new Promise((resolve) => setTimeout(resolve, 500));
    }
    return this.demo.productCards();
  }

  private pickProducts(
    products: { productId: string; category: string | null }[],
    category: NoteCategory,
    random: ReturnType<typeof randomSource>,
  ): string[] {
    const matching = products.filter((product) => product.category === category);
    const pool = matching.length >= 4 ? matching : products;
    return random.sample(pool, 1 + random.int(4)).map((product) => product.productId);
  }

  private planNote(
    creator: { persona: DemoPersona; id: string; account: DemoAccount },
    index: number,
    random: ReturnType<typeof randomSource>,
    now: Date,
    everyone: { persona: DemoPersona }[],
  ) {
    const { persona } = creator;
    const category = random.pick(persona.categories);
    // Most creators write in their own language; some notes switch, as bilingual creators do.
    const language =
      random.next() < 0.85 ? persona.language : persona.language === 'en' ? 'zh-CN' : 'en';
    const writing = DEMO_WRITING[category][language];
    const fill = (text: string) => text.replace('{x}', random.pick(writing.slots));
    const title = fill(random.pick(writing.titles)).slice(0, 100);
    const lines = random.sample(writing.lines, 2 + random.int(3));
    const tags = random.sample(writing.hashtags, 2 + random.int(3)).map((tag) => `#${tag}`);
    const mention = random.next() < 0.15 ? ` @${random.pick(everyone).persona.handle}` : '';
    const body = `${lines.join(language === 'en' ? ' ' : '')}${mention}\n\n${tags.join(' ')}`;
    // Spread over the last 30 days, a little denser towards today.
    const publishedAt = new Date(now.getTime() - Math.pow(random.next(), 1.3) * 30 * DAY_MS);
    const imageCount = 1 + (random.next() < 0.5 ? 0 : random.int(3));
    const captions = [title, ...random.sample(writing.lines, imageCount - 1)];
    return {
      ownerCustomerId: creator.account.customerId,
      captions,
      note: {
        id: randomUUID(),
        creatorId: creator.id,
        status: 'published' as const,
        title,
        body,
        category,
        language,
        hashtags: parseHashtags(body),
        mentions: parseMentions(body),
        publishedAt,
        createdAt: new Date(publishedAt.getTime() - (5 + (index % 50)) * 60_000),
        updatedAt: publishedAt,
      },
    };
  }

  private planEngagement(
    notes: NewDemoNote[],
    creators: { id: string; account: DemoAccount; persona: DemoPersona }[],
    everyone: DemoAccount[],
    random: ReturnType<typeof randomSource>,
    now: Date,
  ): Omit<DemoGraph, 'creators' | 'notes'> {
    const ownerOf = new Map(creators.map((creator) => [creator.id, creator.account.customerId]));
    const after = (from: Date) =>
      new Date(from.getTime() + random.next() * Math.max(0, now.getTime() - from.getTime()));
    const graph: Omit<DemoGraph, 'creators' | 'notes'> = {
      boards: [],
      saves: [],
      likes: [],
      comments: [],
      follows: [],
    };

    const boardsOf = new Map<string, string[]>();
    for (const [index, account] of everyone.entries()) {
      const saved = randomUUID();
      graph.boards.push({
        id: saved,
        ownerCustomerId: account.customerId,
        name: 'Saved',
        isDefault: true,
      });
      const named = index % 3 === 0 ? [randomUUID()] : [];
      for (const id of named)
        graph.boards.push({
          id,
          ownerCustomerId: account.customerId,
          name: index % 2 ? '想买清单' : 'Wishlist',
          visibility: 'public',
        });
      boardsOf.set(account.customerId, [saved, ...named]);
    }

    for (const note of notes) {
      const owner = ownerOf.get(note.creatorId);
      const others = everyone.filter((account) => account.customerId !== owner);
      // A few notes take off; most get a handful of reactions.
      const popularity = Math.pow(random.next(), 2.2);
      for (const liker of random.sample(others, Math.round(popularity * others.length)))
        graph.likes.push({
          noteId: note.id,
          customerId: liker.customerId,
          createdAt: after(note.publishedAt),
        });
      for (const saver of random.sample(others, Math.round(popularity * others.length * 0.4))) {
        const board = random.pick(boardsOf.get(saver.customerId) ?? []);
        graph.saves.push({
          boardId: board,
          noteId: note.id,
          customerId: saver.customerId,
          createdAt: after(note.publishedAt),
        });
      }
      const language = note.language === 'en' ? 'en' : 'zh-CN';
      for (const commenter of random.sample(others, Math.round(popularity * 6))) {
        const id = randomUUID();
        const createdAt = after(note.publishedAt);
        graph.comments.push({
          id,
          noteId: note.id,
          authorCustomerId: commenter.customerId,
          body: random.pick(DEMO_COMMENTS[language]),
          createdAt,
        });
        if (owner && random.next() < 0.4)
          graph.comments.push({
            id: randomUUID(),
            noteId: note.id,
            parentId: id,
            authorCustomerId: owner,
            body: random.pick(DEMO_REPLIES[language]),
            createdAt: after(createdAt),
          });
      }
    }

    for (const account of everyone) {
      const followable = creators.filter(
        (creator) => creator.account.customerId !== account.customerId,
      );
      for (const creator of random.sample(followable, 3 + random.int(10)))
        graph.follows.push({
          followerCustomerId: account.customerId,
          creatorId: creator.id,
          createdAt: after(new Date(now.getTime() - 30 * DAY_MS)),
        });
    }
    return graph;
  }
}
