import { Inject, Injectable } from '@nestjs/common';
import type { NoteCategory } from '@noteshop/contracts';
import { sql, type SQL } from 'drizzle-orm';
import type { Pool } from 'pg';
import { DATABASE, PG_POOL, type Database } from '../database/database.tokens';
import { hotScoreSql } from '../engagement/hot-score';
import type { FeedPosition } from './feed-cursor';

/** The columns of a published note that a card shows, plus its sort key in the list. */
export interface ListedNote {
  id: string;
  creatorId: string;
  title: string;
  category: NoteCategory;
  language: string;
  likeCount: number;
  saveCount: number;
  commentCount: number;
  publishedAt: Date;
  /** The sort key: hot score, or publish time in epoch microseconds. */
  rank: number;
}

export interface NoteListSlice {
  after: FeedPosition | null;
  limit: number;
}

interface ListedNoteRow extends Record<string, unknown> {
  id: string;
  creator_id: string;
  title: string;
  category: NoteCategory;
  language: string;
  like_count: number;
  save_count: number;
  comment_count: number;
  published_at: Date | string;
  rank: number | string;
}

const toListedNote = (row: ListedNoteRow): ListedNote => ({
  id: row.id,
  creatorId: row.creator_id,
  title: row.title,
  category: row.category,
  language: row.language,
  likeCount: row.like_count,
  saveCount: row.save_count,
  commentCount: row.comment_count,
  publishedAt: new Date(row.published_at),
  rank: Number(row.rank),
});

const columns = sql.raw(
  'n.id, n.creator_id, n.title, n.category, n.language, n.like_count, n.save_count, n.comment_count, n.published_at',
);
// Publish time as whole epoch microseconds: exact in a JS number, so a cursor never loses the
// sub-millisecond part PostgreSQL keeps (which would repeat or skip notes at a page edge).
const newestRank = sql.raw('(extract(epoch from n.published_at) * 1000000)::bigint');
// $1 category or null, $2/$3 the previous page's last (hot_score, id) or null, $4 the limit.
const LIST_HOT_SQL = `
  select n.id, n.creator_id, n.title, n.category, n.language, n.like_count, n.save_count,
         n.comment_count, n.published_at, n.hot_score as rank
  from notes n
  where n.status = 'published'
    and ($1::text is null or n.category = $1::text)
    and ($2::double precision is null or (n.hot_score, n.id) < ($2::double precision, $3::uuid))
  order by n.hot_score desc, n.id desc
  limit $4`;

const afterNewest = (after: FeedPosition | null): SQL =>
  after
    ? sql`and (n.published_at, n.id) < (timestamptz 'epoch' + ${after.rank} * interval '1 microsecond', ${after.id}::uuid)`
    : sql``;

/**
 * Lists of published note ids and their card columns, by keyset on immutable keys (never OFFSET),
 * so notes published while someone pages never repeat or skip items.
 */
@Injectable()
export class FeedRepository {
  constructor(
    @Inject(DATABASE) private readonly db: Database,
    // The same pool Drizzle uses, for named (prepared) statements, which Drizzle's raw SQL lacks.
    @Inject(PG_POOL) private readonly pool: Pool,
  ) {}

  /** Discover: by stored hot score, then id; optionally within one category. */
  async listHot(slice: NoteListSlice, category: NoteCategory | undefined): Promise<ListedNote[]> {
    // The busiest list: a named statement, so PostgreSQL parses and plans it once per connection.
    const { rows } = await this.pool.query<ListedNoteRow>({
      name: 'feed-list-hot',
      text: LIST_HOT_SQL,
      values: [category ?? null, slice.after?.rank ?? null, slice.after?.id ?? null, slice.limit],
    });
    return rows.map(toListedNote);
  }

  /** Newest first, from the creators `customerId` follows. */
  async listFollowing(slice: NoteListSlice, customerId: string): Promise<ListedNote[]> {
    return this.rows(sql`
      select ${columns}, ${newestRank} as rank
      from notes n
      join follows f on f.creator_id = n.creator_id and f.follower_customer_id = ${customerId}
      where n.status = 'published' ${afterNewest(slice.after)}
      order by n.published_at desc, n.id desc
      limit ${slice.limit}`);
  }

  /** Newest first, the notes whose body carries `#hashtag` (already lower-cased). */
  async listByHashtag(slice: NoteListSlice, hashtag: string): Promise<ListedNote[]> {
    return this.rows(sql`
      select ${columns}, ${newestRank} as rank
      from notes n
      where n.status = 'published' and n.hashtags @> array[${hashtag}]::text[] ${afterNewest(slice.after)}
      order by n.published_at desc, n.id desc
      limit ${slice.limit}`);
  }

  async listByCreator(slice: NoteListSlice, creatorId: string): Promise<ListedNote[]> {
    return this.rows(sql`
      select ${columns}, ${newestRank} as rank
      from notes n
      where n.status = 'published' and n.creator_id = ${creatorId} ${afterNewest(slice.after)}
      order by n.published_at desc, n.id desc
      limit ${slice.limit}`);
  }

  async listByProduct(slice: NoteListSlice, productId: string): Promise<ListedNote[]> {
    return this.rows(sql`
      select ${columns}, ${newestRank} as rank
      from notes n
      where n.status = 'published'
        and n.id in (select t.note_id from note_product_tags t where t.product_id = ${productId})
        ${afterNewest(slice.after)}
      order by n.published_at desc, n.id desc
      limit ${slice.limit}`);
  }

  async findCreatorIdByHandle(handle: string): Promise<string | undefined> {
    const { rows } = await this.db.execute<{ id: string }>(
      sql`select id from creators where lower(handle) = lower(${handle})`,
    );
    return rows[0]?.id;
  }

  async findProductIdByHandle(handle: string): Promise<string | undefined> {
    const { rows } = await this.db.execute<{ product_id: string }>(
      sql`select product_id from product_cards where handle = ${handle}`,
    );
    return rows[0]?.product_id;
  }

  /**
   * Recomputes stored hot scores that drifted from the formula (e.g. a note published by code that
   * did not set one). The formula does not depend on now, so this is a repair, not a decay: rows
   * already right are not touched.
   */
  async repairHotScores(): Promise<number> {
    const formula = hotScoreSql({
      likes: sql.raw('like_count'),
      saves: sql.raw('save_count'),
      comments: sql.raw('comment_count'),
      publishedAt: sql.raw('published_at'),
    });
    const result = await this.db.execute(sql`
      update notes set hot_score = ${formula}
      where status = 'published' and published_at is not null
        and abs(hot_score - ${formula}) > 1e-9`);
    return result.rowCount ?? 0;
  }

  private async rows(query: SQL): Promise<ListedNote[]> {
    const { rows } = await this.db.execute<ListedNoteRow>(query);
    return rows.map(toListedNote);
  }
}
