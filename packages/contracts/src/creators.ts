import { z } from 'zod';
import { Image } from './media.js';

export const CreatorHandle = z
  .string()
  .trim()
  .min(3, 'A handle has at least 3 characters')
  .max(30, 'A handle has at most 30 characters')
  .regex(/^[A-Za-z0-9_]+$/, 'A handle uses only letters, digits and _')
  .describe('Unique, case-insensitive, e.g. mei_travels');

/** BCP 47 language tag, e.g. `en` or `zh-CN`. */
export const LanguageTag = z
  .string()
  .regex(/^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/, 'Use a BCP 47 language tag such as en or zh-CN');

/** What every list shows about a creator. */
export const CreatorCard = z
  .object({
    id: z.uuid(),
    handle: z.string(),
    displayName: z.string(),
    avatar: Image.nullable(),
  })
  .meta({ id: 'CreatorCard' });
export type CreatorCard = z.infer<typeof CreatorCard>;

export const CreatorProfile = CreatorCard.extend({
  bio: z.string(),
  languages: z.array(z.string()),
  followerCount: z.number().int().nonnegative(),
  noteCount: z.number().int().nonnegative(),
  viewer: z
    .object({ following: z.boolean(), isSelf: z.boolean() })
    .nullable()
    .describe('Null when anonymous'),
}).meta({ id: 'CreatorProfile' });
export type CreatorProfile = z.infer<typeof CreatorProfile>;

export const BecomeCreator = z
  .object({
    handle: CreatorHandle,
    displayName: z.string().trim().min(1).max(50),
    bio: z.string().trim().max(300).default(''),
    avatarMediaId: z
      .uuid()
      .nullable()
      .default(null)
      .describe('An image you uploaded with POST /api/media'),
    languages: z.array(LanguageTag).min(1).max(5).default(['en']),
  })
  .meta({ id: 'BecomeCreator' });
export type BecomeCreator = z.infer<typeof BecomeCreator>;

export const UpdateCreator = BecomeCreator.omit({ handle: true })
  .partial()
  .meta({ id: 'UpdateCreator' });
export type UpdateCreator = z.infer<typeof UpdateCreator>;
