import { randomUUID } from 'node:crypto';
import type { BecomeCreator } from '@noteshop/contracts';
import { beforeEach, describe, expect, it } from 'vitest';
import type { CreatorCardsRepository, CreatorRecord } from './creator-cards.repository';
import { toCreatorCard } from './creator-cards.repository';
import type {
  CreatorChanges,
  CreatorInsertOutcome,
  CreatorsRepository,
  FollowOutcome,
  NewCreator,
} from './creators.repository';
import { CreatorsService } from './creators.service';

/** In-memory stand-in for both repositories, keeping the database's unique rules. */
class FakeCreatorStore {
  readonly creators: CreatorRecord[] = [];
  readonly follows = new Set<string>();
  readonly media = new Map<string, string>();

  readonly repository: Pick<
    CreatorsRepository,
    | 'insert'
    | 'update'
    | 'findMediaOwner'
    | 'isFollowing'
    | 'follow'
    | 'unfollow'
    | 'listFollowing'
    | 'listFollowers'
  > = {
    insert: async (creator: NewCreator): Promise<CreatorInsertOutcome> => {
      await Promise.resolve();
      const lower = creator.handle.toLowerCase();
      if (this.creators.some((row) => row.handle.toLowerCase() === lower)) {
        return { conflict: 'handle' };
      }
      if (this.creators.some((row) => row.customerId === creator.customerId)) {
        return { conflict: 'customer' };
      }
      const id = randomUUID();
      this.creators.push({
        ...creator,
        id,
        avatar: null,
        followerCount: 0,
        noteCount: 0,
      });
      return { created: id };
    },
    update: async (creatorId: string, changes: CreatorChanges) => {
      await Promise.resolve();
      const creator = this.creators.find((row) => row.id === creatorId);
      if (creator) Object.assign(creator, changes);
    },
    findMediaOwner: async (mediaId: string) => Promise.resolve(this.media.get(mediaId)),
    isFollowing: async (customerId: string, creatorId: string) =>
      Promise.resolve(this.follows.has(`${customerId}:${creatorId}`)),
    follow: async (customerId, creator): Promise<FollowOutcome> => {
      await Promise.resolve();
      const key = `${customerId}:${creator.id}`;
      const changed = !this.follows.has(key);
      this.follows.add(key);
      const row = this.creators.find((candidate) => candidate.id === creator.id);
      if (row && changed) row.followerCount += 1;
      return { changed, followerCount: row?.followerCount ?? 0 };
    },
    unfollow: async (customerId, creatorId): Promise<FollowOutcome> => {
      await Promise.resolve();
      const changed = this.follows.delete(`${customerId}:${creatorId}`);
      const row = this.creators.find((candidate) => candidate.id === creatorId);
      if (row && changed) row.followerCount -= 1;
      return { changed, followerCount: row?.followerCount ?? 0 };
    },
    listFollowing: async () => Promise.resolve([]),
    listFollowers: async () => Promise.resolve([]),
  };

  readonly cards: Pick<
    CreatorCardsRepository,
    'findByCustomerId' | 'findByHandle' | 'findCardsByIds' | 'findCardsByCustomerIds'
  > = {
    findByCustomerId: async (customerId: string) =>
      Promise.resolve(this.creators.find((row) => row.customerId === customerId)),
    findByHandle: async (handle: string) =>
      Promise.resolve(
        this.creators.find((row) => row.handle.toLowerCase() === handle.trim().toLowerCase()),
      ),
    findCardsByIds: async (ids: readonly string[]) =>
      Promise.resolve(
        new Map(
          this.creators
            .filter((row) => ids.includes(row.id))
            .map((row) => [row.id, toCreatorCard(row)]),
        ),
      ),
    findCardsByCustomerIds: async (ids: readonly string[]) =>
      Promise.resolve(
        new Map(
          this.creators
            .filter((row) => ids.includes(row.customerId))
            .map((row) => [row.customerId, toCreatorCard(row)]),
        ),
      ),
  };
}

const become = (handle: string, extra: Partial<BecomeCreator> = {}): BecomeCreator => ({
  handle,
  displayName: `Creator ${handle}`,
  bio: '',
  avatarMediaId: null,
  languages: ['en'],
  ...extra,
});

