import { randomUUID } from 'node:crypto';
import { eq, type SQL } from 'drizzle-orm';
import { creators } from '../../src/creators/creators.schema';
import { DATABASE, type Database } from '../../src/database/database.tokens';
import { media } from '../../src/media/media.schema';
import { noteImages, notes } from '../../src/notes/notes.schema';
import type { BootedApi } from './boot-api';
import type { TestCustomer } from './customers';

/** The api's own database handle, for fixtures and for checking rows the api wrote. */
export const databaseOf = (api: BootedApi): Database => api.app.get<symbol, Database>(DATABASE);

export interface CreatorFixture {
  creatorId: string;
  handle: string;
}

/**
 * Makes a customer a creator by inserting the row directly: the notes and creators routes are
 * being built alongside engagement, and these tests are about engagement only.
 */
export async function insertCreator(
  api: BootedApi,
  customer: TestCustomer,
): Promise<CreatorFixture> {
  const handle = `c_${randomUUID().replaceAll('-', '').slice(0, 12)}`;
  const [row] = await databaseOf(api)
    .insert(creators)
    .values({ customerId: customer.customerId, handle, displayName: `Creator ${handle}` })
    .returning({ id: creators.id });
  if (!row) throw new Error('creator fixture not inserted');
  return { creatorId: row.id, handle };
}

/** A published note with one image, by `creator`; returns the note id. */
export async function insertPublishedNote(
  api: BootedApi,
  creator: CreatorFixture & { customerId: string },
  status: 'published' | 'draft' = 'published',
): Promise<string> {
  const db = databaseOf(api);
  const [image] = await db
    .insert(media)
    .values({
      ownerCustomerId: creator.customerId,
      sourceMime: 'image/png',
      width: 1080,
      height: 1440,
      variants: [{ width: 1080, height: 1440, key: `${randomUUID()}/1080.webp`, bytes: 1000 }],
      dominantColor: '#d8c3b0',
    })
    .returning({ id: media.id });
  if (!image) throw new Error('media fixture not inserted');
  const [note] = await db
    .insert(notes)
    .values({
      creatorId: creator.creatorId,
      status,
      title: 'A fixture note',
      body: 'Fixture body',
      category: 'travel',
      language: 'en',
      publishedAt: status === 'published' ? new Date() : null,
    })
    .returning({ id: notes.id });
  if (!note) throw new Error('note fixture not inserted');
  await db.insert(noteImages).values({ noteId: note.id, position: 0, mediaId: image.id });
  return note.id;
}

export async function noteRow(api: BootedApi, noteId: string) {
  const [row] = await databaseOf(api).select().from(notes).where(eq(notes.id, noteId));
  if (!row) throw new Error(`note ${noteId} not found`);
  return row;
}

/** The `n` a `select count(*) as n …` query answers. */
export async function countRows(api: BootedApi, query: SQL): Promise<number> {
  const { rows } = await databaseOf(api).execute<{ n: string }>(query);
  return Number(rows[0]?.n ?? 0);
}

/** Registers customers a few at a time: Medusa hashes every password, which is slow in bulk. */
export async function inBatches<T>(
  count: number,
  size: number,
  make: (index: number) => Promise<T>,
) {
  const made: T[] = [];
  for (let start = 0; start < count; start += size) {
    const batch = Array.from({ length: Math.min(size, count - start) }, (_, i) => make(start + i));
    made.push(...(await Promise.all(batch)));
  }
  return made;
}
