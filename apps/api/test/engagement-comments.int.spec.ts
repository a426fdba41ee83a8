import type { ApiError, Comment, CommentPage, CommentReplyPage } from '@noteshop/contracts';
import { SHOPPER_DISPLAY_NAME } from '@noteshop/contracts';
import { sql } from 'drizzle-orm';
import type { InjectOptions } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bootApi, type BootedApi } from './support/boot-api';
import { registerCustomer, type TestCustomer } from './support/customers';
import {
  countRows,
  insertCreator,
  insertPublishedNote,
  noteRow,
  type CreatorFixture,
} from './support/engagement-fixtures';

describe('comments', () => {
  let api: BootedApi;
  let author: TestCustomer & CreatorFixture;
  let guest: TestCustomer & CreatorFixture;
  let shopper: TestCustomer;
  let other: TestCustomer;

  const call = (options: InjectOptions, who?: TestCustomer) =>
    api.request({ ...options, ...(who ? { headers: who.headers } : {}) });
  const errorCode = (response: { json: <T>() => T }) => response.json<ApiError>().error.code;
  const comment = async (who: TestCustomer, noteId: string, body: string, parentId?: string) => {
    const response = await call(
      {
        method: 'POST',
        url: `/api/notes/${noteId}/comments`,
        payload: parentId ? { body, parentId } : { body },
      },
      who,
    );
    expect(response.statusCode).toBe(201);
    return response.json<Comment>();
  };
  const listComments = async (noteId: string, who?: TestCustomer, query = '') =>
    (
      await call({ method: 'GET', url: `/api/notes/${noteId}/comments${query}` }, who)
    ).json<CommentPage>();
  const notifications = (recipient: string, type: string) =>
    countRows(
      api,
      sql`select count(*) as n from notifications where recipient_customer_id = ${recipient} and type = ${type}`,
    );

  beforeAll(async () => {
    api = await bootApi('engagement_comments');
    const [a, g, s, o] = await Promise.all([
      registerCustomer('Author'),
      registerCustomer('Guest'),
      registerCustomer('Shopper'),
      registerCustomer('Other'),
    ]);
    author = { ...a, ...(await insertCreator(api, a)) };
    guest = { ...g, ...(await insertCreator(api, g)) };
    shopper = s;
    other = o;
  });

  afterAll(async () => {
    await api.close();
  });

  it('answers 401 without a token, 400 for bad input, 404 for an unpublished note', async () => {
    const noteId = await insertPublishedNote(api, author);
    const post = (payload: unknown, who?: TestCustomer, id = noteId) =>
      call({ method: 'POST', url: `/api/notes/${id}/comments`, payload: payload as object }, who);
    expect((await post({ body: 'hi' })).statusCode).toBe(401);
    expect((await call({ method: 'DELETE', url: `/api/comments/${noteId}` })).statusCode).toBe(401);
    for (const payload of [{ body: '' }, { body: 'x'.repeat(1001) }, { body: 'ok', parentId: 'x' }])
      expect((await post(payload, shopper)).statusCode).toBe(400);
    const draft = await insertPublishedNote(api, author, 'draft');
    expect(errorCode(await post({ body: 'hi' }, shopper, draft))).toBe('engagement/note-not-found');
    const draftList = await call({ method: 'GET', url: `/api/notes/${draft}/comments` });
    expect(draftList.statusCode).toBe(404);
    const badCursor = await call({
      method: 'GET',
      url: `/api/notes/${noteId}/comments?cursor=abc`,
    });
    expect(badCursor.statusCode).toBe(400);
    expect(errorCode(badCursor)).toBe('engagement/invalid-cursor');
  });

  it('threads two levels deep, counts exactly and notifies the right people', async () => {
    const noteId = await insertPublishedNote(api, author);
    const top = await comment(shopper, noteId, `Love it @${guest.handle.toUpperCase()}`);
    expect(top.author).toEqual({ displayName: SHOPPER_DISPLAY_NAME });
    expect(top.mentions).toEqual([guest.handle]);
    expect(top.canDelete).toBe(true);

    const reply = await comment(author, noteId, 'Thanks!', top.id);
    expect(reply.parentId).toBe(top.id);
    expect(reply.author).toMatchObject({ handle: author.handle });
    // A reply to a reply joins the top-level thread.
    const nested = await comment(guest, noteId, 'Me too', reply.id);
    expect(nested.parentId).toBe(top.id);
    await comment(other, noteId, 'Third reply', top.id);
    await comment(other, noteId, 'Another top-level comment');

    expect((await noteRow(api, noteId)).commentCount).toBe(5);
    // The author's own reply notifies nobody; Guest's reply to it is a 'reply', not a 'comment'.
    expect(await notifications(author.customerId, 'comment')).toBe(3);
    expect(await notifications(shopper.customerId, 'reply')).toBe(2);
    expect(await notifications(author.customerId, 'reply')).toBe(1);
    expect(await notifications(guest.customerId, 'mention')).toBe(1);

    const page = await listComments(noteId, shopper);
    expect(page.items).toHaveLength(2);
    const [first, second] = page.items;
    expect(first).toMatchObject({ id: top.id, replyCount: 3, canDelete: true });
    expect(first?.replies.map((item) => item.body)).toEqual(['Thanks!', 'Me too']);
    expect(second).toMatchObject({ replyCount: 0, canDelete: false });

    const replies = (
      await call({ method: 'GET', url: `/api/comments/${top.id}/replies?limit=2` })
    ).json<CommentReplyPage>();
    expect(replies.items.map((item) => item.body)).toEqual(['Thanks!', 'Me too']);
    const rest = (
      await call({
        method: 'GET',
        url: `/api/comments/${top.id}/replies?limit=2&cursor=${replies.nextCursor}`,
      })
    ).json<CommentReplyPage>();
    expect(rest.items.map((item) => item.body)).toEqual(['Third reply']);
    expect(rest.nextCursor).toBeNull();
  });

  it('lets the author or the note creator delete, and nobody else', async () => {
    const noteId = await insertPublishedNote(api, author);
    const top = await comment(shopper, noteId, 'Top');
    const reply = await comment(other, noteId, 'Reply', top.id);
    await comment(guest, noteId, 'Reply two', top.id);
    const lone = await comment(other, noteId, 'Lone');

    const forbidden = await call({ method: 'DELETE', url: `/api/comments/${top.id}` }, guest);
    expect(forbidden.statusCode).toBe(403);
    expect(errorCode(forbidden)).toBe('engagement/not-comment-author');
    expect((await call({ method: 'DELETE', url: '/api/comments/nope' }, other)).statusCode).toBe(
      400,
    );

    const ownReply = await call({ method: 'DELETE', url: `/api/comments/${reply.id}` }, other);
    expect(ownReply.statusCode).toBe(204);
    expect((await noteRow(api, noteId)).commentCount).toBe(3);
    expect((await listComments(noteId)).items[0]?.replyCount).toBe(1);

    // The note's creator may delete anyone's comment; the thread's replies go with it.
    expect(
      (await call({ method: 'DELETE', url: `/api/comments/${top.id}` }, author)).statusCode,
    ).toBe(204);
    expect((await noteRow(api, noteId)).commentCount).toBe(1);
    const remaining = await listComments(noteId, other);
    expect(remaining.items.map((item) => item.id)).toEqual([lone.id]);
    expect(remaining.items[0]?.canDelete).toBe(true);
    const gone = await call({ method: 'DELETE', url: `/api/comments/${top.id}` }, author);
    expect(errorCode(gone)).toBe('engagement/comment-not-found');
  });

  it('pages top-level comments oldest first without repeats', async () => {
    const noteId = await insertPublishedNote(api, author);
    const bodies = ['one', 'two', 'three', 'four', 'five'];
    for (const body of bodies) await comment(shopper, noteId, body);
    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const page: CommentPage = await listComments(
        noteId,
        undefined,
        `?limit=2${cursor ? `&cursor=${cursor}` : ''}`,
      );
      seen.push(...page.items.map((item) => item.body));
      cursor = page.nextCursor;
    } while (cursor);
    expect(seen).toEqual(bodies);
  });

  it('keeps counts exact under concurrent replies and deletes', async () => {
    const noteId = await insertPublishedNote(api, author);
    const top = await comment(shopper, noteId, 'Thread');
    const people = [shopper, other, guest, author];
    const made = await Promise.all(
      Array.from({ length: 24 }, (_, i) =>
        comment(people[i % people.length] ?? shopper, noteId, `reply ${i}`, top.id),
      ),
    );
    await Promise.all(
      made
        .filter((_, i) => i % 3 === 0)
        .map((item) => call({ method: 'DELETE', url: `/api/comments/${item.id}` }, author)),
    );
    const replies = await countRows(
      api,
      sql`select count(*) as n from comments where parent_id = ${top.id}`,
    );
    expect(replies).toBe(16);
    expect((await listComments(noteId)).items[0]?.replyCount).toBe(16);
    expect((await noteRow(api, noteId)).commentCount).toBe(17);
  });
});
