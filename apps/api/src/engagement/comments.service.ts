import { Injectable } from '@nestjs/common';
import {
  SHOPPER_DISPLAY_NAME,
  type Comment,
  type CommentCreate,
  type CommentPage,
  type CommentReply,
  type CommentReplyPage,
  type PageQuery,
  type PersonCard,
} from '@noteshop/contracts';
import { CreatorCardsRepository } from '../creators/creator-cards.repository';
import { canDeleteComment, commentMentions } from './comment-rules';
import { CommentsRepository, type CommentRecord } from './comments.repository';
import { decodeCursor, toPage } from './engagement-cursor';
import { EngagementError } from './engagement.error';

/** How many replies each top-level comment shows before "more replies". */
export const PREVIEW_REPLIES = 2;

@Injectable()
export class CommentsService {
  constructor(
    private readonly comments: CommentsRepository,
    private readonly creatorCards: CreatorCardsRepository,
  ) {}

  async list(noteId: string, viewerId: string | null, page: PageQuery): Promise<CommentPage> {
    const after = decodeCursor(page.cursor);
    if (!(await this.comments.noteIsPublished(noteId))) throw EngagementError.noteNotFound(noteId);
    const listed = await this.comments.listTopLevel(noteId, after, page.limit + 1);
    const { rows, nextCursor } = toPage(listed, page.limit);
    const replies = await this.comments.firstReplies(
      rows.map((row) => row.id),
      PREVIEW_REPLIES,
    );
    const authors = await this.authors([...rows, ...replies]);
    const items = rows.map(
      (row): Comment => ({
        ...this.toReply(row, authors, viewerId),
        replyCount: row.replyCount,
        replies: replies
          .filter((reply) => reply.parentId === row.id)
          .map((reply) => this.toReply(reply, authors, viewerId)),
      }),
    );
    return { items, nextCursor };
  }

  async listReplies(
    commentId: string,
    viewerId: string | null,
    page: PageQuery,
  ): Promise<CommentReplyPage> {
    const after = decodeCursor(page.cursor);
    const parent = await this.comments.findVisible(commentId);
    if (!parent) throw EngagementError.commentNotFound(commentId);
    // Replies hang off top-level comments only; a reply's id lists its own thread.
    const threadId = parent.parentId ?? parent.id;
    const listed = await this.comments.listReplies(threadId, after, page.limit + 1);
    const { rows, nextCursor } = toPage(listed, page.limit);
    const authors = await this.authors(rows);
    return { items: rows.map((row) => this.toReply(row, authors, viewerId)), nextCursor };
  }

  async create(noteId: string, authorId: string, input: CommentCreate): Promise<Comment> {
    const outcome = await this.comments.create({
      noteId,
      authorCustomerId: authorId,
      body: input.body,
      mentions: commentMentions(input.body),
      parentId: input.parentId,
    });
    switch (outcome.kind) {
      case 'note-not-found':
        throw EngagementError.noteNotFound(noteId);
      case 'parent-not-found':
        throw EngagementError.commentNotFound(input.parentId ?? '');
      case 'created': {
        const authors = await this.authors([outcome.comment]);
        return {
          ...this.toReply(outcome.comment, authors, authorId),
          replyCount: 0,
          replies: [],
        };
      }
    }
  }

  async delete(commentId: string, customerId: string): Promise<void> {
    const comment = await this.comments.findVisible(commentId);
    if (!comment) throw EngagementError.commentNotFound(commentId);
    if (!canDeleteComment(customerId, comment)) throw EngagementError.notCommentAuthor(commentId);
    await this.comments.delete(comment);
  }

  private async authors(records: readonly CommentRecord[]): Promise<Map<string, PersonCard>> {
    const cards = await this.creatorCards.findCardsByCustomerIds(
      records.map((record) => record.authorCustomerId),
    );
    return new Map(
      records.map((record) => [
        record.authorCustomerId,
        cards.get(record.authorCustomerId) ?? { displayName: SHOPPER_DISPLAY_NAME },
      ]),
    );
  }

  private toReply(
    record: CommentRecord,
    authors: Map<string, PersonCard>,
    viewerId: string | null,
  ): CommentReply {
    return {
      id: record.id,
      noteId: record.noteId,
      parentId: record.parentId,
      author: authors.get(record.authorCustomerId) ?? { displayName: SHOPPER_DISPLAY_NAME },
      body: record.body,
      mentions: record.mentions,
      createdAt: record.createdAt.toISOString(),
      canDelete: canDeleteComment(viewerId, record),
    };
  }
}
