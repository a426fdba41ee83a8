import { Inject, Injectable } from '@nestjs/common';
import { and, asc, eq, sql } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import { creators } from '../creators/creators.schema';
import { DATABASE, type Database } from '../database/database.tokens';
import { boardSaves, likes } from '../engagement/engagement.schema';
import { media } from '../media/media.schema';
import { noteImages, noteProductTags, notes } from './notes.schema';

export type NoteRow = typeof notes.$inferSelect;
export type MediaRow = typeof media.$inferSelect;
export type NoteTagRow = typeof noteProductTags.$inferSelect;

/** One note with everything its page shows, except the product cards (the catalog's). */
export interface NoteBundle {
  note: NoteRow;
  creator: {
    id: string;
    customerId: string;
    handle: string;
    displayName: string;
    avatar: MediaRow | null;
  };
  images: MediaRow[];
  tags: NoteTagRow[];
  liked: boolean;
  saved: boolean;
}

const avatars = alias(media, 'avatar');

/**
 * Loads notes for display in a fixed number of queries, however many notes: notes with creators,
 * images, tags, and the viewer's likes and saves.
 */
@Injectable()
export class NoteDetailRepository {
  constructor(@Inject(DATABASE) private readonly db: Database) {}

  /** The bundles of the notes that exist, in the order of `noteIds`. */
  async load(noteIds: readonly string[], viewerCustomerId: string | null): Promise<NoteBundle[]> {
    if (noteIds.length === 0) return [];
    const ids = sql.param([...new Set(noteIds)]);
    const [heads, images, tags, liked, saved] = await Promise.all([
      this.db
        .select({ note: notes, creator: creators, avatar: avatars })
        .from(notes)
        .innerJoin(creators, eq(creators.id, notes.creatorId))
        .leftJoin(avatars, eq(avatars.id, creators.avatarMediaId))
        .where(sql`${notes.id} = any(${ids}::uuid[])`),
      this.db
        .select({ noteId: noteImages.noteId, media })
        .from(noteImages)
        .innerJoin(media, eq(media.id, noteImages.mediaId))
        .where(sql`${noteImages.noteId} = any(${ids}::uuid[])`)
        .orderBy(asc(noteImages.noteId), asc(noteImages.position)),
      this.db
        .select()
        .from(noteProductTags)
        .where(sql`${noteProductTags.noteId} = any(${ids}::uuid[])`)
        .orderBy(asc(noteProductTags.noteId), asc(noteProductTags.position)),
      this.viewerNoteIds(likes, likes.noteId, likes.customerId, ids, viewerCustomerId),
      this.viewerNoteIds(
        boardSaves,
        boardSaves.noteId,
        boardSaves.customerId,
        ids,
        viewerCustomerId,
      ),
    ]);

    const byNote = new Map(
      heads.map(({ note, creator, avatar }) => [
        note.id,
        {
          note,
          creator: {
            id: creator.id,
            customerId: creator.customerId,
            handle: creator.handle,
            displayName: creator.displayName,
            avatar,
          },
          images: [] as MediaRow[],
          tags: [] as NoteTagRow[],
          liked: liked.has(note.id),
          saved: saved.has(note.id),
        } satisfies NoteBundle,
      ]),
    );
    for (const image of images) byNote.get(image.noteId)?.images.push(image.media);
    for (const tag of tags) byNote.get(tag.noteId)?.tags.push(tag);
    return noteIds.flatMap((id) => {
      const bundle = byNote.get(id);
      return bundle ? [bundle] : [];
    });
  }

  private async viewerNoteIds(
    table: typeof likes | typeof boardSaves,
    noteColumn: typeof likes.noteId | typeof boardSaves.noteId,
    customerColumn: typeof likes.customerId | typeof boardSaves.customerId,
    ids: ReturnType<typeof sql.param>,
    viewerCustomerId: string | null,
  ): Promise<Set<string>> {
    if (viewerCustomerId === null) return new Set();
    const rows = await this.db
      .selectDistinct({ noteId: noteColumn })
      .from(table)
      .where(and(eq(customerColumn, viewerCustomerId), sql`${noteColumn} = any(${ids}::uuid[])`));
    return new Set(rows.map((row) => row.noteId));
  }
}
