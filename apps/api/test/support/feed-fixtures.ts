import { randomUUID } from 'node:crypto';
import type { NoteCategory } from '@noteshop/contracts';
import type { Pool } from 'pg';
import { hotScore } from '../../src/engagement/hot-score';

/**
 * Rows for feed tests, inserted directly (the routes that write them are tested elsewhere).
 * Counters and hot scores are set the way the engagement code keeps them.
 */
export interface FixtureCreator {
  id: string;
  customerId: string;
  handle: string;
}

export interface FixtureNote {
  creator: FixtureCreator;
  title?: string;
  category?: NoteCategory;
  language?: string;
  hashtags?: string[];
  status?: 'draft' | 'published' | 'hidden';
  publishedAt?: Date;
  imageCount?: number;
  productIds?: string[];
  likes?: number;
  saves?: number;
  comments?: number;
}

const hoursAgo = (hours: number) => new Date(Date.now() - hours * 3_600_000);

export class FeedFixtures {
  constructor(private readonly pool: Pool) {}

  async media(ownerCustomerId: string): Promise<string> {
    const id = randomUUID();
    const variants = [320, 640, 1080].map((width) => ({
      width,
      height: Math.round((width * 4) / 3),
      key: `${id}/${width}.webp`,
      bytes: width * 10,
    }));
    await this.pool.query(
      `insert into media (id, owner_customer_id, source_mime, width, height, variants, dominant_color)
       values ($1, $2, 'image/png', 1080, 1440, $3, '#d8c3b0')`,
      [id, ownerCustomerId, JSON.stringify(variants)],
    );
    return id;
  }

  async creator(
    handle: string,
    customerId = `cus_fixture_${randomUUID()}`,
  ): Promise<FixtureCreator> {
    const avatar = await this.media(customerId);
    const { rows } = await this.pool.query<{ id: string }>(
      `insert into creators (customer_id, handle, display_name, bio, avatar_media_id, languages)
       values ($1, $2, $3, 'fixture', $4, '{en}') returning id`,
      [customerId, handle, `Display ${handle}`, avatar],
    );
    return { id: rows[0]!.id, customerId, handle };
  }

  async note(input: FixtureNote): Promise<string> {
    const status = input.status ?? 'published';
    const publishedAt = status === 'draft' ? null : (input.publishedAt ?? hoursAgo(1));
    const likes = input.likes ?? 0;
    const saves = input.saves ?? 0;
    const comments = input.comments ?? 0;
    const score = publishedAt ? hotScore({ likes, saves, comments, publishedAt }) : 0;
    const client = await this.pool.connect();
    try {
      await client.query('begin');
      const { rows } = await client.query<{ id: string }>(
        `insert into notes (creator_id, status, title, body, category, language, hashtags,
                            like_count, save_count, comment_count, hot_score, published_at)
         values ($1, $2, $3, '', $4, $5, $6, $7, $8, $9, $10, $11) returning id`,
        [
          input.creator.id,
          status,
          input.title ?? `Note ${randomUUID().slice(0, 8)}`,
          input.category ?? 'fashion',
          input.language ?? 'en',
          input.hashtags ?? [],
          likes,
          saves,
          comments,
          score,
          publishedAt,
        ],
      );
      const noteId = rows[0]!.id;
      for (let position = 0; position < (input.imageCount ?? 1); position++) {
        const mediaId = await this.media(input.creator.customerId);
        await client.query(
          'insert into note_images (note_id, position, media_id) values ($1, $2, $3)',
          [noteId, position, mediaId],
        );
      }
      for (const [position, productId] of (input.productIds ?? []).entries()) {
        await client.query(
          `insert into note_product_tags (note_id, position, product_id, image_index, x, y)
           values ($1, $2, $3, 0, 40, 60)`,
          [noteId, position, productId],
        );
      }
      await client.query('commit');
      return noteId;
    } catch (error) {
      await client.query('rollback');
      throw error;
    } finally {
      client.release();
    }
  }

  async like(noteId: string, customerId: string): Promise<void> {
    await this.pool.query('insert into likes (note_id, customer_id) values ($1, $2)', [
      noteId,
      customerId,
    ]);
  }

  async save(noteId: string, customerId: string): Promise<void> {
    const { rows } = await this.pool.query<{ id: string }>(
      `insert into boards (owner_customer_id, name, is_default) values ($1, 'Saved', true)
       on conflict (owner_customer_id) where is_default do update set name = excluded.name
       returning id`,
      [customerId],
    );
    await this.pool.query(
      'insert into board_saves (board_id, note_id, customer_id) values ($1, $2, $3)',
      [rows[0]!.id, noteId, customerId],
    );
  }

  async follow(customerId: string, creator: FixtureCreator): Promise<void> {
    await this.pool.query(
      'insert into follows (follower_customer_id, creator_id) values ($1, $2)',
      [customerId, creator.id],
    );
  }

  async setStatus(noteId: string, status: 'draft' | 'published' | 'hidden'): Promise<void> {
    await this.pool.query('update notes set status = $2 where id = $1', [noteId, status]);
  }
}

export { hoursAgo };