describe(CreatorsService.name, () => {
  let store: FakeCreatorStore;
  let sut: CreatorsService;

  beforeEach(() => {
    store = new FakeCreatorStore();
    sut = new CreatorsService(
      store.repository as CreatorsRepository,
      store.cards as CreatorCardsRepository,
    );
  });

  describe('becoming a creator', () => {
    it('keeps the handle as typed and shows the profile as the caller’s own', async () => {
      const profile = await sut.becomeCreator('cus_a', become('Mei_Travels'));

      expect(profile).toMatchObject({
        handle: 'Mei_Travels',
        followerCount: 0,
        viewer: { following: false, isSelf: true },
      });
    });

    it('refuses a handle another creator holds in any case, naming it', async () => {
      await sut.becomeCreator('cus_a', become('mei_travels'));

      await expect(sut.becomeCreator('cus_b', become('MEI_TRAVELS'))).rejects.toMatchObject({
        code: 'creators/handle-taken',
        details: { handle: 'MEI_TRAVELS' },
      });
    });

    it('refuses a second creator for the same customer, naming the first handle', async () => {
      await sut.becomeCreator('cus_a', become('first'));

      await expect(sut.becomeCreator('cus_a', become('second'))).rejects.toMatchObject({
        code: 'creators/already-creator',
        details: { handle: 'first' },
      });
    });

    it('accepts only an avatar the customer uploaded', async () => {
      const mine = randomUUID();
      const theirs = randomUUID();
      store.media.set(mine, 'cus_a').set(theirs, 'cus_b');

      await expect(
        sut.becomeCreator('cus_a', become('with_avatar', { avatarMediaId: theirs })),
      ).rejects.toMatchObject({ code: 'creators/invalid-avatar' });
      await expect(
        sut.becomeCreator('cus_a', become('with_avatar', { avatarMediaId: randomUUID() })),
      ).rejects.toMatchObject({ code: 'creators/invalid-avatar' });
      await sut.becomeCreator('cus_a', become('with_avatar', { avatarMediaId: mine }));
      expect(store.creators[0]?.avatarMediaId).toBe(mine);
    });
  });

  describe('updating a profile', () => {
    it('changes only the fields sent', async () => {
      await sut.becomeCreator('cus_a', become('mei', { bio: 'Hello', languages: ['en', 'zh-CN'] }));

      const profile = await sut.updateMine('cus_a', { displayName: 'Mei' });

      expect(profile).toMatchObject({
        displayName: 'Mei',
        bio: 'Hello',
        languages: ['en', 'zh-CN'],
      });
    });

    it('is a not-found for a customer who is not a creator', async () => {
      await expect(sut.updateMine('cus_a', { bio: 'x' })).rejects.toMatchObject({
        code: 'creators/not-found',
      });
    });
  });

  describe('following', () => {
    beforeEach(async () => {
      await sut.becomeCreator('cus_creator', become('mei'));
    });

    it('counts a follower once however often they follow, and uncounts once', async () => {
      expect(await sut.follow('cus_fan', 'MEI')).toEqual({ following: true, followerCount: 1 });
      expect(await sut.follow('cus_fan', 'mei')).toEqual({ following: true, followerCount: 1 });
      expect(await sut.unfollow('cus_fan', 'mei')).toEqual({ following: false, followerCount: 0 });
      expect(await sut.unfollow('cus_fan', 'mei')).toEqual({ following: false, followerCount: 0 });
    });

    it('refuses to follow or unfollow oneself', async () => {
      await expect(sut.follow('cus_creator', 'mei')).rejects.toMatchObject({
        code: 'creators/cannot-follow-self',
      });
      await expect(sut.unfollow('cus_creator', 'mei')).rejects.toMatchObject({
        code: 'creators/cannot-follow-self',
      });
    });

    it('is a not-found for an unknown handle', async () => {
      await expect(sut.follow('cus_fan', 'nobody')).rejects.toMatchObject({
        code: 'creators/not-found',
      });
    });

    it('shows the viewer whether they follow, and that a creator is not following themself', async () => {
      await sut.follow('cus_fan', 'mei');

      expect((await sut.getProfile('mei', { customerId: 'cus_fan' })).viewer).toEqual({
        following: true,
        isSelf: false,
      });
      expect((await sut.getProfile('mei', { customerId: 'cus_creator' })).viewer).toEqual({
        following: false,
        isSelf: true,
      });
      expect((await sut.getProfile('mei', null)).viewer).toBeNull();
    });
  });

  it('rejects a cursor that is not one of ours', async () => {
    await expect(sut.listFollowing('cus_a', { cursor: 'bogus!', limit: 20 })).rejects.toMatchObject(
      { code: 'creators/invalid-cursor' },
    );
  });
});
