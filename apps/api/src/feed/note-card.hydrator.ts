import { Inject, Injectable } from '@nestjs/common';
import type { NoteCard } from '@noteshop/contracts';
import { API_ENV } from '../config/config.module';
import type { ApiEnv } from '../config/env';
import type { AuthenticatedCustomer } from '../identity/authenticated-customer';
import { toImage } from '../media/media-image';
import type { ListedNote } from './feed.repository';
import { NoteCardsRepository } from './note-cards.repository';

/**
 * Turns a page of listed notes into cards with one more query, whatever the page size: covers,
 * creators, tagged products and (signed in) the viewer's likes and saves, batched for the page.
 */
@Injectable()
export class NoteCardHydrator {
  constructor(
    private readonly noteCards: NoteCardsRepository,
    @Inject(API_ENV) private readonly env: ApiEnv,
  ) {}

  async hydrate(
    notes: readonly ListedNote[],
    viewer: AuthenticatedCustomer | null,
  ): Promise<NoteCard[]> {
    if (notes.length === 0) return [];
    const extras = await this.noteCards.extras(
      notes.map((note) => note.id),
      viewer?.customerId ?? null,
    );
    const baseUrl = this.env.MEDIA_PUBLIC_BASE_URL;
    const extrasOf = new Map(extras.map((extra) => [extra.noteId, extra]));

    // A note without a cover or creator is mid-write or broken; a card cannot show it.
    return notes.flatMap((note): NoteCard[] => {
      const extra = extrasOf.get(note.id);
      const cover = extra?.cover;
      const creator = extra?.creator;
      if (!extra || !cover || !creator) return [];
      return [
        {
          id: note.id,
          title: note.title,
          cover: toImage(cover.cover, baseUrl),
          imageCount: cover.imageCount,
          category: note.category,
          language: note.language,
          creator: {
            id: creator.id,
            handle: creator.handle,
            displayName: creator.displayName,
            avatar: creator.avatar && toImage(creator.avatar, baseUrl),
          },
          // Distinct already: the query keeps each product's first tag position.
          products: extra.products.map(({ noteId: _noteId, ...product }) => product),
          counts: { likes: note.likeCount, saves: note.saveCount, comments: note.commentCount },
          viewer: viewer
            ? {
                liked: extra.viewer?.liked ?? false,
                saved: extra.viewer?.saved ?? false,
                isOwner: creator.customerId === viewer.customerId,
              }
            : null,
          publishedAt: note.publishedAt.toISOString(),
        },
      ];
    });
  }
}
