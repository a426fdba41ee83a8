import { z } from 'zod';
import { NotesError } from './notes.error';
import type { MyNotesPosition } from './notes.repository';

// PostgreSQL's text form of a timestamptz, kept whole so no microseconds are lost between pages.
const CursorPayload = z.tuple([
  z.string().regex(/^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}(\.\d{1,6})?[+-]\d{2}(:\d{2})?$/),
  z.uuid(),
]);

/** An opaque, URL-safe token for the next page of "my notes". */
export function encodeMyNotesCursor(position: MyNotesPosition): string {
  return Buffer.from(JSON.stringify([position.createdAt, position.id])).toString('base64url');
}

export function decodeMyNotesCursor(cursor: string): MyNotesPosition {
  // Node's base64 decoder skips characters it does not know, so check the alphabet first.
  if (!/^[A-Za-z0-9_-]+$/.test(cursor)) throw NotesError.invalidCursor();
  let payload: unknown;
  try {
    payload = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  } catch {
    throw NotesError.invalidCursor();
  }
  const parsed = CursorPayload.safeParse(payload);
  if (!parsed.success) throw NotesError.invalidCursor();
  const [createdAt, id] = parsed.data;
  return { createdAt, id };
}
