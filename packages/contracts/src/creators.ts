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

// Spelled out rather than `BecomeCreator.partial()`: partial keeps the defaults, so an empty patch
// would reset bio, avatar and languages. A field left out here stays as it is.
export const UpdateCreator = z
  .object({
    displayName: z.string().trim().min(1).max(50).optional(),
    bio: z.string().trim().max(300).optional(),
    avatarMediaId: z
      .uuid()
      .nullable()
      .optional()
      .describe('An image you uploaded with POST /api/media; null removes the avatar'),
    languages: z.array(LanguageTag).min(1).max(5).optional(),
  })
  .meta({ id: 'UpdateCreator' });
export type UpdateCreator = z.infer<typeof UpdateCreator>;

export const CreatorHandleParam = z
  .object({ handle: CreatorHandle })
  .meta({ id: 'CreatorHandleParam' });
export type CreatorHandleParam = z.infer<typeof CreatorHandleParam>;

/** The name shown for a customer who is not a creator; stable, so clients may translate it. */
export const SHOPPER_DISPLAY_NAME = 'NoteShop shopper';

/** A customer who is not a creator: no handle, no avatar, only a neutral name. */
export const ShopperCard = z
  .object({ displayName: z.string().describe(`Always "${SHOPPER_DISPLAY_NAME}"`) })
  .meta({ id: 'ShopperCard' });
export type ShopperCard = z.infer<typeof ShopperCard>;

/** Any person shown in a list: a creator's card, or a shopper's neutral name. */
export const PersonCard = z.union([CreatorCard, ShopperCard]).meta({ id: 'PersonCard' });
export type PersonCard = z.infer<typeof PersonCard>;

/** The creators a customer follows, most recently followed first. */
export const CreatorCardPage = z
  .object({ items: z.array(CreatorCard), nextCursor: z.string().nullable() })
  .meta({ id: 'CreatorCardPage' });
export type CreatorCardPage = z.infer<typeof CreatorCardPage>;

/** A creator's followers, most recent first. */
export const FollowerPage = z
  .object({ items: z.array(PersonCard), nextCursor: z.string().nullable() })
  .meta({ id: 'FollowerPage' });
export type FollowerPage = z.infer<typeof FollowerPage>;

/** Whether the caller now follows the creator, and the creator's exact follower count. */
export const FollowState = z
  .object({ following: z.boolean(), followerCount: z.number().int().nonnegative() })
  .meta({ id: 'FollowState' });
export type FollowState = z.infer<typeof FollowState>;
