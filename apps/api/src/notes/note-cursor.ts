import { z } from 'zod';
import { decodeOpaqueCursor, encodeOpaqueCursor } from '../pagination/opaque-cursor';
import { NotesError } from './notes.error';
import type { MyNotesPosition } from './notes.repository';

// PostgreSQL's text form of a timestamptz, kept whole so no microseconds are lost between pages.
const CursorPayload = z.tuple([
  z.string().regex(/^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}(\.\d{1,6})?[+-]\d{2}(:\d{2})?$/),
  z.uuid(),
]);

/** An opaque, URL-safe token for the next page of "my notes". */
export function encodeMyNotesCursor(position: MyNotesPosition): string {
  return encodeOpaqueCursor([position.createdAt, position.id]);
}

export function decodeMyNotesCursor(cursor: string): MyNotesPosition {
  const position = decodeOpaqueCursor(cursor, CursorPayload);
  if (!position) throw NotesError.invalidCursor();
  const [createdAt, id] = position;
  return { createdAt, id };
}
