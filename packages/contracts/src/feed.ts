import { z } from 'zod';
import { NoteCategory, PageQuery } from './notes.js';

export const FeedTab = z.enum(['discover', 'following']).meta({ id: 'FeedTab' });
export type FeedTab = z.infer<typeof FeedTab>;

export const FeedQuery = PageQuery.extend({
  tab: FeedTab.default('discover').describe(
    'discover: ranked by hot score; following: newest from creators you follow (sign in)',
  ),
  category: NoteCategory.optional(),
}).meta({ id: 'FeedQuery' });
export type FeedQuery = z.infer<typeof FeedQuery>;

export const HashtagParam = z
  .object({
    tag: z
      .string()
      .trim()
      .min(1, 'A hashtag has at least one character')
      .max(50, 'A hashtag has at most 50 characters')
      .regex(/^[^\s#]+$/, 'A hashtag has no spaces and no #')
      .describe('Without the #, case-insensitive, e.g. ootd or 穿搭'),
  })
  .meta({ id: 'HashtagParam' });
export type HashtagParam = z.infer<typeof HashtagParam>;
