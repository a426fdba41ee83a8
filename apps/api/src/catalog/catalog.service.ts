import { Injectable } from '@nestjs/common';
import type { ProductCard, ProductCardPage, ProductListQuery } from '@noteshop/contracts';
import { CatalogError } from './catalog.error';
import { decodeProductCursor, encodeProductCursor } from './product-cursor';
import { ProductCardsRepository, type StoredProductCard } from './product-cards.repository';

const toProductCard = ({ createdAt: _createdAt, ...card }: StoredProductCard): ProductCard => card;

/** Reads the product-card cache; never calls commerce, so the storefront stays fast when it is slow. */
@Injectable()
export class CatalogService {
  constructor(private readonly cards: ProductCardsRepository) {}

  async listProducts(query: ProductListQuery): Promise<ProductCardPage> {
    const after = query.cursor === undefined ? null : decodeProductCursor(query.cursor);
    // One extra row tells whether another page exists without a count query.
    const rows = await this.cards.listNewestFirst({
      after,
      limit: query.limit + 1,
      category: query.category,
    });
    const page = rows.slice(0, query.limit);
    const last = page.at(-1);
    const hasMore = rows.length > query.limit && last !== undefined;
    return {
      items: page.map(toProductCard),
      nextCursor: hasMore ? encodeProductCursor({ createdAt: last.createdAt, id: last.id }) : null,
    };
  }

  async getProduct(handle: string): Promise<ProductCard> {
    const card = await this.cards.findByHandle(handle);
    if (!card) throw CatalogError.productNotFound(handle);
    return toProductCard(card);
  }
}
