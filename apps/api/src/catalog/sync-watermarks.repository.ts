import { Inject, Injectable } from '@nestjs/common';
import { eq, sql } from 'drizzle-orm';
import { DATABASE, type Database } from '../database/database.tokens';
import { syncWatermarks } from './catalog.schema';

@Injectable()
export class SyncWatermarksRepository {
  constructor(@Inject(DATABASE) private readonly db: Database) {}

  async get(name: string): Promise<string | null> {
    const [row] = await this.db
      .select({ value: syncWatermarks.value })
      .from(syncWatermarks)
      .where(eq(syncWatermarks.name, name));
    return row?.value ?? null;
  }

  async set(name: string, value: string): Promise<void> {
    await this.db
      .insert(syncWatermarks)
      .values({ name, value })
      .onConflictDoUpdate({ target: syncWatermarks.name, set: { value, updatedAt: sql`now()` } });
  }
}
