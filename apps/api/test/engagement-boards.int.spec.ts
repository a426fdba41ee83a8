import type { ApiError, Board, BoardDetail, BoardList, SaveState } from '@noteshop/contracts';
import { sql } from 'drizzle-orm';
import type { InjectOptions } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bootApi, type BootedApi } from './support/boot-api';
import { registerCustomer, type TestCustomer } from './support/customers';
import {
  countRows,
  inBatches,
  insertCreator,
  insertPublishedNote,
  noteRow,
  type CreatorFixture,
} from './support/engagement-fixtures';

describe('boards and saves', () => {
  let api: BootedApi;
  let author: TestCustomer & CreatorFixture;
  let saver: TestCustomer;
  let stranger: TestCustomer;
  let noteId: string;

  const call = (options: InjectOptions, who?: TestCustomer) =>
    api.request({ ...options, ...(who ? { headers: who.headers } : {}) });
  const errorCode = (response: { json: <T>() => T }) => response.json<ApiError>().error.code;
  const createBoard = async (who: TestCustomer, name: string, visibility = 'private') => {
    const response = await call(
      { method: 'POST', url: '/api/me/boards', payload: { name, visibility } },
      who,
    );
    expect(response.statusCode).toBe(201);
    return response.json<Board>();
  };
  const save = (who: TestCustomer, id: string, boardId?: string) =>
    call({ method: 'PUT', url: `/api/notes/${id}/save`, payload: boardId ? { boardId } : {} }, who);

  beforeAll(async () => {
    api = await bootApi('engagement_boards');
    const authorCustomer = await registerCustomer('Author');
    author = { ...authorCustomer, ...(await insertCreator(api, authorCustomer)) };
    [saver, stranger] = await Promise.all([registerCustomer('Saver'), registerCustomer('Other')]);
    noteId = await insertPublishedNote(api, author);
  });

  afterAll(async () => {
    await api.close();
  });

  it('answers 401 without a token on every personal route', async () => {
    const routes: InjectOptions[] = [
      { method: 'GET', url: '/api/me/boards' },
      { method: 'POST', url: '/api/me/boards', payload: { name: 'x' } },
      { method: 'PATCH', url: `/api/me/boards/${noteId}`, payload: { name: 'x' } },
      { method: 'DELETE', url: `/api/me/boards/${noteId}` },
      { method: 'PUT', url: `/api/notes/${noteId}/save`, payload: {} },
      { method: 'DELETE', url: `/api/notes/${noteId}/save` },
    ];
    for (const route of routes) expect((await call(route)).statusCode).toBe(401);
  });

  it('lists the default "Saved" board first, created on first use', async () => {
    const response = await call({ method: 'GET', url: '/api/me/boards' }, saver);
    expect(response.statusCode).toBe(200);
    const { items } = response.json<BoardList>();
    expect(items).toHaveLength(1);
    expect(items[0]).toMatchObject({ name: 'Saved', isDefault: true, noteCount: 0, isOwner: true });
  });

  it('creates boards, refuses a taken name (any case) and bad input', async () => {
    const trips = await createBoard(saver, 'Trips', 'public');
    expect(trips).toMatchObject({ name: 'Trips', visibility: 'public', isDefault: false });

    const taken = await call(
      { method: 'POST', url: '/api/me/boards', payload: { name: 'trips' } },
      saver,
    );
    expect(taken.statusCode).toBe(409);
    expect(errorCode(taken)).toBe('engagement/board-name-taken');
    const savedTaken = await call(
      { method: 'POST', url: '/api/me/boards', payload: { name: 'SAVED' } },
      stranger,
    );
    expect(errorCode(savedTaken)).toBe('engagement/board-name-taken');

    for (const payload of [{ name: '' }, { name: 'x'.repeat(51) }, { name: 'ok', visibility: 'x' }])
      expect(
        (await call({ method: 'POST', url: '/api/me/boards', payload }, saver)).statusCode,
      ).toBe(400);
  });

  it('renames and deletes only your own boards, and never the default', async () => {
    const board = await createBoard(saver, 'Rename me');
    const url = `/api/me/boards/${board.id}`;
    const foreign = await call({ method: 'PATCH', url, payload: { name: 'Mine' } }, stranger);
    expect(foreign.statusCode).toBe(403);
    expect(errorCode(foreign)).toBe('engagement/not-board-owner');
    expect((await call({ method: 'DELETE', url }, stranger)).statusCode).toBe(403);
    expect((await call({ method: 'PATCH', url, payload: { name: 7 } }, saver)).statusCode).toBe(
      400,
    );

    const renamed = await call({ method: 'PATCH', url, payload: { name: 'Renamed' } }, saver);
    expect(renamed.statusCode).toBe(200);
    expect(renamed.json<Board>().name).toBe('Renamed');
    const clash = await call({ method: 'PATCH', url, payload: { name: 'TRIPS' } }, saver);
    expect(errorCode(clash)).toBe('engagement/board-name-taken');

    const { items } = (
      await call({ method: 'GET', url: '/api/me/boards' }, saver)
    ).json<BoardList>();
    const saved = items.find((item) => item.isDefault);
    const deleteDefault = await call(
      { method: 'DELETE', url: `/api/me/boards/${saved?.id}` },
      saver,
    );
    expect(deleteDefault.statusCode).toBe(403);
    expect(errorCode(deleteDefault)).toBe('engagement/default-board-locked');
    const publicDefault = await call(
      { method: 'PATCH', url: `/api/me/boards/${saved?.id}`, payload: { visibility: 'public' } },
      saver,
    );
    expect(publicDefault.json<Board>()).toMatchObject({ name: 'Saved', visibility: 'public' });

    expect((await call({ method: 'DELETE', url }, saver)).statusCode).toBe(204);
    expect((await call({ method: 'DELETE', url }, saver)).statusCode).toBe(404);
  });

  it('saves into the default board and another, counting the person once', async () => {
    const wishlist = await createBoard(saver, 'Wishlist');
    const first = await save(saver, noteId);
    expect(first.statusCode).toBe(200);
    expect(first.json<SaveState>()).toMatchObject({ saved: true, saveCount: 1 });
    const second = await save(saver, noteId, wishlist.id);
    expect(second.json<SaveState>()).toMatchObject({ saved: true, saveCount: 1 });
    expect(second.json<SaveState>().boardIds).toHaveLength(2);
    expect((await save(saver, noteId, wishlist.id)).json<SaveState>().saveCount).toBe(1);

    const foreignBoard = await save(stranger, noteId, wishlist.id);
    expect(foreignBoard.statusCode).toBe(403);
    expect(errorCode(foreignBoard)).toBe('engagement/not-board-owner');
    expect((await save(stranger, noteId, 'nope')).statusCode).toBe(400);
    const draft = await insertPublishedNote(api, author, 'draft');
    expect(errorCode(await save(stranger, draft))).toBe('engagement/note-not-found');

    const fromOne = await call(
      { method: 'DELETE', url: `/api/notes/${noteId}/save?boardId=${wishlist.id}` },
      saver,
    );
    expect(fromOne.json<SaveState>()).toMatchObject({ saved: true, saveCount: 1 });
    const fromAll = await call({ method: 'DELETE', url: `/api/notes/${noteId}/save` }, saver);
    expect(fromAll.json<SaveState>()).toEqual({ saved: false, boardIds: [], saveCount: 0 });
    const { items } = (
      await call({ method: 'GET', url: '/api/me/boards' }, saver)
    ).json<BoardList>();
    expect(items.every((board) => board.noteCount === 0)).toBe(true);
  });

  it('deleting a board drops the save only when no other board holds the note', async () => {
    const a = await createBoard(stranger, 'A');
    const b = await createBoard(stranger, 'B');
    const other = await insertPublishedNote(api, author);
    await save(stranger, noteId, a.id);
    await save(stranger, noteId, b.id);
    await save(stranger, other, a.id);
    expect(
      (await call({ method: 'DELETE', url: `/api/me/boards/${a.id}` }, stranger)).statusCode,
    ).toBe(204);
    expect((await noteRow(api, noteId)).saveCount).toBe(1);
    expect((await noteRow(api, other)).saveCount).toBe(0);
  });

  it('shows public boards to anyone and private boards to their owner only', async () => {
    const trip = await insertPublishedNote(api, author);
    const open = await createBoard(author, 'Open', 'public');
    const secret = await createBoard(author, 'Secret');
    await save(author, trip, open.id);
    await save(author, trip, secret.id);

    const anonymous = await call({ method: 'GET', url: `/api/boards/${open.id}` });
    expect(anonymous.statusCode).toBe(200);
    const detail = anonymous.json<BoardDetail>();
    expect(detail.board).toMatchObject({ name: 'Open', noteCount: 1, isOwner: false });
    expect(detail.notes.items.map((note) => note.id)).toEqual([trip]);
    expect(detail.notes.items[0]?.viewer).toBeNull();

    const hidden = await call({ method: 'GET', url: `/api/boards/${secret.id}` }, stranger);
    expect(hidden.statusCode).toBe(404);
    expect(errorCode(hidden)).toBe('engagement/board-not-found');
    const own = await call({ method: 'GET', url: `/api/boards/${secret.id}` }, author);
    expect(own.json<BoardDetail>().notes.items[0]?.viewer).toMatchObject({ saved: true });
    const badCursor = await call({ method: 'GET', url: `/api/boards/${open.id}?cursor=%25%25` });
    expect(badCursor.statusCode).toBe(400);
  });

  it('pages a board by save time without repeats', async () => {
    const board = await createBoard(author, 'Many', 'public');
    const ids: string[] = [];
    for (let i = 0; i < 5; i += 1) {
      const id = await insertPublishedNote(api, author);
      await save(author, id, board.id);
      ids.push(id);
    }
    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const suffix: string = cursor ? `&cursor=${cursor}` : '';
      const page: BoardDetail = (
        await call({ method: 'GET', url: `/api/boards/${board.id}?limit=2${suffix}` })
      ).json<BoardDetail>();
      seen.push(...page.notes.items.map((note) => note.id));
      cursor = page.notes.nextCursor;
    } while (cursor);
    expect(seen).toEqual([...ids].reverse());
  });

  it('counts each customer once under concurrent saves into two boards', async () => {
    const crowdNote = await insertPublishedNote(api, author);
    const crowd = await inBatches(20, 10, (i) => registerCustomer(`Saver${i}`));
    const boards = await Promise.all(crowd.map((customer) => createBoard(customer, 'Second')));
    const responses = await Promise.all(
      crowd.flatMap((customer, i) => [
        save(customer, crowdNote),
        save(customer, crowdNote, boards[i]?.id),
        save(customer, crowdNote),
      ]),
    );
    expect(responses.every((response) => response.statusCode === 200)).toBe(true);
    expect((await noteRow(api, crowdNote)).saveCount).toBe(20);
    const rows = await countRows(
      api,
      sql`select count(*) as n from board_saves where note_id = ${crowdNote}`,
    );
    expect(rows).toBe(40);

    // Half remove it from every board while the other half save it again.
    await Promise.all(
      crowd.map((customer, i) =>
        i % 2 === 0
          ? call({ method: 'DELETE', url: `/api/notes/${crowdNote}/save` }, customer)
          : save(customer, crowdNote),
      ),
    );
    expect((await noteRow(api, crowdNote)).saveCount).toBe(10);
    const distinct = await countRows(
      api,
      sql`select count(distinct customer_id) as n from board_saves where note_id = ${crowdNote}`,
    );
    expect(distinct).toBe(10);
  }, 120_000);
});
