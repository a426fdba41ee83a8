import { describe, expect, it } from 'vitest';
import {
  MAX_COMMENT_MENTIONS,
  canDeleteComment,
  commentMentions,
  planCommentNotifications,
} from './comment-rules';

describe(planCommentNotifications.name, () => {
  it('notifies the note creator of a top-level comment', () => {
    expect(
      planCommentNotifications({
        actorCustomerId: 'fan',
        noteCreatorCustomerId: 'creator',
        repliedToCustomerId: null,
        mentionedCustomerIds: [],
      }),
    ).toEqual([{ recipientCustomerId: 'creator', type: 'comment' }]);
  });

  it('notifies each person once, the most specific reason first, never the actor', () => {
    expect(
      planCommentNotifications({
        actorCustomerId: 'fan',
        noteCreatorCustomerId: 'creator',
        repliedToCustomerId: 'creator',
        mentionedCustomerIds: ['creator', 'fan', 'friend', 'friend'],
      }),
    ).toEqual([
      { recipientCustomerId: 'creator', type: 'reply' },
      { recipientCustomerId: 'friend', type: 'mention' },
    ]);
  });

  it('notifies nobody when creators comment on their own note', () => {
    expect(
      planCommentNotifications({
        actorCustomerId: 'creator',
        noteCreatorCustomerId: 'creator',
        repliedToCustomerId: 'creator',
        mentionedCustomerIds: [],
      }),
    ).toEqual([]);
  });
});

describe(canDeleteComment.name, () => {
  const comment = { authorCustomerId: 'author', noteCreatorCustomerId: 'creator' };

  it('lets the author and the note creator delete, nobody else', () => {
    expect(canDeleteComment('author', comment)).toBe(true);
    expect(canDeleteComment('creator', comment)).toBe(true);
    expect(canDeleteComment('someone', comment)).toBe(false);
    expect(canDeleteComment(null, comment)).toBe(false);
  });
});

describe(commentMentions.name, () => {
  it('keeps unique lower-cased handles, not e-mail addresses', () => {
    expect(commentMentions('Hi @Mei_Travels and @mei_travels, mail me at a@b.com')).toEqual([
      'mei_travels',
    ]);
  });

  it(`keeps at most ${MAX_COMMENT_MENTIONS} mentions`, () => {
    const body = Array.from({ length: 15 }, (_, i) => `@person_${i}`).join(' ');
    expect(commentMentions(body)).toHaveLength(MAX_COMMENT_MENTIONS);
  });
});
