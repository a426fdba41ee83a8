import { Injectable } from '@nestjs/common';
import type { FeedQuery, NoteCardPage, PageQuery } from '@noteshop/contracts';
import { CatalogError } from '../catalog/catalog.error';
import type { AuthenticatedCustomer } from '../identity/authenticated-customer';
import { decodeFeedCursor, encodeFeedCursor, type FeedListKind } from './feed-cursor';
import { FeedError } from './feed.error';
import { FeedRepository, type ListedNote, type NoteListSlice } from './feed.repository';
import { NoteCardHydrator } from './note-card.hydrator';

type Viewer = AuthenticatedCustomer | null;

@Injectable()
export class FeedService {
  constructor(
    private readonly feed: FeedRepository,
    private readonly hydrator: NoteCardHydrator,
  ) {}

  async feedPage(query: FeedQuery, viewer: Viewer): Promise<NoteCardPage> {
    if (query.tab === 'following') {
      if (!viewer) throw FeedError.followingNeedsSignIn();
      return this.page(query, 'newest', viewer, (slice) =>
        this.feed.listFollowing(slice, viewer.customerId),
      );
    }
    return this.page(query, 'hot', viewer, (slice) => this.feed.listHot(slice, query.category));
  }

  async hashtagPage(tag: string, query: PageQuery, viewer: Viewer): Promise<NoteCardPage> {
    // Hashtags are stored lower-cased without the #; NFC so composed and decomposed forms match.
    const hashtag = tag.replace(/^#/, '').normalize('NFC').toLowerCase();
    return this.page(query, 'newest', viewer, (slice) => this.feed.listByHashtag(slice, hashtag));
  }

  async creatorPage(handle: string, query: PageQuery, viewer: Viewer): Promise<NoteCardPage> {
    const creatorId = await this.feed.findCreatorIdByHandle(handle);
    if (!creatorId) throw FeedError.creatorNotFound(handle);
    return this.page(query, 'newest', viewer, (slice) => this.feed.listByCreator(slice, creatorId));
  }

  async productPage(handle: string, query: PageQuery, viewer: Viewer): Promise<NoteCardPage> {
    const productId = await this.feed.findProductIdByHandle(handle);
    if (!productId) throw CatalogError.productNotFound(handle);
    return this.page(query, 'newest', viewer, (slice) => this.feed.listByProduct(slice, productId));
  }

  /** One page of a keyset list: one row more than asked says whether another page exists. */
  private async page(
    query: PageQuery,
    kind: FeedListKind,
    viewer: Viewer,
    list: (slice: NoteListSlice) => Promise<ListedNote[]>,
  ): Promise<NoteCardPage> {
    // Decoded before any query, so a bad cursor is a 400 even when the list would be empty.
    const after = query.cursor === undefined ? null : decodeFeedCursor(query.cursor, kind);
    const listed = await list({ after, limit: query.limit + 1 });
    const notes = listed.slice(0, query.limit);
    const last = notes.at(-1);
    const nextCursor =
      listed.length > query.limit && last
        ? encodeFeedCursor({ kind, rank: last.rank, id: last.id })
        : null;
    return { items: await this.hydrator.hydrate(notes, viewer), nextCursor };
  }
}
