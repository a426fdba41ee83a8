import { z } from 'zod';
import { PersonCard } from './creators.js';
import { NoteCardPage } from './notes.js';

/** Whether the caller likes the note now, and the note's exact like count. */
export const LikeState = z
  .object({ liked: z.boolean(), likeCount: z.number().int().nonnegative() })
  .meta({ id: 'LikeState' });
export type LikeState = z.infer<typeof LikeState>;

export const BoardVisibility = z.enum(['private', 'public']).meta({ id: 'BoardVisibility' });
export type BoardVisibility = z.infer<typeof BoardVisibility>;

export const BoardName = z
  .string()
  .trim()
  .min(1, 'A board needs a name')
  .max(50, 'A board name has at most 50 characters')
  .describe('Unique among your boards, case-insensitively');

/** A collection of saved notes. Everyone has one default "Saved" board. */
export const Board = z
  .object({
    id: z.uuid(),
    name: z.string(),
    visibility: BoardVisibility,
    isDefault: z.boolean().describe('The "Saved" board: cannot be renamed or deleted'),
    noteCount: z.number().int().nonnegative(),
    isOwner: z.boolean().describe('True when the caller owns the board'),
    createdAt: z.iso.datetime({ offset: true }),
  })
  .meta({ id: 'Board' });
export type Board = z.infer<typeof Board>;

export const BoardList = z.object({ items: z.array(Board) }).meta({ id: 'BoardList' });
export type BoardList = z.infer<typeof BoardList>;

export const BoardCreate = z
  .object({ name: BoardName, visibility: BoardVisibility.default('private') })
  .meta({ id: 'BoardCreate' });
export type BoardCreate = z.infer<typeof BoardCreate>;

export const BoardUpdate = z
  .object({ name: BoardName, visibility: BoardVisibility })
  .partial()
  .meta({ id: 'BoardUpdate' });
export type BoardUpdate = z.infer<typeof BoardUpdate>;

/** A board and one page of its notes, most recently saved first. */
export const BoardDetail = z
  .object({ board: Board, notes: NoteCardPage })
  .meta({ id: 'BoardDetail' });
export type BoardDetail = z.infer<typeof BoardDetail>;

export const BoardIdParam = z
  .object({ id: z.uuid('A board id is a UUID') })
  .meta({ id: 'BoardIdParam' });

export const SaveNote = z
  .object({
    boardId: z
      .uuid()
      .optional()
      .describe('One of your boards; leave out to save into your default "Saved" board'),
  })
  .meta({ id: 'SaveNote' });
export type SaveNote = z.infer<typeof SaveNote>;

export const UnsaveNoteQuery = z
  .object({
    boardId: z
      .uuid()
      .optional()
      .describe('Remove from this board only; leave out to remove from all your boards'),
  })
  .meta({ id: 'UnsaveNoteQuery' });
export type UnsaveNoteQuery = z.infer<typeof UnsaveNoteQuery>;

/** Whether the caller has the note in any board now, which boards, and the exact save count. */
export const SaveState = z
  .object({
    saved: z.boolean(),
    boardIds: z.array(z.uuid()).describe('Your boards holding the note'),
    saveCount: z.number().int().nonnegative().describe('Distinct people who saved the note'),
  })
  .meta({ id: 'SaveState' });
export type SaveState = z.infer<typeof SaveState>;

export const CommentBody = z
  .string()
  .trim()
  .min(1, 'A comment cannot be empty')
  .max(1000, 'A comment has at most 1000 characters')
  .describe('@handles mention creators');

export const CommentCreate = z
  .object({
    body: CommentBody,
    parentId: z
      .uuid()
      .optional()
      .describe('The comment you reply to; a reply to a reply joins its top-level thread'),
  })
  .meta({ id: 'CommentCreate' });
export type CommentCreate = z.infer<typeof CommentCreate>;

export const CommentReply = z
  .object({
    id: z.uuid(),
    noteId: z.uuid(),
    parentId: z.uuid().nullable().describe('The top-level comment; null for a top-level one'),
    author: PersonCard,
    body: z.string(),
    mentions: z.array(z.string()).describe('Mentioned handles, lower-case'),
    createdAt: z.iso.datetime({ offset: true }),
    canDelete: z.boolean().describe("True for the caller's own comments and on the caller's notes"),
  })
  .meta({ id: 'CommentReply' });
export type CommentReply = z.infer<typeof CommentReply>;

/** A top-level comment with its reply count and its first replies. */
export const Comment = CommentReply.extend({
  replyCount: z.number().int().nonnegative(),
  replies: z.array(CommentReply).describe('The first replies, oldest first'),
}).meta({ id: 'Comment' });
export type Comment = z.infer<typeof Comment>;

/** Top-level comments, oldest first. */
export const CommentPage = z
  .object({ items: z.array(Comment), nextCursor: z.string().nullable() })
  .meta({ id: 'CommentPage' });
export type CommentPage = z.infer<typeof CommentPage>;

/** Replies to one comment, oldest first. */
export const CommentReplyPage = z
  .object({ items: z.array(CommentReply), nextCursor: z.string().nullable() })
  .meta({ id: 'CommentReplyPage' });
export type CommentReplyPage = z.infer<typeof CommentReplyPage>;

export const CommentIdParam = z
  .object({ id: z.uuid('A comment id is a UUID') })
  .meta({ id: 'CommentIdParam' });

export const ReportReason = z
  .enum(['spam', 'inappropriate', 'ip', 'other'])
  .meta({ id: 'ReportReason' });
export type ReportReason = z.infer<typeof ReportReason>;

export const ReportCreate = z
  .object({
    targetType: z.enum(['note', 'comment']),
    targetId: z.uuid(),
    reason: ReportReason,
    details: z.string().trim().max(1000).optional(),
  })
  .meta({ id: 'ReportCreate' });
export type ReportCreate = z.infer<typeof ReportCreate>;

export const Report = z
  .object({
    id: z.uuid(),
    targetType: z.enum(['note', 'comment']),
    targetId: z.uuid(),
    reason: ReportReason,
    createdAt: z.iso.datetime({ offset: true }),
  })
  .meta({ id: 'Report' });
export type Report = z.infer<typeof Report>;
