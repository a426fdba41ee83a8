import { describe, expect, it } from 'vitest';
import type { NoteCardHydrator } from '../feed/note-card.hydrator';
import type { BoardRow, BoardsRepository } from './boards.repository';
import { BoardsService } from './boards.service';

const board = (overrides: Partial<BoardRow> = {}): BoardRow => ({
  id: '11111111-1111-4111-8111-111111111111',
  ownerCustomerId: 'owner',
  name: 'Trips',
  isDefault: false,
  visibility: 'private',
  noteCount: 0,
  createdAt: new Date('2026-11-01T00:00:00Z'),
  ...overrides,
});

/** An in-memory stand-in for the repository, holding one board. */
function fakeBoards(stored: BoardRow | undefined) {
  const calls: string[] = [];
  const repository = {
    findById: (id: string) => Promise.resolve(stored?.id === id ? stored : undefined),
    delete: () => {
      calls.push('delete');
      return Promise.resolve();
    },
    update: (_: string, patch: Partial<BoardRow>) => {
      calls.push('update');
      return Promise.resolve(stored && { ...stored, ...patch });
    },
    listNotes: () => Promise.resolve([]),
  } as unknown as BoardsRepository;
  const hydrator = { hydrate: () => Promise.resolve([]) } as unknown as NoteCardHydrator;
  return { sut: new BoardsService(repository, hydrator), calls };
}

describe(BoardsService.name, () => {
  it('refuses to delete the default board', async () => {
    const saved = board({ isDefault: true, name: 'Saved' });
    const { sut, calls } = fakeBoards(saved);
    await expect(sut.delete('owner', saved.id)).rejects.toMatchObject({
      code: 'engagement/default-board-locked',
    });
    expect(calls).toEqual([]);
  });

  it('refuses to rename the default board but lets its visibility change', async () => {
    const saved = board({ isDefault: true, name: 'Saved' });
    const { sut } = fakeBoards(saved);
    await expect(sut.update('owner', saved.id, { name: 'Other' })).rejects.toMatchObject({
      code: 'engagement/default-board-locked',
    });
    await expect(sut.update('owner', saved.id, { visibility: 'public' })).resolves.toMatchObject({
      name: 'Saved',
      visibility: 'public',
    });
  });

  it("refuses changes to someone else's board", async () => {
    const { sut, calls } = fakeBoards(board());
    await expect(sut.delete('stranger', board().id)).rejects.toMatchObject({
      code: 'engagement/not-board-owner',
    });
    expect(calls).toEqual([]);
  });

  it('hides private boards from everyone but their owner', async () => {
    const { sut } = fakeBoards(board());
    await expect(sut.get(board().id, null, { limit: 20 })).rejects.toMatchObject({
      code: 'engagement/board-not-found',
    });
    await expect(
      sut.get(board().id, { customerId: 'stranger' }, { limit: 20 }),
    ).rejects.toMatchObject({ code: 'engagement/board-not-found' });
    await expect(
      sut.get(board().id, { customerId: 'owner' }, { limit: 20 }),
    ).resolves.toMatchObject({ board: { isOwner: true }, notes: { items: [], nextCursor: null } });
  });

  it('shows public boards to anyone', async () => {
    const { sut } = fakeBoards(board({ visibility: 'public' }));
    await expect(sut.get(board().id, null, { limit: 20 })).resolves.toMatchObject({
      board: { isOwner: false, name: 'Trips' },
    });
  });
});
