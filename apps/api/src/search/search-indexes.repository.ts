import { Inject, Injectable } from '@nestjs/common';
import { MeiliSearch, type Task } from 'meilisearch';
import { API_ENV } from '../config/config.module';
import type { ApiEnv } from '../config/env';
import { INDEX_SETTINGS, SEARCH_INDEX_NAMES, type SearchIndexName } from './index-settings';
import type { CreatorDocument, NoteDocument, ProductDocument } from './search-documents';

type NoteRelationsDocument = Pick<NoteDocument, 'id' | 'product_ids' | 'creator_id'>;

export type SearchIndexWrite =
  | { index: 'notes'; upsert: NoteDocument[] }
  | { index: 'products'; upsert: ProductDocument[] }
  | { index: 'creators'; upsert: CreatorDocument[] }
  | { index: SearchIndexName; remove: string[] };

/** The only code that talks to Meilisearch. Every write waits for its task, so failures surface. */
@Injectable()
export class SearchIndexesRepository {
  private readonly client: MeiliSearch;
  private readonly prefix: string;

  constructor(
    @Inject(API_ENV) env: Pick<ApiEnv, 'MEILI_HOST' | 'MEILI_MASTER_KEY' | 'MEILI_INDEX_PREFIX'>,
  ) {
    this.prefix = env.MEILI_INDEX_PREFIX;
    this.client = new MeiliSearch({
      host: env.MEILI_HOST,
      apiKey: env.MEILI_MASTER_KEY,
      // A hung Meilisearch must fail a batch, not stall the worker forever.
      timeout: 5_000,
      // Short polling interval: a published note should be searchable well within a second.
      defaultWaitOptions: { interval: 20, timeout: 30_000 },
    });
  }

  uid(name: SearchIndexName): string {
    return `${this.prefix}${name}`;
  }

  /** Creates the indexes if needed and applies their settings; a no-op when already applied. */
  async applySettings(): Promise<void> {
    for (const name of SEARCH_INDEX_NAMES) {
      const uid = this.uid(name);
      // Created explicitly so the primary key is `id`, never guessed from the first document.
      const created = await this.client.createIndex(uid, { primaryKey: 'id' }).waitTask();
      if (created.error?.code !== 'index_already_exists') ensureSucceeded(created);
      ensureSucceeded(await this.client.index(uid).updateSettings(INDEX_SETTINGS[name]).waitTask());
    }
  }

  /**
   * Enqueues every write first, then waits for all of them: Meilisearch runs tasks in order, so
   * the first write (a note) becomes searchable without waiting on the poll of the later ones.
   */
  async write(writes: readonly SearchIndexWrite[]): Promise<void> {
    const enqueued = writes.flatMap((write) => {
      const index = this.client.index(this.uid(write.index));
      if ('upsert' in write)
        return write.upsert.length > 0
          ? [index.addDocuments(write.upsert, { primaryKey: 'id' })]
          : [];
      return write.remove.length > 0 ? [index.deleteDocuments(write.remove)] : [];
    });
    const tasks = await Promise.all(enqueued.map((task) => task.waitTask()));
    tasks.forEach(ensureSucceeded);
  }

  /** The products and creator the given notes' current documents name, before a change lands. */
  async indexedNoteRelations(
    noteIds: string[],
  ): Promise<{ productIds: string[]; creatorIds: string[] }> {
    if (noteIds.length === 0) return { productIds: [], creatorIds: [] };
    const { results } = await this.client
      .index(this.uid('notes'))
      .getDocuments<NoteRelationsDocument>({
        filter: `id IN [${noteIds.map((id) => JSON.stringify(id)).join(', ')}]`,
        fields: ['id', 'product_ids', 'creator_id'],
        limit: noteIds.length,
      });
    const documents: NoteRelationsDocument[] = results;
    return {
      productIds: documents.flatMap((document) => document.product_ids),
      creatorIds: documents.map((document) => document.creator_id),
    };
  }

  /** Document counts per index; throws when Meilisearch cannot be reached. */
  async documentCounts(): Promise<Record<SearchIndexName, number>> {
    const { indexes } = await this.client.getStats();
    const count = (name: SearchIndexName) => indexes[this.uid(name)]?.numberOfDocuments ?? 0;
    return { notes: count('notes'), products: count('products'), creators: count('creators') };
  }
}

function ensureSucceeded(task: Task): void {
  if (task.status === 'succeeded') return;
  const reason = task.error ? `${task.error.code}: ${task.error.message}` : task.status;
  throw new Error(`Meilisearch task ${task.uid} (${task.type}) ${task.status}: ${reason}`);
}
