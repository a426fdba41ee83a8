import { randomUUID } from 'node:crypto';
import type { Pool } from 'pg';
import { registerCustomer, type TestCustomer } from './customers';
import type { MediaFixtures } from './media-fixtures';

/** A real Medusa customer who is a creator, with images of their own ready to put in notes. */
export interface Author extends TestCustomer {
  creatorId: string;
  handle: string;
  images: string[];
}

/** Inserts the creator row directly, so suites do not depend on the creators routes. */
export async function createAuthor(
  pool: Pool,
  fixtures: MediaFixtures,
  name: string,
  imageCount: number,
): Promise<Author> {
  const customer = await registerCustomer(name);
  const handle = `${name.toLowerCase()}_${randomUUID().slice(0, 6)}`;
  const { rows } = await pool.query<{ id: string }>(
    `insert into creators (customer_id, handle, display_name, languages)
     values ($1, $2, $3, '{en}') returning id`,
    [customer.customerId, handle, name],
  );
  const images = await fixtures.images(customer.customerId, imageCount);
  return { ...customer, creatorId: rows[0]!.id, handle, images };
}
