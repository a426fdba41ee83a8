import { Inject, Injectable } from '@nestjs/common';
import { and, eq, sql } from 'drizzle-orm';
import { creators } from '../creators/creators.schema';
import { DATABASE, type Database } from '../database/database.tokens';
import { planCommentNotifications } from './comment-rules';
import { comments } from './engagement.schema';
import type { KeysetPosition } from './engagement-cursor';
import {
  bumpNoteCounters,
  findPublishedNote,
  notify,
  type Executor,
} from './note-engagement.repository';

/** A visible comment as lists show it, with its cursor key and its note's creator. */
export interface CommentRecord {
  id: string;
  noteId: string;
  parentId: string | null;
  authorCustomerId: string;
  noteCreatorCustomerId: string;
  body: string;
  mentions: string[];
  replyCount: number;
  createdAt: Date;
  cursorAt: string;
}

interface CommentSqlRow extends Record<string, unknown> {
  id: string;
  note_id: string;
  parent_id: string | null;
  author_customer_id: string;
  note_creator_customer_id: string;
  body: string;
  mentions: string[];
  reply_count: number;
  created_at: Date | string;
  cursor_at: string;
}

export type CreateCommentOutcome =
  | { kind: 'created'; comment: CommentRecord }
  | { kind: 'note-not-found' }
  | { kind: 'parent-not-found' };

const toRecord = (row: CommentSqlRow): CommentRecord => ({
  id: row.id,
  noteId: row.note_id,
  parentId: row.parent_id,
  authorCustomerId: row.author_customer_id,
  noteCreatorCustomerId: row.note_creator_customer_id,
  body: row.body,
  mentions: row.mentions,
  replyCount: row.reply_count,
  createdAt: new Date(row.created_at),
  cursorAt: row.cursor_at,
});

// Visible comments on published notes, with what every list needs.
const selectVisible = sql`
  select c.id, c.note_id, c.parent_id, c.author_customer_id, cr.customer_id as note_creator_customer_id,
         c.body, c.mentions, c.reply_count, c.created_at,
         to_char(c.created_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"') as cursor_at
  from comments c
  join notes n on n.id = c.note_id and n.status = 'published'
  join creators cr on cr.id = n.creator_id
  where not c.hidden`;

const afterKey = (after: KeysetPosition | null) =>
  after ? sql`and (c.created_at, c.id) > (${after.at}::timestamptz, ${after.id}::uuid)` : sql``;

async function findVisible(db: Executor, commentId: string): Promise<CommentRecord | undefined> {
  const { rows } = await db.execute<CommentSqlRow>(sql`${selectVisible} and c.id = ${commentId}`);
  return rows[0] && toRecord(rows[0]);
}

/** Customer ids of the creators whose handles are mentioned (case-insensitively). */
async function customersByHandles(db: Executor, handles: readonly string[]): Promise<string[]> {
  if (handles.length === 0) return [];
  const rows = await db
    .select({ customerId: creators.customerId })
    .from(creators)
    .where(sql`lower(${creators.handle}) = any(${sql.param([...handles])}::text[])`);
  return rows.map((row) => row.customerId);
}

@Injectable()
export class CommentsRepository {
  constructor(@Inject(DATABASE) private readonly db: Database) {}

  async noteIsPublished(noteId: string): Promise<boolean> {
    return (await findPublishedNote(this.db, noteId)) !== undefined;
  }

  async findVisible(commentId: string): Promise<CommentRecord | undefined> {
    return findVisible(this.db, commentId);
  }

