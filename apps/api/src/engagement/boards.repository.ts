import { Inject, Injectable } from '@nestjs/common';
import type { BoardUpdate, BoardVisibility, NoteCategory } from '@noteshop/contracts';
import { and, asc, desc, eq, sql } from 'drizzle-orm';
import { violatedUniqueConstraint } from '../creators/unique-violation';
import { DATABASE, type Database } from '../database/database.tokens';
import type { ListedNote } from '../feed/feed.repository';
import { boards, boardSaves } from './engagement.schema';
import type { KeysetPosition } from './engagement-cursor';
import { bumpNoteCounters, findPublishedNote, type Executor } from './note-engagement.repository';

export type BoardRow = typeof boards.$inferSelect;

export const DEFAULT_BOARD_NAME = 'Saved';

export type SaveOutcome =
  | { kind: 'saved' | 'unsaved'; boardIds: string[]; saveCount: number }
  | { kind: 'note-not-found' }
  | { kind: 'board-not-found' }
  | { kind: 'not-board-owner' };

/** A saved note on a board page, with the board's sort key (when it was saved). */
export type BoardNote = ListedNote & { cursorAt: string };

interface BoardNoteRow extends Record<string, unknown> {
  id: string;
  creator_id: string;
  title: string;
  category: NoteCategory;
  language: string;
  like_count: number;
  save_count: number;
  comment_count: number;
  published_at: Date | string;
  cursor_at: string;
}

/**
 * Serialises one customer's saves: whether a save is the customer's first of a note (so
 * `notes.save_count` counts people, not boards) depends on their other boards, which a concurrent
 * save of the same customer could change. Every board and save write takes this lock first.
 */
async function lockCustomerSaves(db: Executor, customerId: string): Promise<void> {
  await db.execute(
    sql`select pg_advisory_xact_lock(hashtext(${`engagement.saves:${customerId}`}))`,
  );
}

/** The customer's "Saved" board, created on first need; the partial unique index makes it one. */
async function ensureDefaultBoard(db: Executor, customerId: string): Promise<BoardRow> {
  await db
    .insert(boards)
    .values({ ownerCustomerId: customerId, name: DEFAULT_BOARD_NAME, isDefault: true })
    .onConflictDoNothing();
  const [board] = await db
    .select()
    .from(boards)
    .where(and(eq(boards.ownerCustomerId, customerId), eq(boards.isDefault, true)));
  if (!board) throw new Error(`the default board of ${customerId} could not be created`);
  return board;
}

async function boardIdsHolding(db: Executor, customerId: string, noteId: string) {
  const rows = await db
    .select({ boardId: boardSaves.boardId })
    .from(boardSaves)
    .where(and(eq(boardSaves.customerId, customerId), eq(boardSaves.noteId, noteId)))
    .orderBy(asc(boardSaves.createdAt));
  return rows.map((row) => row.boardId);
}

@Injectable()
export class BoardsRepository {
  constructor(@Inject(DATABASE) private readonly db: Database) {}

  /** The customer's boards, the default one first (created if it does not exist yet). */
  async listOwned(customerId: string): Promise<BoardRow[]> {
    return this.db.transaction(async (tx) => {
      await ensureDefaultBoard(tx, customerId);
      return tx
        .select()
        .from(boards)
        .where(eq(boards.ownerCustomerId, customerId))
        .orderBy(desc(boards.isDefault), asc(boards.createdAt), asc(boards.id));
    });
  }

  /** Undefined when the customer already has a board of that name (case-insensitively). */
  async create(
    customerId: string,
    board: { name: string; visibility: BoardVisibility },
  ): Promise<BoardRow | undefined> {
    return this.db.transaction(async (tx) => {
      // The default board exists first, so nobody can take its name before it does.
      await ensureDefaultBoard(tx, customerId);
      const [created] = await tx
        .insert(boards)
        .values({ ownerCustomerId: customerId, ...board })
        .onConflictDoNothing()
        .returning();
      return created;
    });
  }

  async findById(boardId: string): Promise<BoardRow | undefined> {
    const [board] = await this.db.select().from(boards).where(eq(boards.id, boardId));
    return board;
  }

  /** The updated board; 'name-taken' when another of the owner's boards has the name. */
  async update(boardId: string, patch: BoardUpdate): Promise<BoardRow | 'name-taken' | undefined> {
    try {
      const [updated] = await this.db
        .update(boards)
        .set({
          ...(patch.name === undefined ? {} : { name: patch.name }),
          ...(patch.visibility === undefined ? {} : { visibility: patch.visibility }),
        })
        .where(eq(boards.id, boardId))
        .returning();
      return updated;
    } catch (error) {
      // The case-insensitive unique index decides, so two renames at once cannot both win.
      if (violatedUniqueConstraint(error) === 'boards_owner_name_key') return 'name-taken';
      throw error;
    }
  }

