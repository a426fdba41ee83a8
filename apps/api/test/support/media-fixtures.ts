import { randomUUID } from 'node:crypto';
import { Pool } from 'pg';

/**
 * Media rows inserted directly, owned by a test customer: fixture setup for suites that need
 * uploaded images without exercising POST /api/media (tested in its own suite).
 */
export class MediaFixtures {
  private readonly pool: Pool;

  constructor(databaseUrl: string) {
    this.pool = new Pool({ connectionString: databaseUrl, max: 2 });
  }

  /** `count` media rows owned by `ownerCustomerId`, with three WebP renditions each. */
  async images(ownerCustomerId: string, count: number): Promise<string[]> {
    const ids: string[] = [];
    for (let index = 0; index < count; index += 1) {
      const id = randomUUID();
      const variants = [1080, 320, 640].map((width) => ({
        width,
        height: Math.round((width * 4) / 3),
        key: `${id}/${width}.webp`,
        bytes: width * 10,
      }));
      await this.pool.query(
        `insert into media (id, owner_customer_id, source_mime, width, height, variants, dominant_color, blurhash)
         values ($1, $2, 'image/jpeg', 1080, 1440, $3, '#d8c3b0', 'LKO2?U%2Tw=w]~RBVZRi};RPxuwH')`,
        [id, ownerCustomerId, JSON.stringify(variants)],
      );
      ids.push(id);
    }
    return ids;
  }

  close(): Promise<void> {
    return this.pool.end();
  }
}