  /**
   * Writes a comment or reply, its counters and its notifications in one transaction. A reply to
   * a reply joins its top-level thread, so threads stay two levels deep.
   */
  async create(input: {
    noteId: string;
    authorCustomerId: string;
    body: string;
    mentions: string[];
    parentId: string | undefined;
  }): Promise<CreateCommentOutcome> {
    return this.db.transaction(async (tx) => {
      const note = await findPublishedNote(tx, input.noteId);
      if (!note) return { kind: 'note-not-found' };
      let topId: string | null = null;
      let repliedToCustomerId: string | null = null;
      if (input.parentId !== undefined) {
        const [parent] = await tx
          .select({
            id: comments.id,
            parentId: comments.parentId,
            authorCustomerId: comments.authorCustomerId,
          })
          .from(comments)
          .where(
            and(
              eq(comments.id, input.parentId),
              eq(comments.noteId, input.noteId),
              eq(comments.hidden, false),
            ),
          );
        if (!parent) return { kind: 'parent-not-found' };
        topId = parent.parentId ?? parent.id;
        repliedToCustomerId = parent.authorCustomerId;
        // Counting first also locks the thread, so a concurrent delete of it waits or wins.
        const counted = await tx
          .update(comments)
          .set({ replyCount: sql`${comments.replyCount} + 1` })
          .where(and(eq(comments.id, topId), eq(comments.hidden, false)))
          .returning({ id: comments.id });
        if (counted.length === 0) return { kind: 'parent-not-found' };
      }
      const [created] = await tx
        .insert(comments)
        .values({
          noteId: input.noteId,
          parentId: topId,
          authorCustomerId: input.authorCustomerId,
          body: input.body,
          mentions: input.mentions,
        })
        .returning({ id: comments.id });
      if (!created) throw new Error('comment not inserted');
      await bumpNoteCounters(tx, input.noteId, { comments: 1 });
      const plan = planCommentNotifications({
        actorCustomerId: input.authorCustomerId,
        noteCreatorCustomerId: note.creatorCustomerId,
        repliedToCustomerId,
        mentionedCustomerIds: await customersByHandles(tx, input.mentions),
      });
      await notify(
        tx,
        plan.map((planned) => ({
          ...planned,
          actorCustomerId: input.authorCustomerId,
          noteId: input.noteId,
          commentId: created.id,
        })),
      );
      const comment = await findVisible(tx, created.id);
      if (!comment) throw new Error('comment not readable after insert');
      return { kind: 'created', comment };
    });
  }

  /** Visible top-level comments of a note, oldest first, strictly after `after`. */
  async listTopLevel(noteId: string, after: KeysetPosition | null, limit: number) {
    const { rows } = await this.db.execute<CommentSqlRow>(sql`${selectVisible}
      and c.note_id = ${noteId} and c.parent_id is null ${afterKey(after)}
      order by c.created_at, c.id limit ${limit}`);
    return rows.map(toRecord);
  }

  /** Visible replies to one comment, oldest first, strictly after `after`. */
  async listReplies(parentId: string, after: KeysetPosition | null, limit: number) {
    const { rows } = await this.db.execute<CommentSqlRow>(sql`${selectVisible}
      and c.parent_id = ${parentId} ${afterKey(after)}
      order by c.created_at, c.id limit ${limit}`);
    return rows.map(toRecord);
  }

  /** The first `perParent` visible replies of each comment, in one query. */
  async firstReplies(parentIds: readonly string[], perParent: number): Promise<CommentRecord[]> {
    if (parentIds.length === 0) return [];
    const { rows } = await this.db.execute<CommentSqlRow>(sql`
      select * from (
        select first.*, row_number() over (
          partition by first.parent_id order by first.created_at, first.id) as position
        from (${selectVisible} and c.parent_id = any(${sql.param([...parentIds])}::uuid[])) first
      ) ranked
      where position <= ${perParent}
      order by created_at, id`);
    return rows.map(toRecord);
  }

  /**
   * Deletes a comment; a top-level one takes its replies with it. The thread's top comment is
   * locked first (the order replies use too), and the counters drop by what was visible.
   */
  async delete(comment: CommentRecord): Promise<void> {
    await this.db.transaction(async (tx) => {
      const topId = comment.parentId ?? comment.id;
      const [top] = await tx
        .execute<{
          hidden: boolean;
        }>(sql`select hidden from comments where id = ${topId} for update`)
        .then((result) => result.rows);
      if (!top) return; // Gone already (its thread was deleted): nothing left to count.
      const removed = await tx
        .delete(comments)
        .where(
          comment.parentId === null
            ? sql`${comments.id} = ${comment.id} or ${comments.parentId} = ${comment.id}`
            : eq(comments.id, comment.id),
        )
        .returning({ id: comments.id, hidden: comments.hidden });
      const visibleRemoved = removed.filter((row) => !row.hidden).length;
      if (comment.parentId !== null && visibleRemoved > 0) {
        await tx
          .update(comments)
          .set({ replyCount: sql`${comments.replyCount} - 1` })
          .where(eq(comments.id, comment.parentId));
      }
      // A hidden thread was taken out of the note's count when it was hidden.
      if (!top.hidden && visibleRemoved > 0)
        await bumpNoteCounters(tx, comment.noteId, { comments: -visibleRemoved });
    });
  }
}
