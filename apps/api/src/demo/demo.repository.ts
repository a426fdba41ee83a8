import { Inject, Injectable } from '@nestjs/common';
import { inArray, sql } from 'drizzle-orm';
import { creators, follows } from '../creators/creators.schema';
import { DATABASE, type Database } from '../database/database.tokens';
import { hotScore } from '../engagement/hot-score';
import { boardSaves, boards, comments, likes } from '../engagement/engagement.schema';
import { noteImages, noteProductTags, notes } from '../notes/notes.schema';
import { SEARCH_REFRESH_TOPICS } from '../search/search-targets';

export type NewDemoCreator = typeof creators.$inferInsert & { id: string };
export type NewDemoNote = typeof notes.$inferInsert & {
  id: string;
  publishedAt: Date;
  imageMediaIds: string[];
  tags: Omit<typeof noteProductTags.$inferInsert, 'noteId' | 'position'>[];
};
export type NewDemoBoard = typeof boards.$inferInsert & { id: string };

/** Everything the demo writes to the social graph, planned up front. */
export interface DemoGraph {
  creators: NewDemoCreator[];
  notes: NewDemoNote[];
  boards: NewDemoBoard[];
  saves: (typeof boardSaves.$inferInsert)[];
  likes: (typeof likes.$inferInsert)[];
  comments: (typeof comments.$inferInsert & { id: string })[];
  follows: (typeof follows.$inferInsert)[];
}

// Comfortably under PostgreSQL's 65,535 bind parameters per statement.
const CHUNK = 1000;
const chunks = <T>(rows: T[]): T[][] =>
  Array.from({ length: Math.ceil(rows.length / CHUNK) }, (_, index) =>
    rows.slice(index * CHUNK, (index + 1) * CHUNK),
  );

@Injectable()
export class DemoRepository {
  constructor(@Inject(DATABASE) private readonly db: Database) {}

  /** How many of `handles` already belong to a creator (case-insensitively). */
  async countCreators(handles: string[]): Promise<number> {
    const rows = await this.db
      .select({ id: creators.id })
      .from(creators)
      .where(
        inArray(
          sql`lower(${creators.handle})`,
          handles.map((handle) => handle.toLowerCase()),
        ),
      );
    return rows.length;
  }

  async countProductCards(): Promise<number> {
    const { rows } = await this.db.execute<{ n: number }>(
      sql`select count(*)::int as n from product_cards`,
    );
    return rows[0]?.n ?? 0;
  }

  async productCards(): Promise<{ productId: string; category: string | null }[]> {
    const { rows } = await this.db.execute<{ product_id: string; category: string | null }>(
      sql`select product_id, category from product_cards order by product_id`,
    );
    return rows.map((row) => ({ productId: row.product_id, category: row.category }));
  }

  /**
   * Writes the whole graph in one transaction, then sets every counter from the rows it counts and
   * every hot score from those counters, so the demo starts exactly as consistent as live traffic
   * keeps it. All or nothing: a failed seed leaves no partial graph behind.
   */
  async insertGraph(graph: DemoGraph): Promise<void> {
    await this.db.transaction(async (tx) => {
      await tx.insert(creators).values(graph.creators);
      for (const part of chunks(graph.notes))
        await tx
          .insert(notes)
          .values(part.map(({ imageMediaIds: _images, tags: _tags, ...note }) => note));
      const images = graph.notes.flatMap((note) =>
        note.imageMediaIds.map((mediaId, position) => ({ noteId: note.id, position, mediaId })),
      );
      for (const part of chunks(images)) await tx.insert(noteImages).values(part);
      const tags = graph.notes.flatMap((note) =>
        note.tags.map((tag, position) => ({ ...tag, noteId: note.id, position })),
      );
      for (const part of chunks(tags)) await tx.insert(noteProductTags).values(part);
      if (graph.boards.length > 0) await tx.insert(boards).values(graph.boards);
      for (const part of chunks(graph.saves)) await tx.insert(boardSaves).values(part);
      for (const part of chunks(graph.likes)) await tx.insert(likes).values(part);
      // Top-level comments first: a reply references its parent.
      const topLevel = graph.comments.filter((comment) => !comment.parentId);
      const replies = graph.comments.filter((comment) => comment.parentId);
      for (const part of chunks(topLevel)) await tx.insert(comments).values(part);
      for (const part of chunks(replies)) await tx.insert(comments).values(part);
      for (const part of chunks(graph.follows)) await tx.insert(follows).values(part);

      const noteIds = sql`${sql.param(graph.notes.map((note) => note.id))}::uuid[]`;
      const creatorIds = sql`${sql.param(graph.creators.map((creator) => creator.id))}::uuid[]`;
      const boardIds = sql`${sql.param(graph.boards.map((board) => board.id))}::uuid[]`;
      await tx.execute(sql`
        update notes n set
          like_count = (select count(*) from likes l where l.note_id = n.id),
          save_count = (select count(*) from board_saves s where s.note_id = n.id),
          comment_count = (select count(*) from comments c where c.note_id = n.id and not c.hidden)
        where n.id = any(${noteIds})`);
      await tx.execute(sql`
        update comments c set reply_count = (select count(*) from comments r where r.parent_id = c.id)
        where c.note_id = any(${noteIds}) and c.parent_id is null`);
      await tx.execute(sql`
        update creators c set
          follower_count = (select count(*) from follows f where f.creator_id = c.id),
          note_count = (select count(*) from notes n where n.creator_id = c.id and n.status = 'published')
        where c.id = any(${creatorIds})`);
      await tx.execute(sql`
        update boards b set note_count = (select count(*) from board_saves s where s.board_id = b.id)
        where b.id = any(${boardIds})`);
      // Search learns of the demo like of any other write: through the outbox, in this transaction.
      await tx.execute(sql`
        insert into outbox (topic, payload)
          select 'note.upserted', jsonb_build_object('noteId', id::text)
            from notes where id = any(${noteIds}) and status = 'published'
          union all
          select ${SEARCH_REFRESH_TOPICS.creator}, jsonb_build_object('creatorId', id::text)
            from creators where id = any(${creatorIds})`);

      // Hot scores from the counters just set, through the one formula engagement uses.
      const { rows } = await tx.execute<{
        id: string;
        like_count: number;
        save_count: number;
        comment_count: number;
        published_at: Date | string;
      }>(sql`select id, like_count, save_count, comment_count, published_at from notes
             where id = any(${noteIds})`);
      const scores = rows.map((row) => ({
        id: row.id,
        score: hotScore({
          likes: row.like_count,
          saves: row.save_count,
          comments: row.comment_count,
          publishedAt: new Date(row.published_at),
        }),
      }));
      await tx.execute(sql`
        update notes n set hot_score = s.score
        from unnest(${sql.param(scores.map((s) => s.id))}::uuid[],
                    ${sql.param(scores.map((s) => s.score))}::double precision[]) as s(id, score)
        where n.id = s.id`);
    });
  }
}
