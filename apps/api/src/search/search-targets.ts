/** Which documents an outbox row asks to refresh. Upserts and deletes are handled alike: the
 * database says whether the thing still exists, so order within a batch never matters. */
export interface SearchTargets {
  noteIds: string[];
  productIds: string[];
  creatorIds: string[];
}

export type SearchTopicMessage =
  | { kind: 'note'; id: string }
  | { kind: 'product'; id: string }
  | { kind: 'creator'; id: string };

const PAYLOAD_KEYS = { note: 'noteId', product: 'productId', creator: 'creatorId' } as const;
/** Topics search writes itself (follow-ups and backfill), apart from the domains' change events. */
export const SEARCH_REFRESH_TOPICS = {
  note: 'search.refresh-note',
  product: 'search.refresh-product',
  creator: 'search.refresh-creator',
} as const;

const TOPICS: Record<string, keyof typeof PAYLOAD_KEYS> = {
  'note.upserted': 'note',
  'note.deleted': 'note',
  'product.upserted': 'product',
  'product.deleted': 'product',
  [SEARCH_REFRESH_TOPICS.note]: 'note',
  [SEARCH_REFRESH_TOPICS.product]: 'product',
  [SEARCH_REFRESH_TOPICS.creator]: 'creator',
};

/** Reads one outbox row; a string explains why a row cannot be handled. */
export function parseSearchTopic(
  topic: string,
  payload: Record<string, unknown>,
): SearchTopicMessage | string {
  const kind = TOPICS[topic];
  if (!kind) return `no search handler for topic ${topic}`;
  const id = payload[PAYLOAD_KEYS[kind]];
  if (typeof id !== 'string' || id.length === 0)
    return `payload of ${topic} lacks a string ${PAYLOAD_KEYS[kind]}`;
  return { kind, id };
}

export function toSearchTargets(messages: readonly SearchTopicMessage[]): SearchTargets {
  const ids = (kind: SearchTopicMessage['kind']) => [
    ...new Set(messages.filter((message) => message.kind === kind).map((message) => message.id)),
  ];
  return { noteIds: ids('note'), productIds: ids('product'), creatorIds: ids('creator') };
}
