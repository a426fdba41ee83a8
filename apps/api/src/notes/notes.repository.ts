import { Inject, Injectable } from '@nestjs/common';
import type { NoteCategory, NoteStatus, ProductTagInput } from '@noteshop/contracts';
import { and, asc, desc, eq, sql, type SQL } from 'drizzle-orm';
import { creators } from '../creators/creators.schema';
import { DATABASE, type Database } from '../database/database.tokens';
import { hotScoreSql } from '../engagement/hot-score';
import { media } from '../media/media.schema';
import { notifications } from '../notifications/notifications.schema';
import { outbox } from '../outbox/outbox.schema';
import { isIndexed } from './note-rules';
import { noteImages, noteProductTags, notes } from './notes.schema';

type Transaction = Parameters<Parameters<Database['transaction']>[0]>[0];

/** Everything a note's author writes, with the hashtags and mentions already parsed from the body. */
export interface NoteContent {
  title: string;
  body: string;
  hashtags: string[];
  mentions: string[];
  category: NoteCategory;
  language: string;
  locationName: string | null;
  imageMediaIds: string[];
  productTags: ProductTagInput[];
}

/** The part of a note its rules need: whose it is and what state it is in. */
export interface NoteOwnership {
  id: string;
  status: NoteStatus;
  creatorId: string;
  ownerCustomerId: string;
}

/** Where a page of "my notes" ended: `createdAt` is PostgreSQL's text, keeping microseconds. */
export interface MyNotesPosition {
  createdAt: string;
  id: string;
}

export type NoteOutboxTopic = 'note.upserted' | 'note.deleted';

@Injectable()
export class NotesRepository {
  constructor(@Inject(DATABASE) private readonly db: Database) {}

  async findCreatorId(customerId: string): Promise<string | undefined> {
    const [row] = await this.db
      .select({ id: creators.id })
      .from(creators)
      .where(eq(creators.customerId, customerId));
    return row?.id;
  }

  /** Which of `mediaIds` the customer uploaded. */
  async findOwnedMediaIds(customerId: string, mediaIds: readonly string[]): Promise<Set<string>> {
    if (mediaIds.length === 0) return new Set();
    const rows = await this.db
      .select({ id: media.id })
      .from(media)
      .where(
        and(
          eq(media.ownerCustomerId, customerId),
          sql`${media.id} = any(${sql.param([...new Set(mediaIds)])}::uuid[])`,
        ),
      );
    return new Set(rows.map((row) => row.id));
  }

  async findOwnership(noteId: string): Promise<NoteOwnership | undefined> {
    const [row] = await this.db
      .select({
        id: notes.id,
        status: notes.status,
        creatorId: notes.creatorId,
        ownerCustomerId: creators.customerId,
      })
      .from(notes)
      .innerJoin(creators, eq(creators.id, notes.creatorId))
      .where(eq(notes.id, noteId));
    return row;
  }

  /** The note's current image count and tags, to check an edit that changes only one of them. */
  async findImagesAndTags(
    noteId: string,
  ): Promise<{ imageCount: number; productTags: ProductTagInput[] }> {
    const [images, tags] = await Promise.all([
      this.db.$count(noteImages, eq(noteImages.noteId, noteId)),
      this.db
        .select()
        .from(noteProductTags)
        .where(eq(noteProductTags.noteId, noteId))
        .orderBy(asc(noteProductTags.position)),
    ]);
    return { imageCount: images, productTags: tags.map(toTagInput) };
  }

  /** Writes a draft with its images and tags in one transaction; returns its id. */
  async createDraft(creatorId: string, content: NoteContent): Promise<string> {
    return this.db.transaction(async (tx) => {
      const [note] = await tx
        .insert(notes)
        .values({ creatorId, status: 'draft', ...noteColumns(content) })
        .returning({ id: notes.id });
      if (!note) throw new Error('insert into notes returned no row');
      await replaceImages(tx, note.id, content.imageMediaIds);
      await replaceTags(tx, note.id, content.productTags);
      return note.id;
    });
  }

  /**
   * Applies an edit in one transaction. A published note goes back to the outbox, and people newly
   * mentioned in it are notified. Returns false when the note is gone.
   */
  async update(noteId: string, edit: Partial<NoteContent>, actorCustomerId: string) {
    return this.db.transaction(async (tx) => {
      // The lock orders this edit against a concurrent publish, delete or moderation.
      const [before] = await tx
        .select({ status: notes.status, mentions: notes.mentions })
        .from(notes)
        .where(eq(notes.id, noteId))
        .for('update');
      if (!before) return false;
      const { imageMediaIds, productTags, ...columns } = edit;
      await tx
        .update(notes)
        .set({ ...columns, updatedAt: sql`now()` })
        .where(eq(notes.id, noteId));
      if (imageMediaIds) await replaceImages(tx, noteId, imageMediaIds);
      if (productTags) await replaceTags(tx, noteId, productTags);
      if (isIndexed(before.status)) {
        await enqueue(tx, 'note.upserted', noteId);
        const added = (edit.mentions ?? []).filter((handle) => !before.mentions.includes(handle));
        await notifyMentioned(tx, noteId, added, actorCustomerId);
      }
      return true;
    });
  }

