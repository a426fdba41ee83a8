import { Injectable } from '@nestjs/common';
import type {
  Board,
  BoardCreate,
  BoardDetail,
  BoardList,
  BoardUpdate,
  PageQuery,
  SaveState,
} from '@noteshop/contracts';
import { NoteCardHydrator } from '../feed/note-card.hydrator';
import type { AuthenticatedCustomer } from '../identity/authenticated-customer';
import { BoardsRepository, type BoardRow, type SaveOutcome } from './boards.repository';
import { decodeCursor, toPage } from './engagement-cursor';
import { EngagementError } from './engagement.error';

const toBoard = (row: BoardRow, viewerId: string | null): Board => ({
  id: row.id,
  name: row.name,
  visibility: row.visibility,
  isDefault: row.isDefault,
  noteCount: row.noteCount,
  isOwner: row.ownerCustomerId === viewerId,
  createdAt: row.createdAt.toISOString(),
});

@Injectable()
export class BoardsService {
  constructor(
    private readonly boards: BoardsRepository,
    private readonly noteCards: NoteCardHydrator,
  ) {}

  async listMine(customerId: string): Promise<BoardList> {
    const rows = await this.boards.listOwned(customerId);
    return { items: rows.map((row) => toBoard(row, customerId)) };
  }

  async create(customerId: string, input: BoardCreate): Promise<Board> {
    const created = await this.boards.create(customerId, input);
    if (!created) throw EngagementError.boardNameTaken(input.name);
    return toBoard(created, customerId);
  }

  async update(customerId: string, boardId: string, patch: BoardUpdate): Promise<Board> {
    const board = await this.ownedBoard(customerId, boardId);
    // The default board keeps its name, so clients can always find "Saved".
    if (board.isDefault && patch.name !== undefined && patch.name !== board.name)
      throw EngagementError.defaultBoardLocked(boardId);
    // Nothing to change: answer the board as it is (an empty SET is not valid SQL).
    if (patch.name === undefined && patch.visibility === undefined)
      return toBoard(board, customerId);
    const updated = await this.boards.update(boardId, patch);
    if (updated === 'name-taken') throw EngagementError.boardNameTaken(patch.name ?? board.name);
    if (!updated) throw EngagementError.boardNotFound(boardId);
    return toBoard(updated, customerId);
  }

  async delete(customerId: string, boardId: string): Promise<void> {
    const board = await this.ownedBoard(customerId, boardId);
    if (board.isDefault) throw EngagementError.defaultBoardLocked(boardId);
    await this.boards.delete(board);
  }

  /** Public boards for anyone, private ones for their owner only; others look absent. */
  async get(
    boardId: string,
    viewer: AuthenticatedCustomer | null,
    page: PageQuery,
  ): Promise<BoardDetail> {
    const after = decodeCursor(page.cursor);
    const board = await this.boards.findById(boardId);
    const viewerId = viewer?.customerId ?? null;
    if (!board || (board.visibility === 'private' && board.ownerCustomerId !== viewerId))
      throw EngagementError.boardNotFound(boardId);
    const listed = await this.boards.listNotes(board.id, after, page.limit + 1);
    const { rows, nextCursor } = toPage(listed, page.limit);
    return {
      board: toBoard(board, viewerId),
      notes: { items: await this.noteCards.hydrate(rows, viewer), nextCursor },
    };
  }

  async save(customerId: string, noteId: string, boardId: string | undefined) {
    return this.toSaveState(await this.boards.save(customerId, noteId, boardId), noteId, boardId);
  }

  async unsave(customerId: string, noteId: string, boardId: string | undefined) {
    return this.toSaveState(await this.boards.unsave(customerId, noteId, boardId), noteId, boardId);
  }

  private toSaveState(
    outcome: SaveOutcome,
    noteId: string,
    boardId: string | undefined,
  ): SaveState {
    switch (outcome.kind) {
      case 'saved':
      case 'unsaved':
        return {
          saved: outcome.boardIds.length > 0,
          boardIds: outcome.boardIds,
          saveCount: outcome.saveCount,
        };
      case 'note-not-found':
        throw EngagementError.noteNotFound(noteId);
      case 'board-not-found':
        throw EngagementError.boardNotFound(boardId ?? '');
      case 'not-board-owner':
        throw EngagementError.notBoardOwner(boardId ?? '');
    }
  }

  private async ownedBoard(customerId: string, boardId: string): Promise<BoardRow> {
    const board = await this.boards.findById(boardId);
    if (!board) throw EngagementError.boardNotFound(boardId);
    if (board.ownerCustomerId !== customerId) throw EngagementError.notBoardOwner(boardId);
    return board;
  }
}
