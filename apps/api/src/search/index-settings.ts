import type { Settings } from 'meilisearch';
import { toMeiliSynonyms } from './synonyms';

export type SearchIndexName = 'notes' | 'products' | 'creators';
export const SEARCH_INDEX_NAMES: readonly SearchIndexName[] = ['notes', 'products', 'creators'];

// Meilisearch's defaults with `sort` moved up. By default `sort` comes after words, typo,
// proximity and attribute, so a "price: low to high" sort only breaks ties between equally
// relevant hits and the list looks unsorted. Placing `sort` right after `words` keeps the
// "every query word must match as well as possible" guarantee, then orders strictly by the
// requested sort; queries without `sort` are unaffected because the rule is then a no-op.
const RANKING_WITH_STRICT_SORT = ['words', 'sort', 'typo', 'proximity', 'attribute', 'exactness'];

const synonyms = toMeiliSynonyms();

/** The settings each index must have; applied at boot and before the first write. */
export const INDEX_SETTINGS: Record<SearchIndexName, Settings> = {
  notes: {
    // Order is relevance: a word in the title says more than one in the hashtags, which say more
    // than the body; a product title or the author's name matching is the weakest signal.
    searchableAttributes: [
      'title',
      'hashtags',
      'product_titles',
      'body',
      'category',
      'creator_display_name',
      'creator_handle',
      'location_name',
    ],
    filterableAttributes: ['id', 'category', 'language', 'creator_id', 'product_ids', 'hashtags'],
    sortableAttributes: ['published_at', 'hot_score', 'like_count', 'save_count'],
    // Notes are browsed by relevance first; "newest"/"hottest" sorts apply within equal matches.
    rankingRules: ['words', 'typo', 'proximity', 'attribute', 'sort', 'exactness'],
    localizedAttributes: [
      {
        attributePatterns: ['title', 'body', 'hashtags', 'product_titles', 'location_name'],
        locales: ['cmn', 'eng'],
      },
    ],
    synonyms,
  },
  products: {
    // The title names the product; option values ("Ruby Red", "M") and the category narrow it;
    // the description is long and noisy, so it ranks last. Creator handles are searchable so
    // "@mia" finds what Mia recommends.
    searchableAttributes: ['title', 'option_values', 'category', 'description', 'top_creators'],
    filterableAttributes: ['id', 'category', 'in_stock', 'price_min_usd', 'price_min_cny'],
    sortableAttributes: [
      'price_min_usd',
      'price_max_usd',
      'price_min_cny',
      'price_max_cny',
      'note_count',
    ],
    // Shoppers expect "price: low to high" to be strict: see RANKING_WITH_STRICT_SORT.
    rankingRules: RANKING_WITH_STRICT_SORT,
    localizedAttributes: [
      { attributePatterns: ['title', 'description', 'option_values'], locales: ['cmn', 'eng'] },
    ],
    synonyms,
  },
  creators: {
    // People search for the handle they saw, then the display name; the bio is a weak match.
    searchableAttributes: ['handle', 'display_name', 'bio'],
    filterableAttributes: ['id'],
    sortableAttributes: ['follower_count', 'note_count'],
    rankingRules: ['words', 'typo', 'proximity', 'attribute', 'sort', 'exactness'],
    localizedAttributes: [{ attributePatterns: ['display_name', 'bio'], locales: ['cmn', 'eng'] }],
    synonyms,
  },
};
