/**
 * The one reviewed list of search synonyms. Each group is a set of words shoppers use for the
 * same thing, usually one Chinese term and its English equivalents, so `口红` finds an English
 * lipstick note and `sunscreen` finds a Chinese 防晒 note. Every word in a group is made a
 * synonym of every other (Meilisearch synonyms are one-way, so we expand both directions).
 * Keep words lower-case; one word may belong to one group only.
 */
export const SYNONYM_GROUPS: readonly (readonly string[])[] = [
  ['口红', 'lipstick', '唇膏'],
  ['防晒', 'sunscreen', 'spf'],
  ['旅行', 'travel', 'trip'],
  ['连衣裙', 'dress'],
  ['穿搭', 'outfit', 'ootd'],
  ['护肤', 'skincare'],
  ['行李箱', 'suitcase', 'luggage'],
  ['背包', 'backpack'],
  ['粉底', 'foundation'],
  ['香水', 'perfume', 'fragrance'],
  ['眼影', 'eyeshadow'],
  ['睫毛膏', 'mascara'],
  ['腮红', 'blush'],
  ['唇釉', 'lip gloss'],
  ['遮瑕', 'concealer'],
  ['面霜', 'moisturizer', 'face cream'],
  ['精华', 'serum'],
  ['面膜', 'face mask', 'sheet mask'],
  ['卸妆', 'makeup remover'],
  ['化妆', 'makeup'],
  ['外套', 'jacket', 'coat'],
  ['牛仔裤', 'jeans'],
  ['半身裙', 'skirt'],
  ['衬衫', 'shirt', 'blouse'],
  ['毛衣', 'sweater', 'knitwear'],
  ['运动鞋', 'sneakers', 'trainers'],
  ['帽子', 'hat'],
  ['墨镜', 'sunglasses'],
  ['手提包', 'handbag', 'tote'],
  ['围巾', 'scarf'],
  ['护照夹', 'passport holder'],
  ['收纳袋', 'packing cubes'],
  ['颈枕', 'neck pillow', 'travel pillow'],
  ['露营', 'camping'],
  ['徒步', 'hiking'],
];

/** The groups expanded into Meilisearch's one-way map: word → every other word of its group. */
export function toMeiliSynonyms(
  groups: readonly (readonly string[])[] = SYNONYM_GROUPS,
): Record<string, string[]> {
  const synonyms: Record<string, string[]> = {};
  for (const group of groups) {
    for (const word of group) synonyms[word] = group.filter((other) => other !== word);
  }
  return synonyms;
}
