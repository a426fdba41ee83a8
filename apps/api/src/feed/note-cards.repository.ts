import { Inject, Injectable } from '@nestjs/common';
import type { PriceRange, ProductCategory } from '@noteshop/contracts';
import type { Pool } from 'pg';
import { PG_POOL } from '../database/database.tokens';
import type { MediaVariant } from '../media/media.schema';

/** A media row as the hydrator needs it for `toImage`. */
export interface MediaColumns {
  id: string;
  width: number;
  height: number;
  variants: MediaVariant[];
  dominantColor: string;
  blurhash: string | null;
}

export interface NoteCover {
  noteId: string;
  imageCount: number;
  cover: MediaColumns;
}

export interface CreatorCardRow {
  id: string;
  customerId: string;
  handle: string;
  displayName: string;
  avatar: MediaColumns | null;
}

export interface NoteTaggedProduct {
  noteId: string;
  id: string;
  handle: string;
  title: string;
  thumbnail: string | null;
  category: ProductCategory | null;
  priceRanges: PriceRange[];
  inStock: boolean;
}

export interface ViewerNoteState {
  noteId: string;
  liked: boolean;
  saved: boolean;
}

/** Everything a card shows about one note besides its own row. */
export interface NoteCardExtras {
  noteId: string;
  cover: NoteCover | null;
  creator: CreatorCardRow | null;
  products: NoteTaggedProduct[];
  viewer: ViewerNoteState | null;
}

const mediaJson = (alias: string) =>
  `case when ${alias}.id is null then null else json_build_object('id', ${alias}.id, 'width', ${alias}.width, 'height', ${alias}.height, 'variants', ${alias}.variants, 'dominantColor', ${alias}.dominant_color, 'blurhash', ${alias}.blurhash) end`;

// $1: the page's note ids; $2: the viewer's customer id, or null (then liked/saved are null).
const EXTRAS_SQL = `
  select n.id as note_id,
         (select count(*) from note_images x where x.note_id = n.id)::int as image_count,
         ${mediaJson('cm')} as cover,
         c.id as creator_id, c.customer_id, c.handle, c.display_name,
         ${mediaJson('am')} as avatar,
         coalesce((
           select json_agg(json_build_object(
                    'id', p.product_id, 'handle', p.handle, 'title', p.title,
                    'thumbnail', p.thumbnail, 'category', p.category,
                    'priceRanges', p.price_ranges, 'inStock', p.in_stock)
                  order by t.first_position)
           from (select product_id, min(position) as first_position
                 from note_product_tags where note_id = n.id group by product_id) t
           join product_cards p on p.product_id = t.product_id
         ), '[]'::json) as products,
         case when $2::text is null then null
              else exists (select 1 from likes l where l.note_id = n.id and l.customer_id = $2::text) end as liked,
         case when $2::text is null then null
              else exists (select 1 from board_saves s where s.customer_id = $2::text and s.note_id = n.id) end as saved
  from notes n
  left join note_images ci on ci.note_id = n.id and ci.position = 0
  left join media cm on cm.id = ci.media_id
  left join creators c on c.id = n.creator_id
  left join media am on am.id = c.avatar_media_id
  where n.id = any($1::uuid[])`;

interface ExtrasRow extends Record<string, unknown> {
  note_id: string;
  image_count: number;
  cover: MediaColumns | null;
  creator_id: string | null;
  customer_id: string | null;
  handle: string | null;
  display_name: string | null;
  avatar: MediaColumns | null;
  products: Omit<NoteTaggedProduct, 'noteId'>[];
  liked: boolean | null;
  saved: boolean | null;
}

/**
 * Everything a page of note cards shows besides the note rows, in ONE query for the whole page
 * (never one per note): covers and image counts, creator cards with avatars, distinct tagged
 * products from the product-card cache (never from commerce), and the viewer's likes and saves.
 */
@Injectable()
export class NoteCardsRepository {
  // The pool Drizzle uses, for a named (prepared) statement, which Drizzle's raw SQL lacks.
  constructor(@Inject(PG_POOL) private readonly pool: Pool) {}

  async extras(
    noteIds: readonly string[],
    viewerCustomerId: string | null,
  ): Promise<NoteCardExtras[]> {
    if (noteIds.length === 0) return [];
    // A named statement: PostgreSQL parses and plans it once per connection, not per page.
    const { rows } = await this.pool.query<ExtrasRow>({
      name: 'feed-note-card-extras',
      text: EXTRAS_SQL,
      values: [[...noteIds], viewerCustomerId],
    });
    return rows.map((row) => ({
      noteId: row.note_id,
      cover: row.cover && { noteId: row.note_id, imageCount: row.image_count, cover: row.cover },
      creator:
        row.creator_id === null
          ? null
          : {
              id: row.creator_id,
              customerId: row.customer_id ?? '',
              handle: row.handle ?? '',
              displayName: row.display_name ?? '',
              avatar: row.avatar,
            },
      products: row.products.map((product) => ({ ...product, noteId: row.note_id })),
      viewer:
        row.liked === null || row.saved === null
          ? null
          : { noteId: row.note_id, liked: row.liked, saved: row.saved },
    }));
  }
}
