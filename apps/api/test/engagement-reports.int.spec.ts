import type { ApiError, Comment, CommentPage, NoteCardPage, Report } from '@noteshop/contracts';
import { and, eq } from 'drizzle-orm';
import type { InjectOptions } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { outbox } from '../src/outbox/outbox.schema';
import { bootApi, type BootedApi } from './support/boot-api';
import { registerCustomer, type TestCustomer } from './support/customers';
import {
  databaseOf,
  insertCreator,
  insertPublishedNote,
  noteRow,
  type CreatorFixture,
} from './support/engagement-fixtures';

describe('reports', () => {
  let api: BootedApi;
  let author: TestCustomer & CreatorFixture;
  let reporters: TestCustomer[];

  const call = (options: InjectOptions, who?: TestCustomer) =>
    api.request({ ...options, ...(who ? { headers: who.headers } : {}) });
  const errorCode = (response: { json: <T>() => T }) => response.json<ApiError>().error.code;
  const report = (who: TestCustomer | undefined, payload: object) =>
    call({ method: 'POST', url: '/api/reports', payload }, who);

  beforeAll(async () => {
    api = await bootApi('engagement_reports');
    const a = await registerCustomer('Author');
    author = { ...a, ...(await insertCreator(api, a)) };
    reporters = await Promise.all([1, 2, 3, 4].map((i) => registerCustomer(`Reporter${i}`)));
  });

  afterAll(async () => {
    await api.close();
  });

  it('answers 401 without a token, 400 for bad input, 404 for an unknown target', async () => {
    const noteId = await insertPublishedNote(api, author);
    const valid = { targetType: 'note', targetId: noteId, reason: 'spam' };
    expect((await report(undefined, valid)).statusCode).toBe(401);
    for (const payload of [
      { ...valid, reason: 'boring' },
      { ...valid, targetType: 'creator' },
      { ...valid, targetId: 'x' },
    ])
      expect((await report(reporters[0], payload)).statusCode).toBe(400);
    const unknown = await report(reporters[0], {
      ...valid,
      targetType: 'comment',
      targetId: noteId,
    });
    expect(unknown.statusCode).toBe(404);
    expect(errorCode(unknown)).toBe('engagement/comment-not-found');
  });

  it('counts one report per person and hides a note after 3 reporters', async () => {
    const noteId = await insertPublishedNote(api, author);
    const payload = { targetType: 'note', targetId: noteId, reason: 'inappropriate' };
    const url = `/api/notes/${noteId}`;
    expect((await call({ method: 'GET', url }, reporters[3])).statusCode).toBe(200);
    const inFeed = async () =>
      (await call({ method: 'GET', url: `/api/creators/${author.handle}/notes` }))
        .json<NoteCardPage>()
        .items.some((note) => note.id === noteId);
    expect(await inFeed()).toBe(true);
    const first = await report(reporters[0], { ...payload, details: 'not ok' });
    expect(first.statusCode).toBe(201);
    expect(first.json<Report>()).toMatchObject({ targetType: 'note', targetId: noteId });
    const again = await report(reporters[0], payload);
    expect(again.statusCode).toBe(409);
    expect(errorCode(again)).toBe('engagement/already-reported');
    expect((await noteRow(api, noteId)).status).toBe('published');

    const [second, third] = await Promise.all([
      report(reporters[1], payload),
      report(reporters[2], payload),
    ]);
    expect([second.statusCode, third.statusCode]).toEqual([201, 201]);
    const hidden = await noteRow(api, noteId);
    expect(hidden).toMatchObject({ status: 'hidden', reportCount: 3 });
    const deletions = await databaseOf(api)
      .select()
      .from(outbox)
      .where(and(eq(outbox.topic, 'note.deleted')));
    expect(deletions.filter((row) => row.payload.noteId === noteId)).toHaveLength(1);

    // Gone for everyone else: from the feeds, the note page, likes and reports.
    expect(await inFeed()).toBe(false);
    for (const who of [reporters[3], undefined]) {
      const page = await call({ method: 'GET', url }, who);
      expect(page.statusCode).toBe(404);
      expect(errorCode(page)).toBe('notes/not-found');
    }
    expect(
      (await call({ method: 'PUT', url: `/api/notes/${noteId}/like` }, reporters[3])).statusCode,
    ).toBe(404);
    expect(errorCode(await report(reporters[3], payload))).toBe('engagement/note-not-found');
  });

  it('hides a comment after 3 reporters and takes it out of the counts', async () => {
    const noteId = await insertPublishedNote(api, author);
    const post = async (body: string, parentId?: string) =>
      (
        await call(
          {
            method: 'POST',
            url: `/api/notes/${noteId}/comments`,
            payload: parentId ? { body, parentId } : { body },
          },
          reporters[3],
        )
      ).json<Comment>();
    const top = await post('Top');
    const spam = await post('Buy followers', top.id);
    await post('Fine reply', top.id);
    expect((await noteRow(api, noteId)).commentCount).toBe(3);

    for (const reporter of reporters.slice(0, 3))
      expect(
        (await report(reporter, { targetType: 'comment', targetId: spam.id, reason: 'spam' }))
          .statusCode,
      ).toBe(201);
    expect((await noteRow(api, noteId)).commentCount).toBe(2);
    const page = (
      await call({ method: 'GET', url: `/api/notes/${noteId}/comments` })
    ).json<CommentPage>();
    expect(page.items[0]?.replyCount).toBe(1);
    expect(page.items[0]?.replies.map((reply) => reply.body)).toEqual(['Fine reply']);

    // Hiding the top-level comment hides its thread from the note's count.
    for (const reporter of reporters.slice(0, 3))
      await report(reporter, { targetType: 'comment', targetId: top.id, reason: 'other' });
    expect((await noteRow(api, noteId)).commentCount).toBe(0);
    const after = (
      await call({ method: 'GET', url: `/api/notes/${noteId}/comments` })
    ).json<CommentPage>();
    expect(after.items).toEqual([]);
  });
});
