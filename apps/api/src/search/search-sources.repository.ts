import { Inject, Injectable } from '@nestjs/common';
import { and, asc, eq, inArray, sql } from 'drizzle-orm';
import { productCards } from '../catalog/catalog.schema';
import { creators } from '../creators/creators.schema';
import { DATABASE, type Database } from '../database/database.tokens';
import { noteProductTags, notes } from '../notes/notes.schema';
import type { CreatorSource, NoteSource, ProductSource } from './search-documents';

/** How many creator handles a product document lists. */
const TOP_CREATORS = 3;

/** Reads what the search documents are built from, in batches, from our own database. */
@Injectable()
export class SearchSourcesRepository {
  constructor(@Inject(DATABASE) private readonly db: Database) {}

  /** The published notes among `noteIds`; missing ones are drafts, hidden or deleted. */
  async publishedNotes(noteIds: string[]): Promise<NoteSource[]> {
    if (noteIds.length === 0) return [];
    const rows = await this.db
      .select({
        note: notes,
        creatorId: creators.id,
        handle: creators.handle,
        displayName: creators.displayName,
      })
      .from(notes)
      .innerJoin(creators, eq(creators.id, notes.creatorId))
      .where(and(inArray(notes.id, noteIds), eq(notes.status, 'published')));
    if (rows.length === 0) return [];
    const tags = await this.db
      .select({
        noteId: noteProductTags.noteId,
        productId: noteProductTags.productId,
        title: productCards.title,
      })
      .from(noteProductTags)
      .leftJoin(productCards, eq(productCards.productId, noteProductTags.productId))
      .where(
        inArray(
          noteProductTags.noteId,
          rows.map((row) => row.note.id),
        ),
      )
      .orderBy(asc(noteProductTags.noteId), asc(noteProductTags.position));
    return rows.map(({ note, creatorId, handle, displayName }) => ({
      id: note.id,
      title: note.title,
      body: note.body,
      hashtags: note.hashtags,
      category: note.category,
      language: note.language,
      locationName: note.locationName,
      likeCount: note.likeCount,
      saveCount: note.saveCount,
      commentCount: note.commentCount,
      hotScore: note.hotScore,
      publishedAt: note.publishedAt ?? note.updatedAt,
      creator: { id: creatorId, handle, displayName },
      taggedProducts: tags
        .filter((tag) => tag.noteId === note.id)
        .map((tag) => ({ productId: tag.productId, title: tag.title })),
    }));
  }

  /** The notes' creators and tagged products as the database has them now. */
  async noteRelations(noteIds: string[]): Promise<{ creatorIds: string[]; productIds: string[] }> {
    if (noteIds.length === 0) return { creatorIds: [], productIds: [] };
    const [creatorRows, productRows] = await Promise.all([
      this.db.selectDistinct({ id: notes.creatorId }).from(notes).where(inArray(notes.id, noteIds)),
      this.db
        .selectDistinct({ id: noteProductTags.productId })
        .from(noteProductTags)
        .where(inArray(noteProductTags.noteId, noteIds)),
    ]);
    return {
      creatorIds: creatorRows.map((row) => row.id),
      productIds: productRows.map((row) => row.id),
    };
  }

  /** The cached products among `productIds`, with how many published notes tag each. */
  async products(productIds: string[]): Promise<ProductSource[]> {
    if (productIds.length === 0) return [];
    const cards = await this.db
      .select()
      .from(productCards)
      .where(inArray(productCards.productId, productIds));
    if (cards.length === 0) return [];
    // One row per (product, creator) with that creator's published notes tagging the product.
    const tagging = await this.db
      .select({
        productId: noteProductTags.productId,
        handle: creators.handle,
        followerCount: creators.followerCount,
        notes: sql<number>`count(distinct ${notes.id})::int`,
      })
      .from(noteProductTags)
      .innerJoin(notes, eq(notes.id, noteProductTags.noteId))
      .innerJoin(creators, eq(creators.id, notes.creatorId))
      .where(
        and(
          inArray(
            noteProductTags.productId,
            cards.map((card) => card.productId),
          ),
          eq(notes.status, 'published'),
        ),
      )
      .groupBy(noteProductTags.productId, creators.id, creators.handle, creators.followerCount);
    return cards.map((card) => {
      const byCreator = tagging
        .filter((row) => row.productId === card.productId)
        .sort(
          (a, b) =>
            b.notes - a.notes ||
            b.followerCount - a.followerCount ||
            a.handle.localeCompare(b.handle),
        );
      return {
        productId: card.productId,
        handle: card.handle,
        title: card.title,
        description: card.description,
        category: card.category,
        thumbnail: card.thumbnail,
        priceRanges: card.priceRanges,
        variants: card.variants,
        inStock: card.inStock,
        noteCount: byCreator.reduce((sum, row) => sum + row.notes, 0),
        topCreators: byCreator.slice(0, TOP_CREATORS).map((row) => row.handle),
      };
    });
  }

  async creators(creatorIds: string[]): Promise<CreatorSource[]> {
    if (creatorIds.length === 0) return [];
    return this.db
      .select({
        id: creators.id,
        handle: creators.handle,
        displayName: creators.displayName,
        bio: creators.bio,
        followerCount: creators.followerCount,
        noteCount: creators.noteCount,
      })
      .from(creators)
      .where(inArray(creators.id, creatorIds));
  }
}
