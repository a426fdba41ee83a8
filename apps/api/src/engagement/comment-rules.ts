import { parseMentions } from '../notes/note-text';

/** Most people one comment may notify by mention, so a comment cannot be used to spam. */
export const MAX_COMMENT_MENTIONS = 10;

/** `@handle` mentions in a comment: lower-cased, unique, in order, at most {@link MAX_COMMENT_MENTIONS}. */
export const commentMentions = (body: string): string[] =>
  parseMentions(body).slice(0, MAX_COMMENT_MENTIONS);

export interface CommentNotificationPlan {
  recipientCustomerId: string;
  type: 'comment' | 'reply' | 'mention';
}

/**
 * Who hears about a new comment, each person once, most specific reason first: the author of the
 * comment replied to ("reply"), then the note's creator ("comment"), then mentioned creators
 * ("mention"). Nobody is notified of their own comment.
 */
export function planCommentNotifications(input: {
  actorCustomerId: string;
  noteCreatorCustomerId: string;
  repliedToCustomerId: string | null;
  mentionedCustomerIds: readonly string[];
}): CommentNotificationPlan[] {
  const plan: CommentNotificationPlan[] = [];
  const notified = new Set([input.actorCustomerId]);
  const add = (recipientCustomerId: string, type: CommentNotificationPlan['type']) => {
    if (notified.has(recipientCustomerId)) return;
    notified.add(recipientCustomerId);
    plan.push({ recipientCustomerId, type });
  };
  if (input.repliedToCustomerId) add(input.repliedToCustomerId, 'reply');
  add(input.noteCreatorCustomerId, 'comment');
  for (const mentioned of input.mentionedCustomerIds) add(mentioned, 'mention');
  return plan;
}

/** A comment's author may delete it, and so may the creator of the note it is on. */
export const canDeleteComment = (
  viewerCustomerId: string | null,
  comment: { authorCustomerId: string; noteCreatorCustomerId: string },
): boolean =>
  viewerCustomerId !== null &&
  (viewerCustomerId === comment.authorCustomerId ||
    viewerCustomerId === comment.noteCreatorCustomerId);