  /**
   * Deletes a board and its saves. Notes that were on no other board of the owner lose one save,
   * in the same transaction.
   */
  async delete(board: BoardRow): Promise<void> {
    await this.db.transaction(async (tx) => {
      await lockCustomerSaves(tx, board.ownerCustomerId);
      const removed = await tx
        .delete(boardSaves)
        .where(eq(boardSaves.boardId, board.id))
        .returning({ noteId: boardSaves.noteId });
      await tx.delete(boards).where(eq(boards.id, board.id));
      // Sorted, so two transactions touching the same notes lock them in the same order.
      const noteIds = removed.map((row) => row.noteId).sort();
      for (const noteId of noteIds) {
        const stillHeld = await boardIdsHolding(tx, board.ownerCustomerId, noteId);
        if (stillHeld.length === 0) await bumpNoteCounters(tx, noteId, { saves: -1 });
      }
    });
  }

  /** Saves a published note into a board of the customer's (default: "Saved"); idempotent. */
  async save(customerId: string, noteId: string, boardId: string | undefined) {
    return this.db.transaction(async (tx): Promise<SaveOutcome> => {
      if (!(await findPublishedNote(tx, noteId))) return { kind: 'note-not-found' };
      await lockCustomerSaves(tx, customerId);
      let board: BoardRow | undefined;
      if (boardId === undefined) board = await ensureDefaultBoard(tx, customerId);
      else [board] = await tx.select().from(boards).where(eq(boards.id, boardId));
      if (!board) return { kind: 'board-not-found' };
      if (board.ownerCustomerId !== customerId) return { kind: 'not-board-owner' };

      const heldBefore = await boardIdsHolding(tx, customerId, noteId);
      const inserted = await tx
        .insert(boardSaves)
        .values({ boardId: board.id, noteId, customerId })
        .onConflictDoNothing()
        .returning({ noteId: boardSaves.noteId });
      if (inserted.length > 0) {
        await tx
          .update(boards)
          .set({ noteCount: sql`${boards.noteCount} + 1` })
          .where(eq(boards.id, board.id));
      }
      const firstSave = inserted.length > 0 && heldBefore.length === 0;
      const counts = await bumpNoteCounters(tx, noteId, { saves: firstSave ? 1 : 0 });
      return {
        kind: 'saved',
        boardIds: await boardIdsHolding(tx, customerId, noteId),
        saveCount: counts?.saveCount ?? 0,
      };
    });
  }

  /** Removes a note from one of the customer's boards, or from all of them; idempotent. */
  async unsave(customerId: string, noteId: string, boardId: string | undefined) {
    return this.db.transaction(async (tx): Promise<SaveOutcome> => {
      if (!(await findPublishedNote(tx, noteId))) return { kind: 'note-not-found' };
      await lockCustomerSaves(tx, customerId);
      if (boardId !== undefined) {
        const [board] = await tx.select().from(boards).where(eq(boards.id, boardId));
        if (!board) return { kind: 'board-not-found' };
        if (board.ownerCustomerId !== customerId) return { kind: 'not-board-owner' };
      }
      const removed = await tx
        .delete(boardSaves)
        .where(
          and(
            eq(boardSaves.customerId, customerId),
            eq(boardSaves.noteId, noteId),
            boardId === undefined ? undefined : eq(boardSaves.boardId, boardId),
          ),
        )
        .returning({ boardId: boardSaves.boardId });
      for (const { boardId: emptied } of removed.sort((a, b) => a.boardId.localeCompare(b.boardId)))
        await tx
          .update(boards)
          .set({ noteCount: sql`${boards.noteCount} - 1` })
          .where(eq(boards.id, emptied));
      const heldAfter = await boardIdsHolding(tx, customerId, noteId);
      const lastSave = removed.length > 0 && heldAfter.length === 0;
      const counts = await bumpNoteCounters(tx, noteId, { saves: lastSave ? -1 : 0 });
      return { kind: 'unsaved', boardIds: heldAfter, saveCount: counts?.saveCount ?? 0 };
    });
  }

  /** Published notes on the board, most recently saved first, strictly after `after`. */
  async listNotes(
    boardId: string,
    after: KeysetPosition | null,
    limit: number,
  ): Promise<BoardNote[]> {
    const { rows } = await this.db.execute<BoardNoteRow>(sql`
      select n.id, n.creator_id, n.title, n.category, n.language, n.like_count, n.save_count,
             n.comment_count, n.published_at,
             to_char(s.created_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"') as cursor_at
      from ${boardSaves} s
      join notes n on n.id = s.note_id and n.status = 'published'
      where s.board_id = ${boardId}
        ${after ? sql`and (s.created_at, s.note_id) < (${after.at}::timestamptz, ${after.id}::uuid)` : sql``}
      order by s.created_at desc, s.note_id desc
      limit ${limit}`);
    return rows.map((row) => ({
      id: row.id,
      creatorId: row.creator_id,
      title: row.title,
      category: row.category,
      language: row.language,
      likeCount: row.like_count,
      saveCount: row.save_count,
      commentCount: row.comment_count,
      publishedAt: new Date(row.published_at),
      rank: 0,
      cursorAt: row.cursor_at,
    }));
  }
}
