import { Injectable } from '@nestjs/common';
import { toCreatorDocument, toNoteDocument, toProductDocument } from './search-documents';
import { SearchIndexesRepository, type SearchIndexWrite } from './search-indexes.repository';
import { SearchSourcesRepository } from './search-sources.repository';
import type { SearchTargets } from './search-targets';

/** Documents that change because a note did, refreshed by a later batch. */
export interface SearchFollowUps {
  productIds: string[];
  creatorIds: string[];
}

/** Brings the search documents of the given notes, products and creators in line with the database. */
@Injectable()
export class SearchIndexerService {
  private settingsApplied = false;

  constructor(
    private readonly indexes: SearchIndexesRepository,
    private readonly sources: SearchSourcesRepository,
  ) {}

  /** Applies the index settings once per process; retried by the next call after a failure. */
  async ensureIndexes(): Promise<void> {
    if (this.settingsApplied) return;
    await this.indexes.applySettings();
    this.settingsApplied = true;
  }

  /** True when every index is empty, e.g. on a fresh Meilisearch. */
  async indexesEmpty(): Promise<boolean> {
    const counts = await this.indexes.documentCounts();
    return counts.notes === 0 && counts.products === 0 && counts.creators === 0;
  }

  /**
   * Writes the documents of `targets` and returns the product and creator documents whose
   * counts the notes changed. Those are refreshed by a later batch rather than inline: each
   * Meilisearch task costs 100 ms or more, and a published note must be searchable within 1 s.
   */
  async refresh(targets: SearchTargets): Promise<SearchFollowUps> {
    await this.ensureIndexes();
    const writes: SearchIndexWrite[] = [];
    const followUps = { productIds: new Set<string>(), creatorIds: new Set<string>() };

    if (targets.noteIds.length > 0) {
      // Refresh the products and creator named before this change (from the note's current
      // document; a deleted note is gone from the database) and those named now.
      const [before, now, published] = await Promise.all([
        this.indexes.indexedNoteRelations(targets.noteIds),
        this.sources.noteRelations(targets.noteIds),
        this.sources.publishedNotes(targets.noteIds),
      ]);
      for (const id of [...before.productIds, ...now.productIds]) followUps.productIds.add(id);
      for (const id of [...before.creatorIds, ...now.creatorIds]) followUps.creatorIds.add(id);
      const found = new Set(published.map((note) => note.id));
      writes.push(
        { index: 'notes', upsert: published.map(toNoteDocument) },
        { index: 'notes', remove: targets.noteIds.filter((id) => !found.has(id)) },
      );
    }

    if (targets.productIds.length > 0) {
      const products = await this.sources.products(targets.productIds);
      const found = new Set(products.map((product) => product.productId));
      writes.push(
        { index: 'products', upsert: products.map(toProductDocument) },
        { index: 'products', remove: targets.productIds.filter((id) => !found.has(id)) },
      );
    }

    if (targets.creatorIds.length > 0) {
      const creators = await this.sources.creators(targets.creatorIds);
      const found = new Set(creators.map((creator) => creator.id));
      writes.push(
        { index: 'creators', upsert: creators.map(toCreatorDocument) },
        { index: 'creators', remove: targets.creatorIds.filter((id) => !found.has(id)) },
      );
    }

    await this.indexes.write(writes);
    // What this batch refreshed already needs no follow-up.
    return {
      productIds: [...followUps.productIds].filter((id) => !targets.productIds.includes(id)),
      creatorIds: [...followUps.creatorIds].filter((id) => !targets.creatorIds.includes(id)),
    };
  }
}