  /**
   * draft → published, at most once however many callers race: the guarded UPDATE lets one
   * through, and only that one counts the note, writes the outbox row and notifies mentions.
   */
  async publishDraft(noteId: string, actorCustomerId: string): Promise<boolean> {
    return this.db.transaction(async (tx) => {
      const [published] = await tx
        .update(notes)
        .set({
          status: 'published',
          publishedAt: sql`now()`,
          updatedAt: sql`now()`,
          // Ranked in discover from the moment it is published, as the engagement code keeps it.
          hotScore: hotScoreSql({
            likes: sql`${notes.likeCount}`,
            saves: sql`${notes.saveCount}`,
            comments: sql`${notes.commentCount}`,
            publishedAt: sql`now()`,
          }),
        })
        .where(and(eq(notes.id, noteId), eq(notes.status, 'draft')))
        .returning({ creatorId: notes.creatorId, mentions: notes.mentions });
      if (!published) return false;
      await tx
        .update(creators)
        .set({ noteCount: sql`${creators.noteCount} + 1` })
        .where(eq(creators.id, published.creatorId));
      await enqueue(tx, 'note.upserted', noteId);
      await notifyMentioned(tx, noteId, published.mentions, actorCustomerId);
      return true;
    });
  }

  /** Deletes the note (images, tags, likes, saves and comments cascade). False when already gone. */
  async delete(noteId: string): Promise<boolean> {
    return this.db.transaction(async (tx) => {
      const [deleted] = await tx
        .delete(notes)
        .where(eq(notes.id, noteId))
        .returning({ status: notes.status, creatorId: notes.creatorId });
      if (!deleted) return false;
      if (deleted.status === 'published') {
        await tx
          .update(creators)
          .set({ noteCount: sql`${creators.noteCount} - 1` })
          .where(eq(creators.id, deleted.creatorId));
      }
      if (isIndexed(deleted.status)) await enqueue(tx, 'note.deleted', noteId);
      return true;
    });
  }

  /** A creator's notes, newest first, strictly after `after`; ids with their sort key. */
  async listByCreator(slice: {
    creatorId: string;
    status: NoteStatus | undefined;
    after: MyNotesPosition | null;
    limit: number;
  }): Promise<MyNotesPosition[]> {
    const filters: SQL[] = [eq(notes.creatorId, slice.creatorId)];
    if (slice.status) filters.push(eq(notes.status, slice.status));
    if (slice.after)
      filters.push(
        sql`(${notes.createdAt}, ${notes.id}) < (${slice.after.createdAt}::timestamptz, ${slice.after.id}::uuid)`,
      );
    return this.db
      .select({ id: notes.id, createdAt: sql<string>`${notes.createdAt}::text` })
      .from(notes)
      .where(and(...filters))
      .orderBy(desc(notes.createdAt), desc(notes.id))
      .limit(slice.limit);
  }
}

const noteColumns = (content: NoteContent) => ({
  title: content.title,
  body: content.body,
  hashtags: content.hashtags,
  mentions: content.mentions,
  category: content.category,
  language: content.language,
  locationName: content.locationName,
});

const toTagInput = (row: typeof noteProductTags.$inferSelect): ProductTagInput => ({
  productId: row.productId,
  variantId: row.variantId,
  hotspot:
    row.imageIndex === null || row.x === null || row.y === null
      ? null
      : { imageIndex: row.imageIndex, x: row.x, y: row.y },
});

async function replaceImages(tx: Transaction, noteId: string, mediaIds: readonly string[]) {
  await tx.delete(noteImages).where(eq(noteImages.noteId, noteId));
  if (mediaIds.length === 0) return;
  await tx
    .insert(noteImages)
    .values(mediaIds.map((mediaId, position) => ({ noteId, position, mediaId })));
}

async function replaceTags(tx: Transaction, noteId: string, tags: readonly ProductTagInput[]) {
  await tx.delete(noteProductTags).where(eq(noteProductTags.noteId, noteId));
  if (tags.length === 0) return;
  await tx.insert(noteProductTags).values(
    tags.map((tag, position) => ({
      noteId,
      position,
      productId: tag.productId,
      variantId: tag.variantId,
      imageIndex: tag.hotspot?.imageIndex ?? null,
      x: tag.hotspot?.x ?? null,
      y: tag.hotspot?.y ?? null,
    })),
  );
}

async function enqueue(tx: Transaction, topic: NoteOutboxTopic, noteId: string) {
  await tx.insert(outbox).values({ topic, payload: { noteId } });
}

/** One `mention` notification per mentioned creator, never to the author themself. */
async function notifyMentioned(
  tx: Transaction,
  noteId: string,
  handles: readonly string[],
  actorCustomerId: string,
) {
  if (handles.length === 0) return;
  await tx.execute(sql`
    insert into ${notifications} (recipient_customer_id, type, actor_customer_id, note_id)
    select ${creators.customerId}, 'mention', ${actorCustomerId}, ${noteId}::uuid
    from ${creators}
    where lower(${creators.handle}) = any(${sql.param([...handles])}::text[])
      and ${creators.customerId} <> ${actorCustomerId}`);
}
