import { Injectable } from '@nestjs/common';
import {
  SHOPPER_DISPLAY_NAME,
  type BecomeCreator,
  type CreatorCardPage,
  type CreatorProfile,
  type FollowerPage,
  type FollowState,
  type PageQuery,
  type UpdateCreator,
} from '@noteshop/contracts';
import { z } from 'zod';
import type { AuthenticatedCustomer } from '../identity/authenticated-customer';
import {
  CreatorCardsRepository,
  toCreatorCard,
  type CreatorRecord,
} from './creator-cards.repository';
import { CreatorsError } from './creators.error';
import { CreatorsRepository, type FollowListEntry } from './creators.repository';
import { decodePageCursor, encodePageCursor, type PagePosition } from './page-cursor';

const isUuid = (value: string) => z.uuid().safeParse(value).success;

@Injectable()
export class CreatorsService {
  constructor(
    private readonly creators: CreatorsRepository,
    private readonly cards: CreatorCardsRepository,
  ) {}

  async becomeCreator(customerId: string, input: BecomeCreator): Promise<CreatorProfile> {
    const existing = await this.cards.findByCustomerId(customerId);
    if (existing) throw CreatorsError.alreadyCreator(existing.handle);
    if (input.avatarMediaId) await this.assertOwnMedia(customerId, input.avatarMediaId);
    // The unique indexes decide races; the check above only gives a friendlier common case.
    const outcome = await this.creators.insert({ customerId, ...input });
    if ('conflict' in outcome) {
      if (outcome.conflict === 'handle') throw CreatorsError.handleTaken(input.handle);
      const winner = await this.cards.findByCustomerId(customerId);
      throw CreatorsError.alreadyCreator(winner?.handle ?? input.handle);
    }
    return this.ownProfile(customerId);
  }

  async getMine(customerId: string): Promise<CreatorProfile> {
    return this.ownProfile(customerId);
  }

  async updateMine(customerId: string, changes: UpdateCreator): Promise<CreatorProfile> {
    const creator = await this.cards.findByCustomerId(customerId);
    if (!creator) throw CreatorsError.notACreatorYet();
    if (changes.avatarMediaId) await this.assertOwnMedia(customerId, changes.avatarMediaId);
    const { displayName, bio, avatarMediaId, languages } = changes;
    await this.creators.update(creator.id, {
      ...(displayName !== undefined && { displayName }),
      ...(bio !== undefined && { bio }),
      ...(avatarMediaId !== undefined && { avatarMediaId }),
      ...(languages !== undefined && { languages }),
    });
    return this.ownProfile(customerId);
  }

  async getProfile(handle: string, viewer: AuthenticatedCustomer | null): Promise<CreatorProfile> {
    const creator = await this.findByHandle(handle);
    if (!viewer) return toProfile(creator, null);
    const isSelf = creator.customerId === viewer.customerId;
    const following = !isSelf && (await this.creators.isFollowing(viewer.customerId, creator.id));
    return toProfile(creator, { following, isSelf });
  }

  async follow(customerId: string, handle: string): Promise<FollowState> {
    const creator = await this.findByHandle(handle);
    if (creator.customerId === customerId) throw CreatorsError.cannotFollowSelf();
    const { followerCount } = await this.creators.follow(customerId, creator);
    return { following: true, followerCount };
  }

  async unfollow(customerId: string, handle: string): Promise<FollowState> {
    const creator = await this.findByHandle(handle);
    if (creator.customerId === customerId) throw CreatorsError.cannotFollowSelf();
    const { followerCount } = await this.creators.unfollow(customerId, creator.id);
    return { following: false, followerCount };
  }

  async listFollowing(customerId: string, query: PageQuery): Promise<CreatorCardPage> {
    const after = this.decodeCursor(query.cursor, isUuid);
    const entries = await this.creators.listFollowing(customerId, {
      after,
      limit: query.limit + 1,
    });
    const { page, nextCursor } = paginate(entries, query.limit);
    const cards = await this.cards.findCardsByIds(page.map((entry) => entry.id));
    const items = page.flatMap((entry) => {
      const card = cards.get(entry.id);
      return card ? [card] : [];
    });
    return { items, nextCursor };
  }

  async listFollowers(handle: string, query: PageQuery): Promise<FollowerPage> {
    const after = this.decodeCursor(query.cursor, () => true);
    const creator = await this.findByHandle(handle);
    const entries = await this.creators.listFollowers(creator.id, {
      after,
      limit: query.limit + 1,
    });
    const { page, nextCursor } = paginate(entries, query.limit);
    const cards = await this.cards.findCardsByCustomerIds(page.map((entry) => entry.id));
    const items = page.map((entry) => cards.get(entry.id) ?? { displayName: SHOPPER_DISPLAY_NAME });
    return { items, nextCursor };
  }

  private async findByHandle(handle: string): Promise<CreatorRecord> {
    const creator = await this.cards.findByHandle(handle);
    if (!creator) throw CreatorsError.notFound(handle);
    return creator;
  }

  private async ownProfile(customerId: string): Promise<CreatorProfile> {
    const creator = await this.cards.findByCustomerId(customerId);
    if (!creator) throw CreatorsError.notACreatorYet();
    return toProfile(creator, { following: false, isSelf: true });
  }

  private async assertOwnMedia(customerId: string, mediaId: string): Promise<void> {
    const owner = await this.creators.findMediaOwner(mediaId);
    if (owner !== customerId) throw CreatorsError.invalidAvatar(mediaId);
  }

  private decodeCursor(
    cursor: string | undefined,
    isValidKey: (key: string) => boolean,
  ): PagePosition | null {
    if (cursor === undefined) return null;
    const position = decodePageCursor(cursor);
    if (!position || !isValidKey(position.key)) throw CreatorsError.invalidCursor();
    return position;
  }
}

function toProfile(creator: CreatorRecord, viewer: CreatorProfile['viewer']): CreatorProfile {
  return {
    ...toCreatorCard(creator),
    bio: creator.bio,
    languages: creator.languages,
    followerCount: creator.followerCount,
    noteCount: creator.noteCount,
    viewer,
  };
}

/** Splits the one extra row fetched off the page; its presence means there is a next page. */
function paginate(
  entries: FollowListEntry[],
  limit: number,
): { page: FollowListEntry[]; nextCursor: string | null } {
  const page = entries.slice(0, limit);
  const last = page.at(-1);
  const nextCursor = entries.length > limit && last ? encodePageCursor(last.position) : null;
  return { page, nextCursor };
}
