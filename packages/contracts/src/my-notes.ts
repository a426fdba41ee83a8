import { z } from 'zod';
import { NoteCard, NoteStatus, PageQuery } from './notes.js';

/** `GET /api/me/notes`: the caller's own notes, drafts included, newest first. */
export const MyNotesQuery = PageQuery.extend({
  status: NoteStatus.optional().describe('Only notes in this state; all states when absent'),
}).meta({ id: 'MyNotesQuery' });
export type MyNotesQuery = z.infer<typeof MyNotesQuery>;

/** A card of one of my own notes: a feed card plus its state, since drafts and hidden notes show too. */
export const MyNoteCard = NoteCard.extend({ status: NoteStatus }).meta({ id: 'MyNoteCard' });
export type MyNoteCard = z.infer<typeof MyNoteCard>;

export const MyNoteCardPage = z
  .object({ items: z.array(MyNoteCard), nextCursor: z.string().nullable() })
  .meta({ id: 'MyNoteCardPage' });
export type MyNoteCardPage = z.infer<typeof MyNoteCardPage>;
