import type { LikeState } from '@noteshop/contracts';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hotScore } from '../src/engagement/hot-score';
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

describe('likes', () => {
  let api: BootedApi;
  let author: TestCustomer & CreatorFixture;
  let fan: TestCustomer;
  let noteId: string;

  const like = (id: string, who?: TestCustomer, method: 'PUT' | 'DELETE' = 'PUT') =>
    api.request({ method, url: `/api/notes/${id}/like`, ...(who ? { headers: who.headers } : {}) });

  beforeAll(async () => {
    api = await bootApi('engagement_likes');
    const authorCustomer = await registerCustomer('Author');
    author = { ...authorCustomer, ...(await insertCreator(api, authorCustomer)) };
    fan = await registerCustomer('Fan');
    noteId = await insertPublishedNote(api, author);
  });

  afterAll(async () => {
    await api.close();
  });

  it('documents every engagement route in /api/docs', async () => {
    const document = (await api.request('/api/docs/json')).json<{
      paths: Record<string, Record<string, { responses: Record<string, unknown> }>>;
    }>();
    const routes: [string, string, string[]][] = [
      ['/api/notes/{id}/like', 'put', ['200', '400', '401', '404']],
      ['/api/notes/{id}/like', 'delete', ['200', '400', '401', '404']],
      ['/api/notes/{id}/save', 'put', ['200', '400', '401', '403', '404']],
      ['/api/notes/{id}/save', 'delete', ['200', '400', '401', '403', '404']],
      ['/api/me/boards', 'get', ['200', '401']],
      ['/api/me/boards', 'post', ['201', '400', '401', '409']],
      ['/api/me/boards/{id}', 'patch', ['200', '400', '401', '403', '404', '409']],
      ['/api/me/boards/{id}', 'delete', ['204', '400', '401', '403', '404']],
      ['/api/boards/{id}', 'get', ['200', '400', '404']],
      ['/api/notes/{id}/comments', 'get', ['200', '400', '404']],
      ['/api/notes/{id}/comments', 'post', ['201', '400', '401', '404']],
      ['/api/comments/{id}/replies', 'get', ['200', '400', '404']],
      ['/api/comments/{id}', 'delete', ['204', '400', '401', '403', '404']],
      ['/api/reports', 'post', ['201', '400', '401', '404', '409']],
    ];
    for (const [path, method, statuses] of routes)
      expect(
        Object.keys(document.paths[path]?.[method]?.responses ?? {}).sort(),
        `${method} ${path}`,
      ).toEqual(statuses);
  });

  it('answers 401 without a token', async () => {
    expect((await like(noteId)).statusCode).toBe(401);
    expect((await like(noteId, undefined, 'DELETE')).statusCode).toBe(401);
  });

  it('answers 400 for an id that is not a UUID', async () => {
    const response = await like('not-a-uuid', fan);
    expect(response.statusCode).toBe(400);
    expect(response.json<{ error: { code: string } }>().error.code).toBe(
      'request/validation-failed',
    );
  });

  it('answers 404 for a draft or unknown note', async () => {
    const draftId = await insertPublishedNote(api, author, 'draft');
    for (const id of [draftId, '00000000-0000-4000-8000-000000000000']) {
      const response = await like(id, fan);
      expect(response.statusCode).toBe(404);
      expect(response.json<{ error: { code: string } }>().error.code).toBe(
        'engagement/note-not-found',
      );
    }
  });

  it('likes idempotently, notifies the creator once, and unlikes', async () => {
    const first = await like(noteId, fan);
    expect(first.statusCode).toBe(200);
    expect(first.json<LikeState>()).toEqual({ liked: true, likeCount: 1 });
    expect((await like(noteId, fan)).json<LikeState>()).toEqual({ liked: true, likeCount: 1 });

    const notified = await countRows(
      api,
      sql`select count(*) as n from notifications
          where recipient_customer_id = ${author.customerId} and type = 'like' and note_id = ${noteId}`,
    );
    expect(notified).toBe(1);

    const row = await noteRow(api, noteId);
    expect(row.hotScore).toBeCloseTo(
      hotScore({ likes: 1, saves: 0, comments: 0, publishedAt: row.publishedAt ?? new Date() }),
      6,
    );

    expect((await like(noteId, fan, 'DELETE')).json<LikeState>()).toEqual({
      liked: false,
      likeCount: 0,
    });
    expect((await like(noteId, fan, 'DELETE')).json<LikeState>()).toEqual({
      liked: false,
      likeCount: 0,
    });

    // Liking again counts again but does not notify the creator a second time.
    expect((await like(noteId, fan)).json<LikeState>()).toEqual({ liked: true, likeCount: 1 });
    expect(
      await countRows(
        api,
        sql`select count(*) as n from notifications where type = 'like' and note_id = ${noteId}`,
      ),
    ).toBe(1);
  });

  it('does not notify a creator who likes their own note', async () => {
    const ownNote = await insertPublishedNote(api, author);
    expect((await like(ownNote, author)).json<LikeState>().likeCount).toBe(1);
    const notified = await countRows(
      api,
      sql`select count(*) as n from notifications where note_id = ${ownNote}`,
    );
    expect(notified).toBe(0);
  });

  it('keeps an exact count under 200 concurrent likes and unlikes', async () => {
    const crowdNote = await insertPublishedNote(api, author);
    const crowd = await inBatches(100, 10, (i) => registerCustomer(`Crowd${i}`));
    // Half of the crowd like first so their unlikes have something to remove.
    const quitters = crowd.slice(0, 50);
    await Promise.all(quitters.map((customer) => like(crowdNote, customer)));
    // 200 requests at once: everyone likes (again, for the quitters), the quitters unlike.
    const responses = await Promise.all([
      ...crowd.map((customer) => like(crowdNote, customer)),
      ...quitters.map((customer) => like(crowdNote, customer, 'DELETE')),
      ...quitters.map((customer) => like(crowdNote, customer)),
    ]);
    expect(responses.every((response) => response.statusCode === 200)).toBe(true);
    // Whatever order the burst ran in, the counter equals the rows.
    const afterBurst = await countRows(
      api,
      sql`select count(*) as n from likes where note_id = ${crowdNote}`,
    );
    expect((await noteRow(api, crowdNote)).likeCount).toBe(afterBurst);
    await Promise.all(quitters.map((customer) => like(crowdNote, customer, 'DELETE')));

    const rows = await countRows(
      api,
      sql`select count(*) as n from likes where note_id = ${crowdNote}`,
    );
    expect(rows).toBe(50);
    expect((await noteRow(api, crowdNote)).likeCount).toBe(50);
  }, 180_000);
});
